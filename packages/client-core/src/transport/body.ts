import type { WireResponse } from "./wire.js";

/** The default `maxResponseBytes`: far above any answer of these APIs, far below what would exhaust memory. */
export const MAX_RESPONSE_BYTES = 64 * 2 ** 20;

/** Statuses whose response has no body, whatever its headers say. */
export const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** What a stream reader gives: a real Response's `body.getReader()` has this shape. */
export interface ChunkReader {
  read(): Promise<{ done?: boolean | undefined; value?: Uint8Array | undefined }>;
  cancel(): Promise<void>;
}

/**
 * The body's length when it is certain: a Content-Length without a Content-Encoding. The HTTP
 * parser never passes more bytes than it declares; a decoded (gzip, br) body can be any size, and
 * a browser hides Content-Encoding from a cross-origin ("cors") response.
 */
function declaredLength({ status, type, headers }: WireResponse): number | undefined {
  const length = headers.get("content-length");
  const encoding = headers.get("content-encoding");
  if (type === "cors" || length === null || !/^\d+$/.test(length) || (encoding !== null && encoding !== "identity")) {
    return undefined;
  }
  return NULL_BODY.has(status) ? 0 : Number(length);
}

/**
 * Reads a body as text, rejecting with `tooLarge()` (and dropping the rest) as soon as it passes
 * `maxBytes`: a declared length over the limit is refused unread, a body of unknown length is
 * counted as it arrives. Not async: a body of known length costs one promise, not three.
 */
export function readText(wire: WireResponse, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const length = declaredLength(wire);
  const reader = length === undefined ? wire.body?.getReader?.() : undefined;
  if (reader) return readChunks(reader, maxBytes, tooLarge);
  if (length !== undefined && length > maxBytes) {
    wire.body?.cancel().catch(() => undefined);
    return Promise.reject(tooLarge());
  }
  // A transport without a reader can only be checked afterwards, in UTF-8 bytes as a reader counts.
  if (length === undefined)
    return wire.text().then((text) => (utf8Bytes(text) > maxBytes ? Promise.reject(tooLarge()) : text));
  return wire.text();
}

/** The length of `text` in UTF-8 bytes (only for a transport without a stream reader, so rarely). */
const utf8Bytes = (text: string) => new TextEncoder().encode(text).byteLength;

async function readChunks(reader: ChunkReader, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) return decode(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
}

/** UTF-8 text of the chunks, decoded once: faster than decoding each chunk as it arrives. */
const decode = (chunks: Uint8Array[], size: number) => new TextDecoder().decode(concatBytes(chunks, size));

/** The chunks as one array of bytes (the one chunk itself when there is one); `size` is their total length. */
export function concatBytes(chunks: Uint8Array[], size = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
