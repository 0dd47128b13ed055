import { attempt, abortError } from "./attempt.js";
import { ValidationError, type RequestInfo } from "./errors.js";
import { recordMeta } from "./meta.js";
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep, type RetryPolicy } from "./retry.js";

/** Per-call settings that travel on the request (see `toInit`). */
export interface CallSettings {
  timeoutMs?: number | undefined;
  /** Milliseconds the whole call may take, attempts and backoff included. */
  deadlineMs?: number | undefined;
  /** Treat the call as safe to repeat after an ambiguous failure (timeout, reset, 5xx). */
  idempotent?: boolean | undefined;
}

export interface TransportOptions {
  fetch: typeof fetch;
  /** The configured origin: the only one requests, credentials and redirects may go to. */
  origin: string;
  timeoutMs: number;
  /** Default overall deadline of a call; none when undefined. */
  deadlineMs?: number | undefined;
  retry: RetryPolicy | false;
  redact: (text: string) => string;
  /** Response header that overrides the status-based retry rule of an error status (`true` / `false`). */
  retryableHeader?: string | undefined;
  /** Last-moment change to the URL, after every middleware ran: used to add credentials. */
  authorize?: ((url: URL, method: string) => void) | undefined;
  /** Give every POST without one an `Idempotency-Key`, kept across the call's retries. */
  idempotencyKeys?: boolean | undefined;
  /** Injectable for tests. */
  random?: () => number;
}

/** Everything one call's attempts share. */
export interface Call {
  fetch: typeof fetch;
  origin: string;
  method: string;
  url: URL;
  /** The URL shown to middleware and errors: the request's, without added credentials. */
  shownUrl: string;
  headers: Headers;
  body: ArrayBuffer | undefined;
  signal: AbortSignal;
  info: RequestInfo;
  timeoutMs: number;
  deadlineMs: number | undefined;
  deadlineAt: number;
  redact: (text: string) => string;
  authorize: (url: URL) => void;
  /** Milliseconds to wait before retrying after `response`, or undefined when it is final. */
  retryDelay: (response: Response) => number | undefined;
  /** Milliseconds to wait before retrying after a failed attempt, or undefined when it is final. */
  failureDelay: (sent: boolean, final: boolean) => number | undefined;
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * A `fetch` that retries, keeps one deadline over each attempt (body included) and the whole call,
 * honours the caller's signal, follows only safe same-origin redirects, and adds a per-call
 * `Idempotency-Key` to POSTs that must carry one.
 */
export function createTransport(options: TransportOptions): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const call = await prepare(options, request);
    for (;;) {
      call.info.attempts++;
      const outcome = await attempt(call);
      if (outcome.kind === "response") {
        recordMeta(outcome.response, record(call, request));
        return outcome.response;
      }
      const delay = outcome.kind === "retry" ? outcome.delayMs : call.failureDelay(outcome.sent, outcome.final);
      if (delay === undefined && outcome.kind === "error") {
        record(call, request);
        throw outcome.error;
      }
      await sleep(delay ?? 0, call.signal).catch(() => {
        throw abortError(call.signal, call.info);
      });
    }
  };
}

function record(call: Call, request: Request) {
  const meta = { ...call.info, redact: call.redact };
  recordMeta(request, meta);
  return meta;
}

async function prepare(options: TransportOptions, request: Request): Promise<Call> {
  const settings = (request as Request & { callSettings?: CallSettings }).callSettings ?? {};
  const url = new URL(request.url);
  const method = request.method;
  const info: RequestInfo = { method, path: url.pathname, attempts: 0 };
  if (url.origin !== options.origin) {
    throw new ValidationError(
      options.redact(
        `${method} ${url.pathname} targets ${url.origin}, not the client's origin ${options.origin}: ` +
          "credentials go to the configured origin only; create a client with that baseUrl.",
      ),
    );
  }
  const authorize = (target: URL) => options.authorize?.(target, method);
  authorize(url);
  const headers = request.headers;
  if (options.idempotencyKeys && method === "POST" && !headers.has("idempotency-key")) {
    headers.set("Idempotency-Key", crypto.randomUUID());
  }
  const idempotent = settings.idempotent ?? (IDEMPOTENT_METHODS.has(method) || headers.has("idempotency-key"));
  const deadlineMs = settings.deadlineMs ?? options.deadlineMs;
  const deadlineAt = deadlineMs === undefined ? Infinity : Date.now() + deadlineMs;
  const policy = options.retry;
  const maxAttempts = policy ? policy.attempts : 1;
  /** The backoff (at least `floor`) when it ends before the deadline, else undefined. */
  const backoff = (floor = 0) => {
    if (!policy) return undefined;
    const delay = Math.max(floor, backoffMs(info.attempts, policy, options.random));
    return Date.now() + delay < deadlineAt ? delay : undefined;
  };
  const call: Call = {
    fetch: options.fetch,
    origin: options.origin,
    method,
    url,
    shownUrl: request.url,
    headers,
    body: request.body ? await request.arrayBuffer() : undefined,
    signal: request.signal,
    info,
    timeoutMs: settings.timeoutMs ?? options.timeoutMs,
    deadlineMs,
    deadlineAt,
    redact: options.redact,
    authorize,
    retryDelay: (response) => {
      if (!policy || info.attempts >= maxAttempts) return undefined;
      if (!shouldRetry(response, idempotent, options.retryableHeader)) return undefined;
      const asked = parseRetryAfter(response.headers.get("retry-after"));
      // A longer wait than the cap is the caller's to decide: the error carries retryAfterMs.
      if (asked !== undefined && asked > policy.maxRetryAfterMs) return undefined;
      return backoff(asked);
    },
    failureDelay: (sent, final) =>
      final || info.attempts >= maxAttempts || (sent && !idempotent) ? undefined : backoff(),
  };
  return call;
}

/** Whether an error response may be retried: never a 2xx or 3xx, whatever the override header says. */
function shouldRetry(response: Response, idempotent: boolean, header: string | undefined): boolean {
  if (response.status < 400) return false;
  const override = header ? response.headers.get(header)?.trim().toLowerCase() : undefined;
  if (override === "true") return true;
  if (override === "false") return false;
  if (!isRetryableStatus(response.status)) return false;
  // A 429 was not processed; any other retryable status may have been, so only repeat safe calls.
  return response.status === 429 || idempotent;
}
