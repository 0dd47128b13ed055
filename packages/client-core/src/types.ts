import { ValidationError } from "./errors.js";

type JsonContent<R> = R extends { content: { "application/json": infer B } } ? B : never;

/** The JSON body of an operation's 2xx response, from the generated `operations` map. */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonContent<R[S]> : never }[keyof R]
  : never;

/** The JSON request body of an operation. */
export type RequestBody<Op> = Op extends { requestBody: { content: { "application/json": infer B } } }
  ? B
  : Op extends { requestBody?: { content: { "application/json": infer B } } }
    ? B
    : never;

/** The query parameters of an operation (an empty object when it has none). */
export type QueryParams<Op> = Op extends { parameters: { query?: infer Q } }
  ? [Q] extends [undefined | never]
    ? {}
    : NonNullable<Q>
  : {};

/** Throws a ValidationError unless `value` is a non-empty string. */
export function requireId(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${name} must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}.`);
  }
  return value;
}
