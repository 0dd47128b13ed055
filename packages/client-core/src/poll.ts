import { TimeoutError } from "./errors.js";
import { sleep } from "./retry.js";

export interface PollOptions {
  /** Milliseconds between two reads. */
  intervalMs?: number | undefined;
  /** Give up after this many milliseconds with a TimeoutError. No limit by default. */
  timeoutMs?: number | undefined;
  /** Stops waiting with an AbortError. */
  signal?: AbortSignal | undefined;
}

/** Calls `read` until `done(value)` holds, sleeping `intervalMs` between reads. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions & { what: string; path: string },
): Promise<T> {
  const interval = options.intervalMs ?? 500;
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  for (let reads = 1; ; reads++) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + interval > deadline) {
      const message = `Timed out after ${options.timeoutMs} ms waiting for ${options.what} to finish.`;
      throw new TimeoutError(message, { method: "GET", path: options.path, attempts: reads });
    }
    await sleep(interval, options.signal);
  }
}
