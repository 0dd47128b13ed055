import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client of one sandbox's envd. */
export type EnvdFetchClient = Client<paths>;

type Schemas = components["schemas"];
/** A schema of the spec by name: what an interface extends, so that hovers show the name. */
type Schema<Name extends keyof Schemas> = Schemas[Name];
export interface EntryInfo extends Schema<"EntryInfo"> {}
export type FileType = Schemas["FileType"];
export interface FilesystemEvent extends Schema<"FilesystemEvent"> {}
export type FilesystemEventType = Schemas["EventType"];
/** A polled watch started by `files.createWatcher`: its ID. */
export interface CreatedWatcher extends Required<Schema<"CreateWatcherResponse">> {}
export interface WriteInfo extends Schema<"WriteInfo"> {}
export interface ProcessInfo extends Schema<"ProcessInfo"> {}
export interface ProcessEvent extends Schema<"ProcessEvent"> {}
export interface EnvdMetrics extends Schema<"Metrics"> {}
export interface EnvVars extends Schema<"EnvVars"> {}
export interface ConnectErrorBody extends Schema<"ConnectError"> {}
export interface SandboxNotFoundBody extends Schema<"SandboxNotFoundBody"> {}
