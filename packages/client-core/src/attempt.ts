import { readText } from "./body.js";
import {
  AbortError,
  ApiClientError,
  ConnectionError,
  invalidAnswer,
  TimeoutError,
  type RequestInfo,
} from "./errors.js";
import { sendFollowingRedirects } from "./redirects.js";
import type { Call } from "./transport.js";
import type { WireResponse } from "./wire.js";

/** How one attempt ended: a final response (body read), a response to retry after `delayMs`, or a failure. */
export type Outcome =
  | { kind: "response"; response: Response }
  | { kind: "retry"; response: WireResponse; delayMs: number }
  | { kind: "error"; error: ConnectionError; sent: boolean; final: boolean };

/** Failures where the request provably never reached the server. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/** The error for an aborted caller signal: our TimeoutError when it was `AbortSignal.timeout()`, else AbortError. */
export function abortError(signal: AbortSignal, info: RequestInfo): ApiClientError {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "TimeoutError") {
    return new TimeoutError(`${info.method} ${info.path} timed out: the caller's signal fired.`, { ...info });
  }
  return new AbortError("The call was aborted.", { cause: reason });
}

/**
 * One attempt: send (following safe redirects) and, unless the response will be retried, read its
 * body, all under one timer of the attempt's timeout or the call's deadline, whichever is sooner.
 */
export async function attempt(call: Call): Promise<Outcome> {
  const { signal, info } = call;
  if (signal?.aborted) throw abortError(signal, info);
  const left = call.deadlineAt - Date.now();
  const byDeadline = left <= call.timeoutMs;
  const ms = byDeadline ? left : call.timeoutMs;
  if (ms <= 0) return timedOut(call, true);
  const controller = call.transport.abortable?.() ?? new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort();
  }, ms);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort);
  try {
    const response = await sendFollowingRedirects(call, controller.signal);
    const delayMs = call.retryDelay(response);
    if (delayMs !== undefined) {
      response.body?.cancel().catch(() => undefined);
      return { kind: "retry", response, delayMs };
    }
    const text = await readText(response, call.maxResponseBytes, () => tooLarge(call, response));
    return { kind: "response", response: call.transport.finish(response, text, call.request.url, call.light) };
  } catch (error) {
    if (signal?.aborted) throw abortError(signal, info);
    if (error instanceof ApiClientError) throw error;
    if (fired) return timedOut(call, byDeadline);
    const cause = sanitize(error, call.redact);
    const code = (cause as Error & { code?: string }).code ?? "";
    const message = `${info.method} ${info.path} failed: ${cause.message} (attempt ${info.attempts}).`;
    return {
      kind: "error",
      error: new ConnectionError(message, { ...info }, cause),
      sent: !NOT_SENT_CODES.has(code),
      final: false,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

const tooLarge = ({ info, maxResponseBytes }: Call, response: WireResponse) =>
  invalidAnswer(
    response,
    info,
    `with a body over ${maxResponseBytes} bytes: raise maxResponseBytes if that is expected.`,
  );

function timedOut(call: Call, byDeadline: boolean): Outcome {
  const { info } = call;
  const message = byDeadline
    ? `${info.method} ${info.path} ran out of its ${call.deadlineMs} ms deadline (attempt ${info.attempts}).`
    : `${info.method} ${info.path} timed out after ${call.timeoutMs} ms (attempt ${info.attempts}).`;
  return { kind: "error", error: new TimeoutError(message, { ...info }), sent: true, final: byDeadline };
}

/** A plain copy of a network error (and its cause) with secrets removed from every message. */
function sanitize(error: unknown, redact: (text: string) => string): Error {
  const root = error instanceof Error ? error : new Error(String(error));
  const inner = root.cause instanceof Error ? root.cause : undefined;
  const source = inner ?? root;
  const copy = new Error(redact(inner ? `${root.message}: ${inner.message}` : root.message));
  const code = (source as Error & { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code: redact(code) });
  copy.name = redact(source.name);
  return copy;
}
