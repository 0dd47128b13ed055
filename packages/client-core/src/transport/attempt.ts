import { readText } from "./body.js";
import {
  AbortError,
  ApiClientError,
  ConnectionError,
  invalidAnswer,
  TimeoutError,
  type RequestInfo,
} from "../answers/errors.js";
import { recordMeta } from "../answers/meta.js";
import { redirectTarget } from "./redirects.js";
import { sleep } from "../config/retry.js";
import type { Call } from "./transport.js";
import type { WireResponse } from "./wire.js";

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
 * Sends the call until its answer is final: each attempt sends (following safe redirects) and,
 * unless the response will be retried, reads its body, all under one timer of the attempt's
 * timeout or the call's deadline, whichever is sooner. One async function for all of it: every
 * async layer and await costs a call a few hundred bytes of garbage.
 */
export async function attempts(call: Call): Promise<Response> {
  const { signal, info } = call;
  if (!call.light && call.request.body) {
    const request = call.request as Request;
    call.body = call.streamBody ? (request.body ?? undefined) : await request.arrayBuffer();
    call.oneShot = call.streamBody;
  }
  for (;;) {
    info.attempts++;
    if (signal?.aborted) throw abortError(signal, info);
    const left = call.deadlineAt - Date.now();
    const byDeadline = left <= call.timeoutMs;
    const ms = byDeadline ? left : call.timeoutMs;
    if (ms <= 0) {
      call.record();
      throw timedOut(call, true);
    }
    const controller = call.transport.abortable?.() ?? new AbortController();
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      controller.abort();
    }, ms);
    const onAbort = () => controller.abort();
    signal?.addEventListener("abort", onAbort);
    let delay: number | undefined;
    let reason = "";
    const started = call.log.debug || call.log.info ? Date.now() : 0;
    try {
      const sent: string[] = [];
      let url: URL | undefined = call.url;
      let response: WireResponse;
      do {
        const { method, headers, body } = call;
        response = await call.transport.send(url, {
          method,
          headers,
          body,
          signal: controller.signal,
          redirect: "manual",
          ...(call.oneShot && { duplex: "half" as const }),
        });
      } while ((url = redirectTarget(call, response, url, sent)));
      delay = call.retryDelay(response);
      if (call.log.debug) logResponse(call, response.status, started);
      reason = `it answered ${response.status}`;
      if (delay === undefined) {
        if (call.stream && response.status >= 200 && response.status < 300) {
          const answer = call.stream(call, response, controller);
          recordMeta(answer, call.record());
          return answer;
        }
        const text = await readText(response, call.maxResponseBytes, () => tooLarge(call, response));
        const answer = call.transport.finish(response, text, call.request.url, call.light);
        recordMeta(answer, call.record());
        return answer;
      }
      response.body?.cancel().catch(() => undefined);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal, info);
      if (error instanceof ApiClientError) throw error;
      const { failure, sent } = fired ? { failure: timedOut(call, byDeadline), sent: true } : networkError(call, error);
      call.log.debug?.(failure.message, { durationMs: Date.now() - started });
      reason = fired ? `it timed out after ${ms} ms` : `it failed: ${(failure.cause as Error).message}`;
      delay = failed(call, failure, sent, fired && byDeadline);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
    call.log.info?.(
      `${info.method} ${info.path} will be retried in ${delay} ms: ${reason} (attempt ${info.attempts} of ${call.maxAttempts}).`,
      { method: info.method, path: info.path, attempt: info.attempts, delayMs: delay },
    );
    await sleep(delay, signal).catch(() => {
      throw abortError(signal!, info);
    });
  }
}

/** The delay before retrying after a failed attempt; throws `error` when it is final. */
function failed(call: Call, error: ApiClientError, sent: boolean, final: boolean): number {
  const delay = call.failureDelay(sent, final);
  if (delay !== undefined) return delay;
  call.record();
  throw error;
}

/** A network failure as a ConnectionError without secrets, and whether the request may have been sent. */
export function networkError(call: Call, error: unknown): { failure: ConnectionError; sent: boolean } {
  const { info } = call;
  const cause = sanitize(error, call.redact);
  const code = (cause as Error & { code?: string }).code ?? "";
  // OpenSSL's words for an https request answered in plain http: say what they mean.
  const plain =
    call.url.protocol === "https:" && /wrong version number/.test(cause.message)
      ? " The server speaks plain http: use an http:// base URL."
      : "";
  const message = `${info.method} ${info.path} failed: ${cause.message.trim()} (attempt ${info.attempts}).${plain}`;
  return { failure: new ConnectionError(message, { ...info }, cause), sent: !NOT_SENT_CODES.has(code) };
}

/** A debug line for a response: method, URL without credentials, status, attempt and duration. */
function logResponse(call: Call, status: number, started: number) {
  const { info } = call;
  const durationMs = Date.now() - started;
  call.log.debug!(
    `${info.method} ${call.request.url} answered ${status} in ${durationMs} ms (attempt ${info.attempts}).`,
    {
      method: info.method,
      url: call.request.url,
      status,
      attempt: info.attempts,
      durationMs,
    },
  );
}

export const tooLarge = ({ info, maxResponseBytes }: Call, response: WireResponse) =>
  invalidAnswer(
    response,
    info,
    `with a body over ${maxResponseBytes} bytes: raise maxResponseBytes if that is expected.`,
  );

function timedOut(call: Call, byDeadline: boolean): TimeoutError {
  const { info } = call;
  const message = byDeadline
    ? `${info.method} ${info.path} ran out of its ${call.deadlineMs} ms deadline (attempt ${info.attempts}).`
    : `${info.method} ${info.path} timed out after ${call.timeoutMs} ms (attempt ${info.attempts}).`;
  return new TimeoutError(message, { ...info });
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
