import type { RequestBody, SuccessBody } from "@spec-clients/core";
import type { Client } from "openapi-fetch";
import type { components, operations, paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client every resource of the sandbox API builds on. */
export type SandboxFetchClient = Client<paths>;

type Schemas = components["schemas"];
/** A schema of the spec by name: what an interface extends, so that hovers show the name. */
type Schema<Name extends keyof Schemas> = Schemas[Name];
export interface Sandbox extends Schema<"Sandbox"> {}
export interface NewSandbox extends Schema<"NewSandbox"> {}
export interface ListedSandbox extends Schema<"ListedSandbox"> {}
export interface SandboxDetail extends Schema<"SandboxDetail"> {}
export type SandboxState = Schemas["SandboxState"];
export interface SandboxMetric extends Schema<"SandboxMetric"> {}
export interface SandboxForkResult extends Schema<"SandboxForkResult"> {}
export interface SandboxNetworkUpdate extends Schema<"SandboxNetworkUpdate"> {}
export interface Snapshot extends Schema<"Snapshot"> {}
export interface Template extends Schema<"Template"> {}
export interface TemplateWithBuilds extends Schema<"TemplateWithBuilds"> {}
export interface TemplateBuild extends Schema<"TemplateBuild"> {}
export interface NewTemplate extends Schema<"NewTemplate"> {}
export interface TemplateRequest extends Schema<"TemplateRequest"> {}
export interface TemplateBuildStart extends Schema<"TemplateBuildStart"> {}
export interface TemplateBuildStatus extends Schema<"TemplateBuildStatus"> {}
export type TemplateBuildState = Schemas["TemplateBuildState"];
export interface BuildLogEntry extends Schema<"BuildLogEntry"> {}
export type LogLevel = Schemas["LogLevel"];
export interface AssignedTemplateTags extends Schema<"AssignedTemplateTags"> {}
export interface TemplateTag extends Schema<"TemplateTag"> {}
export interface TemplateFileUpload extends Schema<"TemplateFileUpload"> {}
export interface Team extends Schema<"Team"> {}
export interface Volume extends Schema<"Volume"> {}
export interface VolumeAndToken extends Schema<"VolumeAndToken"> {}
export interface Secret extends Schema<"Secret"> {}
export interface NewSecret extends Schema<"NewSecret"> {}
export interface SecretUpdate extends Schema<"SecretUpdate"> {}
export interface SandboxesWithMetrics extends Schema<"SandboxesWithMetrics"> {}
export interface SandboxLogEntry extends Schema<"SandboxLogEntry"> {}
export interface SandboxLogs extends Schema<"SandboxLogs"> {}
export interface BuildLogs extends Schema<"BuildLogs"> {}
export interface TeamMetric extends Schema<"TeamMetric"> {}
export interface MaxTeamMetric extends Schema<"MaxTeamMetric"> {}
export interface TemplateNames extends Schema<"TemplateNames"> {}
export interface TemplateUpdate extends Schema<"TemplateUpdate"> {}
export interface SandboxErrorBody extends Schema<"Error"> {}
export type Body<Name extends keyof operations> = SuccessBody<operations[Name]>;
export type Input<Name extends keyof operations> = RequestBody<operations[Name]>;

/** One page of a listing: its items and the `nextToken` of the next page, undefined on the last. */
export interface Page<T> {
  items: T[];
  nextToken: string | undefined;
}

/** Where a listing starts and how many items a page holds (1 to 100). */
export interface PageOptions {
  /** The most items a page holds, from 1 to 100 (the service's default is 100). */
  limit?: number | undefined;
  /** The `nextToken` of the page before; the first page when undefined. */
  nextToken?: string | undefined;
}
