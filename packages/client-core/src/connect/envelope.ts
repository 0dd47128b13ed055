// Connect envelopes: a flags byte, a 4-byte big-endian length, then that many bytes of a message.
import { concatBytes } from "../transport/body.js";

/** Flag of a compressed envelope. */
export const COMPRESSED = 0x01;
/** Flag of the end-of-stream envelope, the last of a streamed answer. */
export const END_STREAM = 0x02;

/** One envelope: its flags and its message's bytes. */
export interface Envelope {
  flags: number;
  data: Uint8Array;
}

/** Why a stream of envelopes is broken; the reader throws it with `kind` for the caller to name. */
export class EnvelopeError extends Error {
  constructor(
    readonly kind: "cut" | "too-large" | "compressed",
    message: string,
  ) {
    super(message);
  }
}

/** The envelope of one message (JSON text). */
export function encodeEnvelope(json: string, flags = 0): Uint8Array {
  const data = new TextEncoder().encode(json);
  const out = new Uint8Array(5 + data.byteLength);
  out[0] = flags;
  new DataView(out.buffer).setUint32(1, data.byteLength);
  out.set(data, 5);
  return out;
}

/**
 * The envelopes of a byte stream, as they complete, whatever the chunking. An envelope declaring
 * more than `maxBytes`, or a compressed one (none was asked for), is refused before its body is
 * read; a stream that ends inside an envelope is `cut`.
 */
export async function* readEnvelopes(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Envelope, void, undefined> {
  let buffer: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    buffer = buffer.byteLength ? concatBytes([buffer, chunk]) : chunk;
    for (;;) {
      if (buffer.byteLength < 5) break;
      const flags = buffer[0]!;
      const length = new DataView(buffer.buffer, buffer.byteOffset + 1, 4).getUint32(0);
      if (flags & COMPRESSED)
        throw new EnvelopeError("compressed", "an envelope is compressed, which was not asked for");
      if (length > maxBytes) {
        throw new EnvelopeError("too-large", `an envelope declares ${length} bytes, over the limit of ${maxBytes}`);
      }
      if (buffer.byteLength < 5 + length) break;
      yield { flags, data: buffer.subarray(5, 5 + length) };
      buffer = buffer.subarray(5 + length);
    }
  }
  if (buffer.byteLength) {
    throw new EnvelopeError("cut", `the stream ends inside an envelope (${buffer.byteLength} bytes of it)`);
  }
}
