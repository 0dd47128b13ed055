import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client of one sandbox's envd. */
export type EnvdFetchClient = Client<paths>;

type Schemas = components["schemas"];
export type EntryInfo = Schemas["EntryInfo"];
export type FileType = Schemas["FileType"];
export type FilesystemEvent = Schemas["FilesystemEvent"];
export type FilesystemEventType = Schemas["EventType"];
export type WriteInfo = Schemas["WriteInfo"];
export type ProcessInfo = Schemas["ProcessInfo"];
export type ProcessEvent = Schemas["ProcessEvent"];
export type EnvdMetrics = Schemas["Metrics"];
export type EnvVars = Schemas["EnvVars"];
export type ConnectErrorBody = Schemas["ConnectError"];
export type SandboxNotFoundBody = Schemas["SandboxNotFoundBody"];
