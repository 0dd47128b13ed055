// The content API of one e2b volume: `import { createE2bVolumeClient } from "@spec-clients/e2b/volume"`.
export { createE2bVolumeClient, type E2bVolumeClient } from "./client.js";
export { FILE_DEADLINE_MS, type E2bVolumeClientOptions, type VolumeTarget } from "./options.js";
export type { VolumeFiles, VolumeWriteOptions } from "./files.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export type { FileData, ReadFormat, StreamOptions } from "@spec-clients/core";
export * from "@spec-clients/core/public";
export * from "./generated/errors.gen.js";
export * from "./generated/enums.gen.js";
