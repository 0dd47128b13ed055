import { checkDuration } from "../config/durations.js";
import { invalidAnswer, ValidationError } from "./errors.js";
import { errorFromBody, snippet } from "./error-body.js";
import { redactJson } from "./json.js";
import { checkHeaders } from "../config/headers.js";
import { responseMeta, type ResponseMeta } from "./meta.js";
import type { CallSettings } from "../transport/transport.js";
import { requireObject } from "../helpers/types.js";

/** Options every resource method accepts as its last argument. */
export interface RequestOptions {
  /** Aborts the call, including retries and backoff sleeps. `AbortSignal.timeout()` ends it with TimeoutError. */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt in milliseconds, body included; overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Milliseconds the whole call may take, retries and backoff included; overrides the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
  /** `Idempotency-Key` for a POST; by default a fresh UUID per call, kept across its retries. */
  idempotencyKey?: string | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

const NO_HEADERS: Record<string, string> = Object.freeze({});

/** Turns RequestOptions into openapi-fetch init: `callSettings` rides on the Request to the transport. */
export function toInit(options: RequestOptions = {}, defaults: CallSettings = {}) {
  if (typeof options !== "object" || options === null) throw new ValidationError("options must be an object.");
  let headers: Record<string, string> = NO_HEADERS;
  if (options.headers || options.idempotencyKey !== undefined) {
    headers = { ...options.headers };
    if (options.idempotencyKey !== undefined) headers["Idempotency-Key"] = options.idempotencyKey;
    checkHeaders(headers, true);
  }
  // Every field written, none spread: V8 copies a spread object slowly.
  const callSettings: CallSettings = {
    idempotent: defaults.idempotent,
    light: true,
    stream: defaults.stream,
    streamBody: defaults.streamBody,
    maxBytes: defaults.maxBytes,
    timeoutMs: options.timeoutMs === undefined ? defaults.timeoutMs : checkDuration(options.timeoutMs, "timeoutMs", 1),
    deadlineMs:
      options.deadlineMs === undefined ? defaults.deadlineMs : checkDuration(options.deadlineMs, "deadlineMs"),
  };
  return { headers, parseAs: "text" as const, callSettings, signal: options.signal ?? null };
}

/** Options of a call that starts something (a session, a sandbox, a build): repeating it may start a second one. */
export interface CreateOptions extends RequestOptions {
  /**
   * Retry even after an ambiguous failure (timeout, reset connection, 5xx), which may start a
   * second one. Off by default; 429 and refused connections are always retried.
   */
  retryAmbiguous?: boolean | undefined;
}

/** `toInit` for a call that is not idempotent unless the caller opts in with `retryAmbiguous`. */
export function createInit(options: CreateOptions = {}) {
  return toInit(options, { idempotent: requireObject(options, "options").retryAmbiguous ?? false });
}

export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Checks a parsed 2xx body; returns what is wrong with it, or undefined. */
export type BodyCheck = (body: unknown) => string | undefined;

const fallbackMeta = (response: Response): ResponseMeta => ({
  method: "?",
  path: new URL(response.url || "http://unknown/").pathname,
  attempts: 1,
  redact: (text) => text,
});

/** The facts of a response, or what can be told of one the transport did not record. */
export const metaOf = (response: Response) => responseMeta(response) ?? fallbackMeta(response);

/** The text of a 2xx result with its facts; throws the ApiError of any other status. */
function settle({ data, error, response }: RawResult) {
  const meta = responseMeta(response) ?? fallbackMeta(response);
  if (!response.ok) throw errorFromBody(error, response, meta);
  return { text: typeof data === "string" ? data : "", response, meta };
}

/** The parsed JSON body of a settled 2xx result; throws InvalidResponseError when it is empty, not JSON or fails `check`. */
function parse<T>({ text, response, meta }: ReturnType<typeof settle>, check?: BodyCheck): T {
  if (!/\S/.test(text)) throw invalidAnswer(response, meta, "with an empty body, where the spec promises one.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const type = meta.redact(response.headers.get("content-type") ?? "missing");
    // A string is JSON too: redactJson masks it within the same budget.
    const quoted = snippet(redactJson(text, meta.redact) as string);
    throw invalidAnswer(response, meta, `with a body that is not JSON (content-type ${type}): ${quoted}`);
  }
  const problem = check?.(body);
  if (problem) throw invalidAnswer(response, meta, `with a body that does not match the spec: ${problem}.`);
  return body as T;
}

/**
 * Waits for an openapi-fetch call made with `toInit` and returns its parsed JSON body, or throws
 * the ApiError subclass of its status. An empty or non-JSON body, or one that fails `check`, is an
 * InvalidResponseError: the spec promises a body.
 */
export function unwrap<T>(pending: Promise<RawResult>, check?: BodyCheck): Promise<T> {
  // Not async: `then` costs less than an async function's frame and await.
  return pending.then((result) => parse<T>(settle(result), check));
}

/** Like `unwrap`, with the response's status and headers, for answers that carry facts in headers (a next-page token). */
export function unwrapWithHeaders<T>(
  pending: Promise<RawResult>,
  check?: BodyCheck,
): Promise<{ body: T; status: number; headers: { get(name: string): string | null } }> {
  return pending.then((result) => {
    const settled = settle(result);
    return { body: parse<T>(settled, check), status: settled.response.status, headers: settled.response.headers };
  });
}

/** Like `unwrap` for operations whose answer carries nothing the caller needs: only the status counts. */
export function complete(pending: Promise<RawResult>): Promise<void> {
  return pending.then((result) => void settle(result));
}

/** Runs each check in turn; the first problem wins. */
export const allOf =
  (...checks: BodyCheck[]): BodyCheck =>
  (body) => {
    for (const check of checks) {
      const problem = check(body);
      if (problem) return problem;
    }
    return undefined;
  };

const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

/** What is wrong with `value` as an array of objects (a listing's items), or undefined. */
function objectItems(value: unknown, name: string): string | undefined {
  if (!Array.isArray(value)) return `${name} is not an array`;
  const bad = value.findIndex((item) => !isObject(item));
  if (bad < 0) return undefined;
  const item: unknown = value[bad];
  const shown = item === null ? "null" : Array.isArray(item) ? "an array" : `a ${typeof item}`;
  return `item ${bad} of ${name} is ${shown}, not an object`;
}

/** A BodyCheck for operations that answer a JSON array of objects. */
export const arrayBody: BodyCheck = (body) => objectItems(body, "the answer");

type FieldKind = "string" | "array" | "object" | "objects";
const KIND_NAMES: Record<FieldKind, string> = {
  string: "a string",
  array: "an array",
  object: "an object",
  objects: "an array of objects",
};

/**
 * A BodyCheck that requires each named field to hold a value of its kind: a `typeof` ("string",
 * "object"), "array", or "objects" (an array whose every item is an object, as a page's items).
 */
export function fields(expected: Record<string, FieldKind>): BodyCheck {
  return (body) => {
    if (!isObject(body)) return "it is not an object";
    for (const [name, kind] of Object.entries(expected)) {
      const value = (body as Record<string, unknown>)[name];
      if (kind === "objects") {
        if (Array.isArray(value)) {
          const problem = objectItems(value, `\`${name}\``);
          if (problem) return problem;
          continue;
        }
      } else if (
        kind === "array" ? Array.isArray(value) : kind === "object" ? isObject(value) : typeof value === kind
      ) {
        continue;
      }
      return `\`${name}\` is not ${KIND_NAMES[kind]}`;
    }
    return undefined;
  };
}
