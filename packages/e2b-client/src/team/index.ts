// What an e2b team owns, on its current API: `import { createE2bTeamClient } from "@spec-clients/e2b/team"`.
export { createE2bTeamClient, type E2bTeamClient, type E2bTeamClientOptions } from "./client.js";
export type { SecretsResource } from "../sandbox/secrets.js";
export type { VolumesResource } from "../sandbox/volumes.js";
export { TEAM_METRICS, type MetricsRange, type TeamsResource } from "../sandbox/teams.js";
export type { ListTemplatesQuery, TemplateDetail, TemplatesResource } from "../sandbox/templates.js";
export { BUILD_STATES, type BuildStatusQuery, type BuildLogsQuery } from "../sandbox/template-builds.js";
export { TemplateBuildError, MAX_TAIL_READS, type WaitForBuildOptions } from "../sandbox/build-wait.js";
export { MAX_LOG_PAGE, type ReadLogsOptions } from "../sandbox/logs.js";
export type * from "../sandbox/types.js";
export type { paths, components, operations } from "../sandbox/generated/api.gen.js";
export * from "@spec-clients/core/public";
export * from "../sandbox/generated/errors.gen.js";
export * from "../sandbox/generated/enums.gen.js";
