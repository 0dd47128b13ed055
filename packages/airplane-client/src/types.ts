import type { QueryParams, RequestBody, SuccessBody } from "@spec-clients/core";
import type { components, operations } from "./generated/api.gen.js";

type Schemas = components["schemas"];
/** A schema of the spec by name: what an interface extends, so that hovers show the name. */
type Schema<Name extends keyof Schemas> = Schemas[Name];
export interface Run extends Schema<"Run"> {}
export type RunStatus = Schemas["RunStatus"];
export interface Session extends Schema<"Session"> {}
export type SessionStatus = Schemas["SessionStatus"];
export interface Prompt extends Schema<"Prompt"> {}
export interface Parameter extends Schema<"Parameter"> {}
export interface Permission extends Schema<"Permission"> {}
export interface ParamValues extends Schema<"ParamValues"> {}
export interface ExecuteTaskResponse extends Schema<"ExecuteTaskResponse"> {}
export interface ExecuteRunbookResponse extends Schema<"ExecuteRunbookResponse"> {}
export interface ListRunsResponse extends Schema<"ListRunsResponse"> {}
export interface ListSessionsResponse extends Schema<"ListSessionsResponse"> {}
export interface RunOutputs extends Schema<"RunOutputs"> {}
export interface GetPromptResponse extends Schema<"GetPromptResponse"> {}
export interface ListPromptsResponse extends Schema<"ListPromptsResponse"> {}
export interface PromptIDResponse extends Schema<"PromptIDResponse"> {}
export interface AirplaneErrorBody extends Schema<"Error"> {}

/** Input of `tasks.execute`: the request body plus the `envSlug` query parameter. */
export type ExecuteTaskInput = RequestBody<operations["executeTask"]> & QueryParams<operations["executeTask"]>;
/** Input of `runbooks.execute`: the request body plus the `envSlug` query parameter. */
export type ExecuteRunbookInput = RequestBody<operations["executeRunbook"]> & QueryParams<operations["executeRunbook"]>;
export type ListRunsFilter = QueryParams<operations["listRuns"]>;
export type ListSessionsFilter = QueryParams<operations["listSessions"]>;
export type SubmitPromptInput = RequestBody<operations["submitPrompt"]>;
export type Body<Name extends keyof operations> = SuccessBody<operations[Name]>;
