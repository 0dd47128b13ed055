// e2b's current API (https://api.e2b.app): `import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox"`.
export { createE2bSandboxClient, type E2bSandboxClient } from "./client.js";
export type { E2bSandboxClientOptions } from "./options.js";
export type { ListSandboxesFilter, OpenSandbox, SandboxPage, SandboxesResource } from "./sandboxes.js";
export type { SecretsResource } from "./secrets.js";
export type { VolumesResource } from "./volumes.js";
export { MAX_METRICS_IDS, type SandboxLogsQuery } from "./sandbox-telemetry.js";
export { MAX_LOG_PAGE, type ReadLogsOptions } from "./logs.js";
export { TEAM_METRICS, type MetricsRange, type TeamsResource } from "./teams.js";
export type { ListSnapshotsFilter, SnapshotsResource } from "./snapshots.js";
export type { ListTemplatesQuery, TemplateDetail, TemplatesResource } from "./templates.js";
export { BUILD_STATES, type BuildStatusQuery, type BuildLogsQuery } from "./template-builds.js";
export { TemplateBuildError, MAX_TAIL_READS, type WaitForBuildOptions } from "./build-wait.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export * from "@spec-clients/core/public";
export * from "./generated/errors.gen.js";
export * from "./generated/enums.gen.js";
