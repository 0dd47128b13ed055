// Calls whose answer is a file's bytes, handed out as a stream; apart from call.ts so that clients
// that never stream do not bundle the stream guard.
import { streamedAnswer } from "../transport/stream-answer.js";
import type { CallSettings } from "../transport/transport.js";
import { ValidationError } from "./errors.js";
import { errorFromBody } from "./error-body.js";
import { metaOf, toInit, type RawResult, type RequestOptions } from "./call.js";

/** Options of a call whose answer is a stream of bytes (a file's content). */
export interface StreamOptions extends RequestOptions {
  /**
   * Most bytes the answer may carry; by default no bound (a file is as large as it is). The
   * client's `maxResponseBytes` does not apply to streamed answers.
   */
  maxBytes?: number | undefined;
}

/**
 * `toInit` for a call whose 2xx answer is streamed (`unwrapStream`) and whose body may be a
 * stream: `timeoutMs` bounds the wait for the headers and then each silence of the body,
 * `deadlineMs` the whole transfer. A stream body is sent once, never retried.
 */
export function streamInit(options: StreamOptions = {}, defaults: CallSettings = {}) {
  const { maxBytes } = options;
  if (maxBytes !== undefined && (typeof maxBytes !== "number" || !(maxBytes >= 0))) {
    throw new ValidationError(`maxBytes must be a number of bytes, 0 or more: got ${String(maxBytes)}.`);
  }
  const settings = { ...defaults, stream: streamedAnswer, streamBody: true, maxBytes: maxBytes ?? Infinity };
  return { ...toInit(options, settings), parseAs: "stream" as const };
}

/** Waits for a call made with `streamInit` and returns its body as a stream (empty when it has none); throws the ApiError of any other status. */
export function unwrapStream(pending: Promise<RawResult>): Promise<ReadableStream<Uint8Array>> {
  return pending.then((result) => {
    const meta = metaOf(result.response);
    if (!result.response.ok) throw errorFromBody(result.error, result.response, meta);
    const body = result.data as ReadableStream<Uint8Array> | null | undefined;
    return body ?? new Response(null).body ?? new ReadableStream({ start: (c) => c.close() });
  });
}
