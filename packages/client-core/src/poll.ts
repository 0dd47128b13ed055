import { checkDuration } from "./durations.js";
import { TimeoutError } from "./errors.js";
import { sleep } from "./retry.js";

/** The shortest poll interval: anything faster hammers the service. */
export const MIN_POLL_INTERVAL_MS = 100;

export interface PollOptions {
  /** Milliseconds between two reads (default 500, at least 100). */
  intervalMs?: number | undefined;
  /** Give up after this many milliseconds with a TimeoutError, even in the middle of a read. No limit by default. */
  timeoutMs?: number | undefined;
  /** Stops waiting with an AbortError. */
  signal?: AbortSignal | undefined;
}

/**
 * Calls `read` until `done(value)` holds, sleeping `intervalMs` between reads. Each read gets the
 * milliseconds left (its deadline), so that `timeoutMs` holds while a request is in flight.
 */
export async function pollUntil<T>(
  read: (deadlineMs: number | undefined) => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions & { what: string; path: string },
): Promise<T> {
  const interval = checkDuration(options.intervalMs ?? 500, "intervalMs", MIN_POLL_INTERVAL_MS);
  const timeoutMs = checkDuration(options.timeoutMs, "timeoutMs");
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  const timeout = (reads: number) =>
    new TimeoutError(`Timed out after ${timeoutMs} ms waiting for ${options.what} to finish.`, {
      method: "GET",
      path: options.path,
      attempts: reads,
    });
  for (let reads = 1; ; reads++) {
    const left = deadline - Date.now();
    if (left <= 0) throw timeout(reads - 1);
    let value: T;
    try {
      value = await read(Number.isFinite(left) ? left : undefined);
    } catch (error) {
      // The read's deadline is the wait's: say what timed out.
      if (error instanceof TimeoutError && deadline - Date.now() < 50) throw timeout(reads);
      throw error;
    }
    if (done(value)) return value;
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), options.signal);
  }
}

/** A clock for a helper made of several calls: the milliseconds left of `timeoutMs` (at least 1), or undefined. */
export function timeLeft(timeoutMs: number | undefined): () => number | undefined {
  const deadline = checkDuration(timeoutMs, "timeoutMs") === undefined ? undefined : Date.now() + timeoutMs!;
  return () => (deadline === undefined ? undefined : Math.max(1, deadline - Date.now()));
}
