import type { Known, RequestBody, SuccessBody } from "@spec-clients/core";
import type { components, operations } from "./generated/api.gen.js";

type Schemas = components["schemas"];
export type Session = Schemas["Session"];
export type NewSession = Schemas["NewSession"];
export type Environment = Schemas["Environment"];
/** The body that creates an environment: its `template` one the spec lists (answers may name others). */
export type NewEnvironment = {
  [K in keyof Schemas["NewEnvironment"]]: K extends "template"
    ? Known<Schemas["NewEnvironment"][K]>
    : Schemas["NewEnvironment"][K];
};
export type Template = Schemas["Template"];
export type EnvironmentState = Schemas["EnvironmentState"];
export type E2bErrorBody = Schemas["Error"];
export type Body<Name extends keyof operations> = SuccessBody<operations[Name]>;
export type Input<Name extends keyof operations> = RequestBody<operations[Name]>;
