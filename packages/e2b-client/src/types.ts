import type { Known, RequestBody, SuccessBody } from "@spec-clients/core";
import type { components, operations } from "./generated/api.gen.js";

type Schemas = components["schemas"];
/** A schema of the spec by name: what an interface extends, so that hovers show the name. */
type Schema<Name extends keyof Schemas> = Schemas[Name];
export interface Session extends Schema<"Session"> {}
export interface NewSession extends Schema<"NewSession"> {}
export interface Environment extends Schema<"Environment"> {}
/** The body that creates an environment: its `template` one the spec lists (answers may name others). */
export type NewEnvironment = {
  [K in keyof Schemas["NewEnvironment"]]: K extends "template"
    ? Known<Schemas["NewEnvironment"][K]>
    : Schemas["NewEnvironment"][K];
};
export type Template = Schemas["Template"];
export type EnvironmentState = Schemas["EnvironmentState"];
export interface E2bErrorBody extends Schema<"Error"> {}
export type Body<Name extends keyof operations> = SuccessBody<operations[Name]>;
export type Input<Name extends keyof operations> = RequestBody<operations[Name]>;
