import type { QueryParams, RequestBody, SuccessBody } from "@spec-clients/core";
import type { components, operations } from "./generated/api.gen.js";

type Schemas = components["schemas"];
export type Run = Schemas["Run"];
export type RunStatus = Schemas["RunStatus"];
export type Session = Schemas["Session"];
export type SessionStatus = Schemas["SessionStatus"];
export type Prompt = Schemas["Prompt"];
export type Parameter = Schemas["Parameter"];
export type Permission = Schemas["Permission"];
export type ParamValues = Schemas["ParamValues"];
export type AirplaneErrorBody = Schemas["Error"];

/** Input of `tasks.execute`: the request body plus the `envSlug` query parameter. */
export type ExecuteTaskInput = RequestBody<operations["executeTask"]> & QueryParams<operations["executeTask"]>;
/** Input of `runbooks.execute`: the request body plus the `envSlug` query parameter. */
export type ExecuteRunbookInput = RequestBody<operations["executeRunbook"]> & QueryParams<operations["executeRunbook"]>;
export type ListRunsFilter = QueryParams<operations["listRuns"]>;
export type ListSessionsFilter = QueryParams<operations["listSessions"]>;
export type SubmitPromptInput = RequestBody<operations["submitPrompt"]>;
export type Body<Name extends keyof operations> = SuccessBody<operations[Name]>;
