import { ValidationError } from "../answers/errors.js";

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

/** How a bad argument is described in an error: its type, never a dump (it may be huge, cyclic or a BigInt). */
const describe = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : value === null ? "null" : typeof value;

/**
 * Throws a ValidationError unless `value` is a non-empty string that stays one path segment:
 * `.` and `..` would let the URL climb out of the operation's path.
 */
/** Whether `T` is exactly `string & {}`, the "any other value" member of an open enum (not plain `string`). */
type IsOtherString<T> = (<G>() => G extends T ? 1 : 2) extends <G>() => G extends string & {} ? 1 : 2 ? true : false;

/**
 * The values of an open enum that the spec lists: `Known<RunStatus>` is RunStatus without its
 * `string & {}` member. Requests take these; answers may carry others.
 */
export type Known<T> = T extends unknown ? (IsOtherString<T> extends true ? never : T) : never;

export function requireId(value: unknown, name: string): string {
  if (typeof value !== "string") {
    throw new ValidationError(`${name} must be an id, which is a string: got ${describe(value)}.`);
  }
  if (value.trim() === "" || value === "." || value === "..") {
    throw new ValidationError(`${name} must be a non-empty id (not "." or ".."), got ${describe(value)}.`);
  }
  return value;
}

/** Throws a ValidationError unless `value` is an object (the input of a resource method). */
export function requireObject<T>(value: T, name: string): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ValidationError(`${name} must be an object, got ${describe(value)}.`);
  }
  return value;
}

/** `value` without its undefined entries, typed for `exactOptionalPropertyTypes` (query parameters). */
export function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  // fromEntries defines each key, so an own "__proto__" stays a key instead of replacing the prototype.
  const out = Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
