import {
  answerText,
  checkDuration,
  invalidGetAnswer,
  MIN_POLL_INTERVAL_MS,
  sleep,
  ValidationError,
} from "@spec-clients/core";
import type { KnownLogLevel } from "./generated/enums.gen.js";

/** The most entries one page of a log holds (the spec's maximum of `limit`). */
export const MAX_LOG_PAGE = 1000;

/** Options of `sandboxes.readLogs` and `templates.readBuildLogs`. */
export interface ReadLogsOptions {
  /** Where to start: a Date or Unix milliseconds (default: the log's beginning). */
  cursor?: Date | number | undefined;
  /** Only entries of this level or above. */
  level?: KnownLogLevel | undefined;
  /** Entries per request, 1 to 1000 (default 1000). */
  limit?: number | undefined;
  /**
   * Keep reading as new entries come, until `signal` aborts or the sandbox (the build) ends.
   * Each request waits its turn: `intervalMs` after a page with nothing more, 100 ms after a full one.
   */
  follow?: boolean | undefined;
  /** Milliseconds between two reads while following finds nothing new (default 1000, at least 100). */
  intervalMs?: number | undefined;
  /** Ends the walk (without an error) when it aborts. */
  signal?: AbortSignal | undefined;
}

type Entry = { timestamp: string };
type ReadPage<E> = (cursor: number, limit: number, signal: AbortSignal | undefined) => Promise<E[]>;

/** A Date or Unix milliseconds as a cursor; anything else is a ValidationError. */
function cursorOf(value: Date | number | undefined): number {
  const ms = value instanceof Date ? value.getTime() : (value ?? 0);
  if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms < 0) {
    throw new ValidationError(
      `cursor must be a valid Date or whole Unix milliseconds (at least 0), got ${String(value)}.`,
    );
  }
  return ms;
}

/**
 * Yields a log's entries oldest first, walking the cursor: each request starts at the timestamp of
 * the last entry, whose entries already yielded are skipped, so each comes once. A full page of
 * entries read before is an InvalidResponseError (the server ignores the cursor; the walk would
 * not end), unless they all share the cursor's millisecond, which the next request then skips. Without `follow` it ends on the first page that is not full; with it, it waits and reads on
 * until the signal aborts or `ended()` says the source ended (then it reads what is left).
 */
export async function* walkLogs<E extends Entry>(
  readPage: ReadPage<E>,
  ended: () => Promise<boolean>,
  options: ReadLogsOptions,
  path: string,
): AsyncGenerator<E, void, undefined> {
  const { signal } = options;
  const limit = options.limit ?? MAX_LOG_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LOG_PAGE) {
    throw new ValidationError(`limit must be an integer from 1 to ${MAX_LOG_PAGE}, got ${String(limit)}.`);
  }
  const interval = checkDuration(options.intervalMs ?? 1000, "intervalMs", MIN_POLL_INTERVAL_MS);
  let cursor = cursorOf(options.cursor);
  let atCursor = new Set<string>();
  let following = options.follow === true;
  const pause = (ms: number) =>
    sleep(ms, signal).then(
      () => true,
      () => false,
    );
  for (;;) {
    let page: E[];
    try {
      page = await readPage(cursor, limit, signal);
    } catch (error) {
      if (signal?.aborted) return;
      throw error;
    }
    let fresh = 0;
    let atOldCursor = 0;
    for (const entry of page) {
      const ms = Date.parse(entry.timestamp);
      if (!Number.isFinite(ms)) {
        throw invalidGetAnswer(path, `GET ${path} answered a log entry without a valid timestamp.`);
      }
      if (ms === cursor) atOldCursor++;
      const text = answerText(entry, path);
      // Before the cursor, or at it and already yielded: read before (a server that ignores `cursor`).
      if (ms < cursor || (ms === cursor && atCursor.has(text))) continue;
      if (ms > cursor) [cursor, atCursor] = [ms, new Set()];
      atCursor.add(text);
      fresh++;
      yield entry;
    }
    const full = page.length >= limit;
    if (full && fresh === 0) {
      // A page all of one millisecond already read: more entries share it than a page holds, and
      // a cursor in milliseconds cannot reach past them. Anything else repeats what was read.
      if (atOldCursor < page.length) {
        throw invalidGetAnswer(
          path,
          `GET ${path} answered a full page of entries read before: it ignores the cursor, and the log would not end.`,
        );
      }
      [cursor, atCursor] = [cursor + 1, new Set()];
    }
    if (!following) {
      if (full) continue;
      return;
    }
    if (full) {
      if (!(await pause(MIN_POLL_INTERVAL_MS))) return;
      continue;
    }
    if (await ended().catch(() => false)) following = false;
    else if (!(await pause(interval))) return;
  }
}
