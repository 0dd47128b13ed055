import type { RequestBody, SuccessBody } from "@spec-clients/core";
import type { Client } from "openapi-fetch";
import type { components, operations, paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client every resource of the sandbox API builds on. */
export type SandboxFetchClient = Client<paths>;

type Schemas = components["schemas"];
export type Sandbox = Schemas["Sandbox"];
export type NewSandbox = Schemas["NewSandbox"];
export type ListedSandbox = Schemas["ListedSandbox"];
export type SandboxDetail = Schemas["SandboxDetail"];
export type SandboxState = Schemas["SandboxState"];
export type SandboxMetric = Schemas["SandboxMetric"];
export type SandboxForkResult = Schemas["SandboxForkResult"];
export type SandboxNetworkUpdate = Schemas["SandboxNetworkUpdate"];
export type Snapshot = Schemas["Snapshot"];
export type Template = Schemas["Template"];
export type TemplateWithBuilds = Schemas["TemplateWithBuilds"];
export type TemplateBuild = Schemas["TemplateBuild"];
export type NewTemplate = Schemas["NewTemplate"];
export type TemplateRequest = Schemas["TemplateRequest"];
export type TemplateBuildStart = Schemas["TemplateBuildStart"];
export type TemplateBuildStatus = Schemas["TemplateBuildStatus"];
export type TemplateBuildState = Schemas["TemplateBuildState"];
export type BuildLogEntry = Schemas["BuildLogEntry"];
export type LogLevel = Schemas["LogLevel"];
export type TemplateTag = Schemas["TemplateTag"];
export type TemplateFileUpload = Schemas["TemplateFileUpload"];
export type Team = Schemas["Team"];
export type Volume = Schemas["Volume"];
export type VolumeAndToken = Schemas["VolumeAndToken"];
export type Secret = Schemas["Secret"];
export type NewSecret = Schemas["NewSecret"];
export type SecretUpdate = Schemas["SecretUpdate"];
export type SandboxesWithMetrics = Schemas["SandboxesWithMetrics"];
export type SandboxLogEntry = Schemas["SandboxLogEntry"];
export type SandboxLogs = Schemas["SandboxLogs"];
export type BuildLogs = Schemas["BuildLogs"];
export type TeamMetric = Schemas["TeamMetric"];
export type MaxTeamMetric = Schemas["MaxTeamMetric"];
export type TemplateNames = Schemas["TemplateNames"];
export type TemplateUpdate = Schemas["TemplateUpdate"];
export type SandboxErrorBody = Schemas["Error"];
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
