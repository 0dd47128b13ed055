import { ValidationError } from "../answers/errors.js";
import { collectBytes } from "../transport/stream-body.js";
import type { SendBody } from "../transport/wire.js";

/** What a file can be written from: text (sent as UTF-8), bytes, a Blob, or a stream (sent as it is read, never whole). */
export type FileData = string | ArrayBuffer | ArrayBufferView | Blob | ReadableStream<Uint8Array>;

/** `data` as a request body; anything else is a ValidationError that names what was passed. */
export function toSendBody(data: FileData, what = "File content"): SendBody {
  if (typeof data === "string" || data instanceof ArrayBuffer || data instanceof Blob) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (typeof ReadableStream !== "undefined" && data instanceof ReadableStream) return data;
  const shown = data === null ? "null" : Array.isArray(data) ? "an array" : typeof data;
  throw new ValidationError(
    `${what} must be a string, an ArrayBuffer, a typed array, a Blob or a ReadableStream: got ${shown}.`,
  );
}

/** How a file's content is handed back: UTF-8 text, bytes, a Blob, or the stream as it arrives. */
export type ReadFormat = "text" | "bytes" | "blob" | "stream";

/** A file read whose answer's type follows its `format`: text by default, bytes, a Blob, or the stream. */
export interface FileReader<O> {
  /** Reads a file as UTF-8 text; a missing file is a NotFoundError. */
  (path: string, options?: O & { format?: "text" }): Promise<string>;
  /** Reads a file as bytes; a missing file is a NotFoundError. */
  (path: string, options: O & { format: "bytes" }): Promise<Uint8Array>;
  /** Reads a file as a Blob; a missing file is a NotFoundError. */
  (path: string, options: O & { format: "blob" }): Promise<Blob>;
  /** Reads a file as a stream, handed out as it arrives; a missing file is a NotFoundError. */
  (path: string, options: O & { format: "stream" }): Promise<ReadableStream<Uint8Array>>;
}

/** Checks a read's `format` before anything is sent: an unknown one is a ValidationError. */
export function checkFormat(format: unknown): ReadFormat {
  if (format === "text" || format === "bytes" || format === "blob" || format === "stream") return format;
  throw new ValidationError(`format must be "text", "bytes", "blob" or "stream": got ${String(format)}.`);
}

/** A file's stream in the format asked for (checked with `checkFormat`). */
export async function readAs(
  stream: ReadableStream<Uint8Array>,
  format: ReadFormat,
): Promise<string | Uint8Array | Blob | ReadableStream<Uint8Array>> {
  if (format === "stream") return stream;
  // A guarded stream refuses more than the call's `maxBytes` itself (an InvalidResponseError).
  const bytes = await collectBytes(stream);
  if (format === "bytes") return bytes;
  return format === "blob" ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : new TextDecoder().decode(bytes);
}
