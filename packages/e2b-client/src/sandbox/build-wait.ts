import {
  answerText,
  ApiClientError,
  checkDuration,
  pollUntil,
  redactJson,
  requireObject,
  timeLeft,
  type PollOptions,
  type RequestOptions,
} from "@spec-clients/core";
import type { BuildLogEntry, TemplateBuildStatus } from "./types.js";

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

type ReadStatus = (
  logsOffset: number,
  signal: AbortSignal | undefined,
  deadlineMs: number | undefined,
) => Promise<TemplateBuildStatus>;
const isFinal = (status: TemplateBuildStatus) => status.status === "ready" || status.status === "error";

/**
 * Polls a build until `ready` or `error`, handing each new log entry to `onLogs` once (it reads
 * from `logsOffset`), then reads the log's tail until a read brings nothing new. A batch equal to
 * the one before (a server that ignores `logsOffset`) counts as nothing new, so neither the stream
 * repeats nor the tail loops. Throws TemplateBuildError with the build's reason on `error`.
 */
export async function waitForBuild(
  read: ReadStatus,
  options: WaitForBuildOptions,
  context: { what: string; path: string; redact: (text: string) => string },
): Promise<TemplateBuildStatus> {
  const { onLogs, signal } = requireObject(options, "options");
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
  const final = await pollUntil(next, isFinal, { ...options, ...context });
  while (fresh) await next(left());
  if (final.status === "error") throw new TemplateBuildError(final, context.redact);
  return final;
}
