import { attempts } from "./attempt.js";
import { MAX_RESPONSE_BYTES } from "./body.js";
import { ValidationError } from "../answers/errors.js";
import { SILENT_LOG, type ClientLog } from "../config/log.js";
import { recordMeta, type ResponseMeta } from "../answers/meta.js";
import { LightRequest } from "./request.js";
import { isStream, type SendBody, type Transport, type WireResponse } from "./wire.js";
import { backoffMs, isRetryableStatus, parseRetryAfter, type RetryPolicy } from "../config/retry.js";

/** Builds the Response of a streamed 2xx answer (see stream-answer.ts). */
export type StreamAnswer = (call: Call, wire: WireResponse, controller: { abort(): void }) => Response;

/** Per-call settings that travel on the request (see `toInit`). */
export interface CallSettings {
  timeoutMs?: number | undefined;
  /** Milliseconds the whole call may take, attempts and backoff included. */
  deadlineMs?: number | undefined;
  /** Treat the call as safe to repeat after an ambiguous failure (timeout, reset, 5xx). */
  idempotent?: boolean | undefined;
  /**
   * Hands a 2xx answer's body out unread, as a stream: `streamedAnswer`, passed in by `streamInit`
   * so that clients that never stream do not bundle it.
   */
  stream?: StreamAnswer | undefined;
  /** The request body may be a stream: a Request's body is passed on, not read whole first. */
  streamBody?: boolean | undefined;
  /** Most bytes of this call's answer; overrides the client's `maxResponseBytes`. */
  maxBytes?: number | undefined;
  /** Set by `toInit`: openapi-fetch may build a LightRequest when no middleware can see it. */
  light?: boolean | undefined;
}

export interface TransportOptions {
  transport: Transport;
  /** The configured origin: the only one requests, credentials and redirects may go to. */
  origin: string;
  timeoutMs: number;
  /** Default overall deadline of a call; none when undefined. */
  deadlineMs?: number | undefined;
  retry: RetryPolicy | false;
  /** Largest body read, in bytes (default 64 MiB). */
  maxResponseBytes?: number | undefined;
  redact: (text: string) => string;
  /** Response header that overrides the status-based retry rule of an error status (`true` / `false`). */
  retryableHeader?: string | undefined;
  /** Last-moment change to the URL, after every middleware ran: used to add credentials. */
  authorize?: ((url: URL, method: string) => void) | undefined;
  /** Give every POST without one an `Idempotency-Key`, kept across the call's retries. */
  idempotencyKeys?: boolean | undefined;
  /** Where each request, response and retry is logged (nothing by default). */
  log?: ClientLog | undefined;
  /** Injectable for tests. */
  random?: () => number;
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Everything one call's attempts share, and its retry decisions. */
export class Call {
  // Declared, not defined: the constructor sets every field, in one order, once per call.
  declare private readonly options: TransportOptions;
  /** The request as openapi-fetch built it; its URL (without added credentials) is the one shown. */
  declare readonly request: Request | LightRequest;
  declare readonly transport: Transport;
  /** Whether only the resource method sees the response (a LightRequest: no middleware, not a raw call). */
  declare readonly light: boolean;
  declare readonly origin: string;
  declare readonly method: string;
  declare readonly url: URL;
  declare readonly headers: Headers;
  declare readonly signal: AbortSignal | undefined;
  /** Method, path and attempts so far; with `redact`, the facts recorded for the response. */
  declare readonly info: ResponseMeta;
  declare readonly timeoutMs: number;
  declare readonly deadlineMs: number | undefined;
  declare readonly deadlineAt: number;
  declare readonly redact: (text: string) => string;
  declare readonly maxResponseBytes: number;
  declare readonly log: ClientLog;
  declare readonly stream: StreamAnswer | undefined;
  declare readonly streamBody: boolean;
  declare body: SendBody | undefined;
  /** Whether the body is a stream: sent once, never retried. */
  declare oneShot: boolean;
  declare private readonly idempotent: boolean;

