import { ValidationError } from "../answers/errors.js";
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
