import { apiErrorFor, InvalidResponseError, type ApiError } from "../answers/errors.js";
import { redactJson } from "../answers/json.js";
import { snippet } from "../answers/error-body.js";
import { CODE_STATUS } from "./codes.js";
import { END_STREAM, EnvelopeError, readEnvelopes } from "./envelope.js";

/** What a Connect stream's reader needs: the largest envelope, and the call's facts for its errors. */
export interface ConnectStreamOptions {
  maxEnvelopeBytes: number;
  method: string;
  path: string;
  redact: (text: string) => string;
}

/** The default `maxEnvelopeBytes`: far above any message envd writes (a chunk of output is 32 KiB at most). */
export const MAX_ENVELOPE_BYTES = 4 * 2 ** 20;

/** A ReadableStream as an async iterable on every runtime (Safari's has no async iterator). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/**
 * The messages of a Connect server stream (JSON encoding), parsed, until its end-of-stream: an
 * error there is thrown as the ApiError of its code's status (`code`, `message` and `details` as
 * sent, redacted); a stream cut inside an envelope or without its end-of-stream, a compressed or
 * oversized envelope, or a message that is not a JSON object is an InvalidResponseError saying
 * which. Breaking out of the loop cancels the body (and so the request).
 */
export async function* readConnectStream<T>(
  body: ReadableStream<Uint8Array>,
  options: ConnectStreamOptions,
): AsyncGenerator<T, void, undefined> {
  const decoder = new TextDecoder();
  const broken = (why: string) =>
    new InvalidResponseError(options.redact(`${options.method} ${options.path} answered a broken stream: ${why}.`), {
      status: 200,
      contentType: "application/connect+json",
      method: options.method,
      path: options.path,
    });
  let ended = false;
  try {
    for await (const { flags, data } of readEnvelopes(chunksOf(body), options.maxEnvelopeBytes)) {
      if (ended) throw broken("an envelope follows the end-of-stream");
      const text = decoder.decode(data);
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch {
        throw broken(`an envelope is not JSON: ${snippet(redactJson(text, options.redact) as string)}`);
      }
      if (typeof message !== "object" || message === null || Array.isArray(message)) {
        throw broken("an envelope's message is not a JSON object");
      }
      if (flags & END_STREAM) {
        ended = true;
        const error = (message as { error?: unknown }).error;
        if (error !== undefined) throw endOfStreamError(error, options);
        continue;
      }
      yield message as T;
    }
  } catch (error) {
    if (error instanceof EnvelopeError) throw broken(error.message);
    throw error;
  }
  if (!ended) throw broken("it ends without its end-of-stream");
}

/** The ApiError of an end-of-stream's error: its code's status, its message, every string redacted. */
export function endOfStreamError(error: unknown, options: ConnectStreamOptions): ApiError {
  const clean = redactJson(error, options.redact);
  const fields = typeof clean === "object" && clean !== null ? (clean as Record<string, unknown>) : {};
  const code = typeof fields["code"] === "string" ? fields["code"] : "unknown";
  const status = CODE_STATUS[code] ?? 500;
  const said = typeof fields["message"] === "string" ? fields["message"] : "no message";
  return apiErrorFor({
    status,
    message: options.redact(`${options.method} ${options.path} failed in its stream with ${code}: ${snippet(said)}`),
    code,
    details: Array.isArray(fields["details"]) ? { details: fields["details"] } : undefined,
    requestId: undefined,
    retryAfterMs: undefined,
    body: clean,
    method: options.method,
    path: options.path,
    attempts: 1,
  });
}
