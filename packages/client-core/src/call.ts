import { apiErrorFor, InvalidResponseError } from "./errors.js";
import { parseRetryAfter } from "./retry.js";
import { responseMeta, type CallSettings, type ResponseMeta } from "./transport.js";

/** Options every resource method accepts as its last argument. */
export interface RequestOptions {
  /** Aborts the call, including retries and backoff sleeps. */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt in milliseconds; overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** `Idempotency-Key` for a POST; by default a fresh UUID per call, kept across its retries. */
  idempotencyKey?: string | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** Turns RequestOptions into openapi-fetch init: `callSettings` rides on the Request to the transport. */
export function toInit(options: RequestOptions = {}, defaults: CallSettings = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.idempotencyKey !== undefined) headers["Idempotency-Key"] = options.idempotencyKey;
  const callSettings: CallSettings = { ...defaults };
  if (options.timeoutMs !== undefined) callSettings.timeoutMs = options.timeoutMs;
  return {
    headers,
    parseAs: "text" as const,
    callSettings,
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const fallbackMeta = (response: Response): ResponseMeta => ({
  method: "?",
  path: new URL(response.url || "http://unknown/").pathname,
  attempts: 1,
  redact: (text) => text,
});

/**
 * Waits for an openapi-fetch call made with `toInit` and returns its parsed JSON body (undefined
 * when empty), or throws the ApiError subclass of its status.
 */
export async function unwrap<T>(pending: Promise<RawResult>): Promise<T> {
  const { data, error, response } = await pending;
  const meta = responseMeta(response) ?? fallbackMeta(response);
  if (response.ok) return parseSuccess(typeof data === "string" ? data : "", response, meta) as T;
  throw errorFromBody(error, response, meta);
}

function parseSuccess(text: string, response: Response, meta: ResponseMeta): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const contentType = response.headers.get("content-type");
    const message =
      `${meta.method} ${meta.path} returned ${response.status} with a body that is not JSON ` +
      `(content-type ${contentType ?? "missing"}): ${snippet(meta.redact(text))}`;
    throw new InvalidResponseError(message, { status: response.status, contentType, ...meta });
  }
}

function errorFromBody(body: unknown, response: Response, meta: ResponseMeta) {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const serverMessage = pickString(fields["error"]) ?? pickString(fields["message"]);
  const what =
    serverMessage ??
    (typeof body === "string" && body.trim()
      ? `${response.headers.get("content-type") ?? "unknown"} body: ${snippet(body)}`
      : "empty body");
  const code = fields["code"];
  const details = fields["details"];
  return apiErrorFor({
    status: response.status,
    message: meta.redact(`${meta.method} ${meta.path} failed with ${response.status}: ${what}`),
    code: typeof code === "string" ? meta.redact(code) : typeof code === "number" ? code : undefined,
    details:
      typeof details === "object" && details !== null
        ? (JSON.parse(meta.redact(JSON.stringify(details))) as Record<string, unknown>)
        : undefined,
    requestId: response.headers.get("x-request-id") ?? undefined,
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    method: meta.method,
    path: meta.path,
    attempts: meta.attempts,
  });
}

const pickString = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
};
