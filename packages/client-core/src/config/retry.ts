import { AbortError } from "../answers/errors.js";
import { MAX_DURATION_MS } from "./durations.js";

/** How a client retries. `attempts` counts the first try: 1 means no retry. */
export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts?: number;
  /** First backoff ceiling in milliseconds; doubles each retry. */
  baseDelayMs?: number;
  /** Largest backoff ceiling in milliseconds. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` the client waits out (default 60 000 ms). A longer one is not slept on:
   * the call throws its RateLimitError or InternalServerError, with `retryAfterMs`, at once.
   */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

/** The default `maxRetryAfterMs`. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Whether a status may be retried when the server says nothing: 429 and every 5xx but 501 (not 600–999). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status < 600 && status !== 501);
}

/** Full-jitter exponential backoff for the retry after attempt number `attempt` (1-based). */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds from `now`, or undefined. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms` (at most 2^31 − 1), or rejects with AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new AbortError("The call was aborted.", { cause: signal?.reason });
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(Math.max(0, ms), MAX_DURATION_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
