import {
  abortError,
  answerText,
  ApiClientError,
  checkDuration,
  MIN_POLL_INTERVAL_MS,
  pollUntil,
  redactJson,
  requireObject,
  sleep,
  timeLeft,
  type ClientLog,
  type PollOptions,
  type RequestOptions,
} from "@spec-clients/core";
import { TemplateBuildStateValues } from "./generated/enums.gen.js";
import type { BuildLogEntry, TemplateBuildStatus } from "./types.js";

/** Reads of the log's tail after the build ended: a server that always has one more entry cannot keep it reading. */
export const MAX_TAIL_READS = 50;

/** Options of `templates.waitForBuild`. */
export interface WaitForBuildOptions extends PollOptions, Pick<RequestOptions, "headers"> {
  /** Called with each batch of new log entries, in order, each entry once. */
  onLogs?: ((entries: BuildLogEntry[]) => void) | undefined;
}

/** A template build ended in `error`. `reason` is the service's account of it, redacted. */
export class TemplateBuildError extends ApiClientError {
  override name = "TemplateBuildError";
  declare readonly templateID: string;
  declare readonly buildID: string;
  declare readonly reason: TemplateBuildStatus["reason"];
  constructor(status: TemplateBuildStatus, redact: (text: string) => string) {
    const reason = status.reason && (redactJson(status.reason, redact) as TemplateBuildStatus["reason"]);
    const step = reason?.step === undefined ? "" : ` at step ${reason.step}`;
    super(`Template build ${status.buildID} failed${step}: ${reason?.message ?? "no reason given"}`);
    Object.assign(this, { templateID: status.templateID, buildID: status.buildID, reason });
  }
}

/** The pause between two reads of the log's tail, within the wait's time left; aborts like the wait. */
async function pace(left: number | undefined, signal: AbortSignal | undefined, path: string) {
  const info = { method: "GET", path, attempts: 0 };
  await sleep(Math.min(MIN_POLL_INTERVAL_MS, left ?? Infinity), signal).catch(() => {
    throw abortError(signal!, info);
  });
}

type ReadStatus = (
  logsOffset: number,
  signal: AbortSignal | undefined,
  deadlineMs: number | undefined,
) => Promise<TemplateBuildStatus>;
const isFinal = (status: TemplateBuildStatus) => status.status === "ready" || status.status === "error";

/**
 * Polls a build until `ready` or `error`, handing each new log entry to `onLogs` once (it reads
 * from `logsOffset`), then reads the log's tail until a read brings nothing new, at most
 * MAX_TAIL_READS times, 100 ms apart. A batch equal to the one before (a server that ignores
 * `logsOffset`) counts as nothing new, so neither the stream repeats nor the tail loops. A state
 * the spec does not list is polled through. Throws TemplateBuildError with the build's reason on `error`.
 */
export async function waitForBuild(
  read: ReadStatus,
  options: WaitForBuildOptions,
  context: { what: string; path: string; redact: (text: string) => string; log: ClientLog },
): Promise<TemplateBuildStatus> {
  const { onLogs, signal } = requireObject(options, "options");
  const { what, path, redact, log } = context;
  const left = timeLeft(checkDuration(options.timeoutMs, "timeoutMs"));
  let offset = 0;
  let previous = "[]";
  let fresh = false;
  const next = async (deadlineMs: number | undefined) => {
    const status = await read(offset, signal, deadlineMs);
    const batch = answerText(status.logEntries, context.path);
    fresh = status.logEntries.length > 0 && batch !== previous;
    if (fresh) {
      offset += status.logEntries.length;
      previous = batch;
      onLogs?.(status.logEntries);
    }
    return status;
  };
  const final = await pollUntil(next, isFinal, {
    ...options,
    what,
    path,
    redact,
    known: TemplateBuildStateValues,
    log,
  });
  for (let reads = 0; fresh; reads++) {
    if (reads === MAX_TAIL_READS) {
      log.warn?.(
        `${what} ended; its log still had new entries after ${reads} reads of its tail: the rest is not read.`,
      );
      break;
    }
    await pace(left(), signal, path);
    await next(left());
  }
  if (final.status === "error") throw new TemplateBuildError(final, context.redact);
  return final;
}
