import { TimeoutError } from "../answers/errors.js";
import { abortError, networkError, tooLarge } from "./attempt.js";
import { NULL_BODY } from "./body.js";
import { guardedStream } from "./stream-body.js";
import type { Call } from "./transport.js";
import type { WireResponse } from "./wire.js";

/**
 * A 2xx answer whose body is handed out unread, as a guarded stream (see `guardedStream`): each
 * chunk within the attempt's timeout, all of it within the call's deadline and `maxResponseBytes`.
 */
export function streamedAnswer(call: Call, wire: WireResponse, controller: { abort(): void }): Response {
  const { info } = call;
  const reader = NULL_BODY.has(wire.status) ? undefined : wire.body?.getReader?.();
  const body = reader
    ? guardedStream(reader, {
        idleMs: call.timeoutMs,
        endAt: call.deadlineAt,
        maxBytes: call.maxResponseBytes,
        signal: call.signal,
        abort: () => controller.abort(),
        fail: (kind, cause) => {
          if (kind === "aborted") return abortError(call.signal!, info);
          if (kind === "too-large") return tooLarge(call, wire);
          if (kind === "network") {
            const { failure } = networkError(call, cause);
            failure.message = failure.message.replace(" failed:", " failed while its body was read:");
            return failure;
          }
          const message =
            kind === "idle"
              ? `${info.method} ${info.path} timed out: no part of its body came for ${call.timeoutMs} ms.`
              : `${info.method} ${info.path} ran out of its ${call.deadlineMs} ms deadline while its body was read.`;
          return new TimeoutError(message, { ...info });
        },
      })
    : null;
  const view = wire.headers as { toHeaders?(): Headers };
  const headers = view.toHeaders ? view.toHeaders() : (wire.headers as Headers);
  const response = new Response(body, { status: wire.status, headers });
  Object.defineProperty(response, "url", { value: call.request.url });
  return response;
}
