import { abortError } from "../transport/attempt.js";
import { checkDuration } from "../config/durations.js";
import { TimeoutError } from "../answers/errors.js";
import type { ClientLog } from "../config/log.js";
import { sleep } from "../config/retry.js";

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

/** What a wait helper polls: its name and path for errors, and how to tell an unknown status. */
export interface PollTarget {
  what: string;
  path: string;
  /** The statuses the spec lists: a read whose `status` is another is polled on, and named on timeout. */
  known?: readonly string[] | undefined;
  /** Where a status this version does not know is reported, at `warn`, each time it changes. */
  log?: ClientLog | undefined;
  /** Masks secrets in a status quoted in an error. */
  redact?: ((text: string) => string) | undefined;
}

/**
 * Calls `read` until `done(value)` holds, sleeping `intervalMs` between reads. Each read gets the
 * milliseconds left (its deadline), so that `timeoutMs` holds while a request is in flight. A
 * status the spec does not list is not done: a later API may add one, and only the timeout ends it.
 */
export async function pollUntil<T>(
  read: (deadlineMs: number | undefined) => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions & PollTarget,
): Promise<T> {
  const interval = checkDuration(options.intervalMs ?? 500, "intervalMs", MIN_POLL_INTERVAL_MS);
  const timeoutMs = checkDuration(options.timeoutMs, "timeoutMs");
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  let unknown: string | undefined;
  const quote = (status: string) => JSON.stringify((options.redact ?? String)(status));
  const timeout = (reads: number) => {
    // Masked before it is quoted: quoting escapes characters, and would hide a secret's JSON form.
    const last = unknown === undefined ? "" : ` (its last status, ${quote(unknown)}, is not one this client knows)`;
    return new TimeoutError(`Timed out after ${timeoutMs} ms waiting for ${options.what} to finish${last}.`, {
      method: "GET",
      path: options.path,
      attempts: reads,
    });
  };
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
    const seen = unknownStatus(value, options.known);
    if (seen !== undefined && seen !== unknown) {
      options.log?.warn?.(
        `${options.what} has status ${quote(seen)}, which this client does not know (a newer API?): it keeps polling until the status is final or timeoutMs runs out.`,
      );
    }
    unknown = seen;
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), options.signal).catch(() => {
      throw abortError(options.signal!, { method: "GET", path: options.path, attempts: reads });
    });
  }
}

function unknownStatus(value: unknown, known: readonly string[] | undefined): string | undefined {
  const found = (value as { status?: unknown } | null)?.status;
  return known && typeof found === "string" && !known.includes(found) ? found.slice(0, 100) : undefined;
}

/** A clock for a helper made of several calls: the milliseconds left of `timeoutMs` (at least 1), or undefined. */
export function timeLeft(timeoutMs: number | undefined): () => number | undefined {
  const deadline = checkDuration(timeoutMs, "timeoutMs") === undefined ? undefined : Date.now() + timeoutMs!;
  return () => (deadline === undefined ? undefined : Math.max(1, deadline - Date.now()));
}
