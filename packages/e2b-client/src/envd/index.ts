// The data plane of one e2b sandbox (envd): `import { createE2bEnvdClient } from "@spec-clients/e2b/envd"`.
export { createE2bEnvdClient, type E2bEnvdClient, type FilesResource } from "./client.js";
export { ENVD_PORT, type E2bEnvdClientOptions, type EnvdTarget } from "./options.js";
export { DEFAULT_COMMAND_TIMEOUT_MS, type CommandStartOptions, type RunCommand } from "./command-options.js";
export type { CommandsResource } from "./commands.js";
export { CommandExitError, CommandHandle, type CommandOutput, type CommandResult } from "./command-handle.js";
export { FILE_DEADLINE_MS, type FileOptions, type FileWriter, type WriteEntry } from "./files.js";
export { SandboxNotFoundError, KEEPALIVE_SECONDS, type StreamCallOptions } from "./rpc.js";
export type * from "./types.js";
export { connectStreams } from "./generated/connect.gen.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export type { FileData, ReadFormat, StreamOptions } from "@spec-clients/core";
export * from "@spec-clients/core/public";
export * from "./generated/errors.gen.js";
export * from "./generated/enums.gen.js";
