import {
  AbortError,
  ApiError,
  checkDuration,
  ConfigurationError,
  NotFoundError,
  requireObject,
  sleep,
} from "@spec-clients/core";

export interface KeepAliveOptions {
  /** Milliseconds between two refreshes (default 5000, as the official SDK; at least 100). */
  intervalMs?: number | undefined;
  /** Stops refreshing when aborted. */
  signal?: AbortSignal | undefined;
  /**
   * Called with each refresh failure that is survived (5xx, 429, network, timeout). If it throws,
   * the keep-alive ends as `failed` with that error.
   */
  onError?: ((error: unknown) => void) | undefined;
}

/** Why a keep-alive ended. */
export type KeepAliveEnd =
  | { reason: "stopped" }
  | { reason: "aborted" }
  | { reason: "gone"; error: NotFoundError }
  | { reason: "failed"; error: unknown };

/** A running keep-alive. `await using` it to stop it at the end of a scope. */
export interface KeepAlive extends AsyncDisposable {
  /** Settles when refreshing ends, with the reason. Never rejects. */
  readonly done: Promise<KeepAliveEnd>;
  /** Stops refreshing; resolves once no refresh is in flight. */
  stop(): Promise<KeepAliveEnd>;
}

/** A failure that refreshing again cannot fix: a client error other than 404 (handled apart), 408 and 429. */
const isFatal = (error: unknown) =>
  error instanceof ConfigurationError ||
  (error instanceof ApiError && error.status >= 400 && error.status < 500 && ![408, 429].includes(error.status));

/** Checks keep-alive options (ValidationError) and returns the interval. */
export function checkKeepAlive(options: KeepAliveOptions): number {
  return checkDuration(requireObject(options, "options").intervalMs ?? 5_000, "intervalMs", 100);
}

/**
 * Calls `refresh` now and then every `intervalMs`, one call at a time, until stopped, aborted or
 * gone. Each refresh gets the interval as its deadline, so one that hangs is reported in time.
 */
export function keepAlive(
  refresh: (signal: AbortSignal, deadlineMs: number) => Promise<void>,
  options: KeepAliveOptions = {},
): KeepAlive {
  const interval = checkKeepAlive(options);
  const controller = new AbortController();
  let stopped = false;
  const forward = () => controller.abort();
  options.signal?.addEventListener("abort", forward, { once: true });
  if (options.signal?.aborted) controller.abort();
  const ended = (): KeepAliveEnd => ({ reason: stopped ? "stopped" : "aborted" });

  const loop = async (): Promise<KeepAliveEnd> => {
    while (!controller.signal.aborted) {
      try {
        await refresh(controller.signal, interval);
      } catch (error) {
        if (controller.signal.aborted || error instanceof AbortError) break;
        if (error instanceof NotFoundError) return { reason: "gone", error };
        if (isFatal(error)) return { reason: "failed", error };
        try {
          options.onError?.(error);
        } catch (thrown) {
          // `done` never rejects: a callback that throws ends the keep-alive with its error.
          return { reason: "failed", error: thrown };
        }
      }
      await sleep(interval, controller.signal).catch(() => undefined);
    }
    return ended();
  };
  const done = loop().finally(() => options.signal?.removeEventListener("abort", forward));
  const stop = () => {
    stopped = true;
    controller.abort();
    return done;
  };
  return {
    done,
    stop,
    [Symbol.asyncDispose]: async () => {
      await stop();
    },
  };
}
