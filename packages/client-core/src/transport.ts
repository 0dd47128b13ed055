import type { Middleware } from "openapi-fetch";
import { AbortError, ConnectionError, ConfigurationError, TimeoutError, type RequestInfo } from "./errors.js";
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";

/** Per-call settings that travel on the request (see `toInit`). */
export interface CallSettings {
  timeoutMs?: number | undefined;
  /** Treat the call as safe to repeat after an ambiguous failure (timeout, reset, 5xx). */
  idempotent?: boolean | undefined;
}

export interface TransportOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy | false;
  redact: (text: string) => string;
  /** Response header that overrides the status-based retry rule (`true` / `false`). */
  retryableHeader?: string | undefined;
  /** Last-moment change to the URL, after every middleware ran: used to add credentials. */
  authorize?: ((url: URL, method: string) => void) | undefined;
  /** Give every POST without one an `Idempotency-Key`, kept across the call's retries. */
  idempotencyKeys?: boolean | undefined;
  /** Injectable for tests. */
  random?: () => number;
}

/** What the transport learned about a response it returned. */
export interface ResponseMeta extends RequestInfo {
  redact: (text: string) => string;
}

const metas = new WeakMap<Request | Response, ResponseMeta>();

/** Request facts recorded by the transport for `response`, if it produced it. */
export function responseMeta(response: Response): ResponseMeta | undefined {
  return metas.get(response);
}

/**
 * Middleware that gives a response replaced by later middleware the facts of its request: the
 * transport's when it sent it, else the request's own. Register it first: responses pass it last.
 */
export function metaLinker(redact: (text: string) => string): Middleware {
  return {
    onResponse({ request, response }) {
      if (metas.has(response)) return;
      const meta = metas.get(request) ?? { method: request.method, path: new URL(request.url).pathname, attempts: 0 };
      metas.set(response, { ...meta, redact });
    },
  };
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
/** Failures where the request provably never reached the server. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

type Outcome = { kind: "response"; response: Response } | { kind: "error"; error: ConnectionError; sent: boolean };

/**
 * A `fetch` that retries, times out each attempt (connecting and receiving headers), honours the
 * caller's signal, and adds a per-call `Idempotency-Key` to POSTs that must carry one.
 */
export function createTransport(options: TransportOptions): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const settings = (request as Request & { callSettings?: CallSettings }).callSettings ?? {};
    const url = new URL(request.url);
    options.authorize?.(url, request.method);
    if (options.idempotencyKeys && request.method === "POST" && !request.headers.has("idempotency-key")) {
      request.headers.set("Idempotency-Key", crypto.randomUUID());
    }
    const body = request.body ? await request.arrayBuffer() : undefined;
    const timeoutMs = settings.timeoutMs ?? options.timeoutMs;
    const policy = options.retry;
    const maxAttempts = policy ? policy.attempts : 1;
    const idempotent =
      settings.idempotent ?? (IDEMPOTENT_METHODS.has(request.method) || request.headers.has("idempotency-key"));
    const info: RequestInfo = { method: request.method, path: url.pathname, attempts: 0 };
    // Kept for the request too, for a response that middleware substitutes (see metaLinker).
    const record = () => {
      const meta = { ...info, redact: options.redact };
      metas.set(request, meta);
      return meta;
    };

    for (;;) {
      info.attempts++;
      const outcome = await attempt(options, request, url, body, timeoutMs, info);
      const last = info.attempts >= maxAttempts;
      if (outcome.kind === "response") {
        const { response } = outcome;
        if (last || !policy || !shouldRetry(response, idempotent, options.retryableHeader)) {
          metas.set(response, record());
          // The real URL may carry credentials (e2b's api_key): show middleware the request's URL instead.
          Object.defineProperty(response, "url", { value: request.url });
          return response;
        }
        await response.body?.cancel();
        const floor = parseRetryAfter(response.headers.get("retry-after")) ?? 0;
        await sleep(Math.max(floor, backoffMs(info.attempts, policy, options.random)), request.signal);
      } else {
        if (last || !policy || (outcome.sent && !idempotent)) {
          record();
          throw outcome.error;
        }
        await sleep(backoffMs(info.attempts, policy, options.random), request.signal);
      }
    }
  };
}

function shouldRetry(response: Response, idempotent: boolean, header: string | undefined): boolean {
  const override = header ? response.headers.get(header) : null;
  if (override === "true") return true;
  if (override === "false") return false;
  if (!isRetryableStatus(response.status)) return false;
  // A 429 was not processed; any other retryable status may have been, so only repeat safe calls.
  return response.status === 429 || idempotent;
}

async function attempt(
  options: TransportOptions,
  request: Request,
  url: URL,
  body: ArrayBuffer | undefined,
  timeoutMs: number,
  info: RequestInfo,
): Promise<Outcome> {
  if (request.signal.aborted) throw new AbortError("The call was aborted.");
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  request.signal.addEventListener("abort", onAbort, { once: true });
  try {
    const response = await options.fetch(url, {
      method: request.method,
      headers: request.headers,
      body: body ?? null,
      redirect: request.redirect,
      signal: controller.signal,
    });
    return { kind: "response", response };
  } catch (error) {
    if (request.signal.aborted) throw new AbortError("The call was aborted.");
    if (error instanceof ConfigurationError) throw error;
    const snapshot = { ...info };
    if (timedOut) {
      const message = `${info.method} ${info.path} timed out after ${timeoutMs} ms (attempt ${info.attempts}).`;
      return { kind: "error", error: new TimeoutError(message, snapshot), sent: true };
    }
    const cause = sanitize(error, options.redact);
    const code = (cause as Error & { code?: string }).code;
    const message = `${info.method} ${info.path} failed to connect: ${cause.message} (attempt ${info.attempts}).`;
    return {
      kind: "error",
      error: new ConnectionError(message, snapshot, cause),
      sent: !NOT_SENT_CODES.has(code ?? ""),
    };
  } finally {
    clearTimeout(timer);
    request.signal.removeEventListener("abort", onAbort);
  }
}

/** A plain copy of a network error (and its cause) with secrets removed from every message. */
function sanitize(error: unknown, redact: (text: string) => string): Error {
  const root = error instanceof Error ? error : new Error(String(error));
  const inner = root.cause instanceof Error ? root.cause : undefined;
  const source = inner ?? root;
  const copy = new Error(redact(inner ? `${root.message}: ${inner.message}` : root.message));
  const code = (source as Error & { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  copy.name = source.name;
  return copy;
}
