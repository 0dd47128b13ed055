// The options both clients share: their types, their checks, and where defaults come from.
import type { Middleware } from "openapi-fetch";
import { resolveBaseUrl } from "./base-url.js";
import { MAX_RESPONSE_BYTES } from "../transport/body.js";
import { resolveDuration } from "./durations.js";
import { ConfigurationError } from "../answers/errors.js";
import { LOG_LEVEL_ENV, resolveLogLevel, type Logger, type ClientLogLevel } from "./log.js";
import { MAX_RETRY_AFTER_MS, type RetryOptions, type RetryPolicy } from "./retry.js";
import { defined } from "../helpers/types.js";
import type { Transport } from "../transport/wire.js";

/** Options both clients accept. */
export interface CommonClientOptions {
  /** Base URL of the API: http(s), without user-info, query or fragment. */
  baseUrl?: string | undefined;
  /** Plain `http:` to a host other than loopback would send credentials unencrypted; set this to allow it. */
  allowInsecureHttp?: boolean | undefined;
  /** Timeout of each attempt in milliseconds, from sending the request to the last byte of the response. */
  timeoutMs?: number | undefined;
  /** Default overall deadline of each call in milliseconds, attempts and backoff included (each client sets one). */
  deadlineMs?: number | undefined;
  /** Retry settings, or `false` to never retry. */
  retry?: RetryOptions | false | undefined;
  /**
   * Largest response body the client reads, in bytes (default 64 MiB). A longer one, or one that
   * would inflate past it, ends the call with InvalidResponseError instead of exhausting memory.
   */
  maxResponseBytes?: number | undefined;
  /** The `fetch` to send requests with (defaults to the global one). */
  fetch?: typeof fetch | undefined;
  /**
   * How requests go over the wire instead of `fetch`: `nodeTransport()` from the client's `/node`
   * entry sends with an undici pool, faster on Node. Not together with `fetch`.
   */
  transport?: Transport | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
  /** openapi-fetch middleware, run in order on every request. They never see credentials carried in the URL. */
  middleware?: Middleware[] | undefined;
  /**
   * Where log lines go (default `console`): any object with `debug`, `info`, `warn` and `error`,
   * such as pino. Every line is redacted like an error.
   */
  logger?: Logger | undefined;
  /**
   * The least severe level logged (falls back to `SPEC_CLIENTS_LOG`, then `warn`): `debug` logs each
   * request and response, `info` each retry with its reason and delay, `warn` what the client
   * did not expect (a status this version does not know); `off` logs nothing.
   */
  logLevel?: ClientLogLevel | undefined;
}

/** Merges retry options over defaults and checks them. */
export function resolveRetry(option: RetryOptions | false | undefined, defaults: RetryOptions): RetryPolicy | false {
  if (option === false) return false;
  const policy = { maxRetryAfterMs: MAX_RETRY_AFTER_MS, ...defaults, ...defined(option ?? {}) } as RetryPolicy;
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new ConfigurationError(`retry.attempts must be an integer of at least 1, got ${policy.attempts}.`);
  }
  for (const key of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
    resolveDuration(policy[key], 0, `retry.${key}`);
  }
  if (policy.maxDelayMs < policy.baseDelayMs) {
    throw new ConfigurationError("retry.maxDelayMs must be at least retry.baseDelayMs.");
  }
  return policy;
}

/** Checks a timeout option (milliseconds, at least 1, at most 2^31 − 1). */
export function resolveTimeout(value: number | undefined, fallback: number, option = "timeoutMs"): number {
  return resolveDuration(value, fallback, option, 1);
}

/** Checks `maxResponseBytes`: a whole number of bytes, at least 1. */
function resolveByteLimit(value: number | undefined): number {
  if (value === undefined) return MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigurationError(`maxResponseBytes must be a whole number of bytes, at least 1: got ${String(value)}.`);
  }
  return value;
}

/** Reads an environment variable where one exists (Node, Deno, Bun); undefined in browsers or when empty. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

/** A `User-Agent` naming this client, outside browsers (where the header is the browser's). */
export function clientHeaders(name: string, version: string): Record<string, string> {
  const isBrowser = typeof (globalThis as { document?: unknown }).document !== "undefined";
  if (isBrowser) return {};
  const node = (globalThis as { process?: { version?: string } }).process?.version;
  return { "User-Agent": `${name}/${version}${node ? ` node/${node.replace(/^v/, "")}` : ""}` };
}

/** Drops the headers whose value is undefined. */
export function compactHeaders(value: Record<string, string | undefined>): Record<string, string> {
  return defined(value) as Record<string, string>;
}

/** Where the base URL comes from, for `resolveCommon`. */
export interface BaseUrlSource {
  value: string;
  /** The option or variable it came from. */
  source: string;
  /** Whether requests carry credentials (plain http is refused then, but on loopback). */
  credentials: boolean;
}

/** Checks the options both clients share and resolves them over the client's defaults. */
export function resolveCommon(
  options: CommonClientOptions,
  defaults: { timeoutMs: number; retry: RetryOptions; deadlineMs?: number | undefined },
  base: BaseUrlSource,
) {
  if (options.fetch && options.transport) {
    throw new ConfigurationError("Pass either the `fetch` option or the `transport` option, not both.");
  }
  return {
    baseUrl: resolveBaseUrl(base.value, { ...base, allowInsecureHttp: options.allowInsecureHttp }),
    timeoutMs: resolveTimeout(options.timeoutMs, defaults.timeoutMs),
    deadlineMs: resolveDuration(options.deadlineMs, defaults.deadlineMs, "deadlineMs", 1),
    retry: resolveRetry(options.retry, defaults.retry),
    maxResponseBytes: resolveByteLimit(options.maxResponseBytes),
    fetch: options.fetch,
    transport: options.transport,
    logger: options.logger,
    logLevel: resolveLogLevel(options.logLevel, readEnv(LOG_LEVEL_ENV)),
  };
}
