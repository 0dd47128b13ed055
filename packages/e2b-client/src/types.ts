import type { RequestBody, SuccessBody } from "@spec-clients/core";
import type { components, operations } from "./generated/api.gen.js";

type Schemas = components["schemas"];
export type Session = Schemas["Session"];
export type NewSession = Schemas["NewSession"];
export type Environment = Schemas["Environment"];
export type NewEnvironment = Schemas["NewEnvironment"];
export type Template = Schemas["Template"];
export type EnvironmentState = Schemas["EnvironmentState"];
export type E2bErrorBody = Schemas["Error"];
export type Body<Name extends keyof operations> = SuccessBody<operations[Name]>;
export type Input<Name extends keyof operations> = RequestBody<operations[Name]>;
