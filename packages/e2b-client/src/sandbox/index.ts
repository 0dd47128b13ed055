// e2b's current API (https://api.e2b.app): `import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox"`.
// What a team owns (templates, volumes, secrets, team metrics) is `@spec-clients/e2b/team`.
export { createE2bSandboxClient, type E2bSandboxClient } from "./client.js";
export type { E2bSandboxClientOptions } from "./options.js";
export type { ListSandboxesFilter, OpenSandbox, SandboxPage, SandboxesResource } from "./sandboxes.js";
export { MAX_METRICS_IDS, type SandboxLogsQuery } from "./sandbox-telemetry.js";
export { MAX_LOG_PAGE, type ReadLogsOptions } from "./logs.js";
export type { ListSnapshotsFilter, SnapshotsResource } from "./snapshots.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export * from "@spec-clients/core/public";
export * from "./generated/errors.gen.js";
export * from "./generated/enums.gen.js";