  constructor(options: TransportOptions, request: Request | LightRequest) {
    const settings = (request as { callSettings?: CallSettings }).callSettings ?? {};
    this.options = options;
    this.request = request;
    this.transport = options.transport;
    this.light = request instanceof LightRequest;
    this.origin = options.origin;
    this.method = request.method;
    this.url = new URL(request.url);
    this.redact = options.redact;
    this.maxResponseBytes =
      this.method === "HEAD" ? Infinity : (settings.maxBytes ?? options.maxResponseBytes ?? MAX_RESPONSE_BYTES);
    this.stream = settings.stream;
    this.streamBody = settings.streamBody === true;
    this.log = options.log ?? SILENT_LOG;
    this.info = { method: this.method, path: this.url.pathname, attempts: 0, redact: options.redact };
    if (this.url.origin !== options.origin) {
      const message = `${this.method} ${this.url.pathname} targets ${this.url.origin}, not the client's origin ${options.origin}: credentials go to the configured origin only; create a client with that baseUrl.`;
      throw new ValidationError(options.redact(message));
    }
    this.authorize(this.url);
    this.headers = request.headers;
    if (options.idempotencyKeys && this.method === "POST" && !this.headers.has("idempotency-key")) {
      this.headers.set("Idempotency-Key", crypto.randomUUID());
    }
    this.idempotent =
      settings.idempotent ?? (IDEMPOTENT_METHODS.has(this.method) || this.headers.has("idempotency-key"));
    this.signal = request.signal;
    this.timeoutMs = settings.timeoutMs ?? options.timeoutMs;
    this.deadlineMs = settings.deadlineMs ?? options.deadlineMs;
    this.deadlineAt = this.deadlineMs === undefined ? Infinity : Date.now() + this.deadlineMs;
    this.body = this.light ? (request.body as SendBody | undefined) : undefined;
    this.oneShot = this.streamBody && isStream(this.body);
  }

  /** Adds credentials to a URL of the configured origin. */
  authorize(url: URL): void {
    this.options.authorize?.(url, this.method);
  }

  /** Milliseconds to wait before retrying after `response`, or undefined when it is final. */
  retryDelay(response: WireResponse): number | undefined {
    const policy = this.options.retry;
    if (!policy || this.oneShot || this.info.attempts >= policy.attempts) return undefined;
    if (!shouldRetry(response, this.idempotent, this.options.retryableHeader)) return undefined;
    const asked = parseRetryAfter(response.headers.get("retry-after"));
    // A longer wait than the cap is the caller's to decide: the error carries retryAfterMs.
    if (asked !== undefined && asked > policy.maxRetryAfterMs) return undefined;
    return this.backoff(policy, asked);
  }

  /** Milliseconds to wait before retrying after a failed attempt, or undefined when it is final. */
  failureDelay(sent: boolean, final: boolean): number | undefined {
    const policy = this.options.retry;
    if (!policy || final || this.oneShot || this.info.attempts >= policy.attempts || (sent && !this.idempotent)) {
      return undefined;
    }
    return this.backoff(policy);
  }

  /** The backoff (at least `floor`) when it ends before the deadline, else undefined. */
  private backoff(policy: RetryPolicy, floor = 0): number | undefined {
    const delay = Math.max(floor, backoffMs(this.info.attempts, policy, this.options.random));
    return Date.now() + delay < this.deadlineAt ? delay : undefined;
  }

  /** The most attempts the call may take. */
  get maxAttempts(): number {
    return this.options.retry ? this.options.retry.attempts : 1;
  }

  /** Records the call's facts for the request and returns them, for the response. */
  record(): ResponseMeta {
    if (this.request instanceof Request) recordMeta(this.request, this.info);
    return this.info;
  }
}

/**
 * A `fetch` that retries, keeps one deadline over each attempt (body included) and the whole call,
 * honours the caller's signal, follows only safe same-origin redirects, and adds a per-call
 * `Idempotency-Key` to POSTs that must carry one.
 */
export function createTransport(options: TransportOptions): typeof fetch {
  return (input, init) => {
    try {
      const isRequest = input instanceof LightRequest || input instanceof Request;
      return attempts(new Call(options, isRequest ? input : new Request(input, init)));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/** Whether an error response may be retried: never a 2xx or 3xx, whatever the override header says. */
function shouldRetry(response: WireResponse, idempotent: boolean, header: string | undefined): boolean {
  if (response.status < 400) return false;
  const override = header ? response.headers.get(header)?.trim().toLowerCase() : undefined;
  if (override === "true") return true;
  if (override === "false") return false;
  if (!isRetryableStatus(response.status)) return false;
  // A 429 was not processed; any other retryable status may have been, so only repeat safe calls.
  return response.status === 429 || idempotent;
}
