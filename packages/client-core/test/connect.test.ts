// The Connect module on its own: envelopes across any chunking, the end-of-stream and its error,
// and every way a stream can be broken.
import { describe, expect, it } from "vitest";
import {
  ApiError,
  encodeEnvelope,
  END_STREAM,
  InvalidResponseError,
  NotFoundError,
  readConnectStream,
  readEnvelopes,
  codeOfStatus,
  CODE_STATUS,
} from "../src/index.js";

const options = {
  maxEnvelopeBytes: 1024,
  method: "POST",
  path: "/process.Process/Start",
  redact: (t: string) => t.replaceAll("tok_secret", "***"),
};
const bytes = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.byteLength) - part.byteLength);
  return out;
};
/** A stream of `data` cut into chunks of `size` bytes. */
const streamOf = (data: Uint8Array, size = data.byteLength || 1) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < data.byteLength; i += size) controller.enqueue(data.subarray(i, i + size));
      controller.close();
    },
  });
const collect = async (data: Uint8Array, size?: number) => {
  const out: unknown[] = [];
  for await (const message of readConnectStream(streamOf(data, size), options)) out.push(message);
  return out;
};
const eos = (message: object = {}) => encodeEnvelope(JSON.stringify(message), END_STREAM);

describe("envelopes", () => {
  it("encode a flags byte, a big-endian length and the JSON", () => {
    expect([...encodeEnvelope('{"a":1}')]).toEqual([0, 0, 0, 0, 7, ...new TextEncoder().encode('{"a":1}')]);
    expect(encodeEnvelope("{}", END_STREAM)[0]).toBe(2);
  });
  it.each([1, 2, 3, 5, 7, 64])("read back whole, in chunks of %s bytes", async (size) => {
    const data = bytes(encodeEnvelope('{"n":1}'), encodeEnvelope('{"n":"é✓"}'), eos());
    expect(await collect(data, size)).toEqual([{ n: 1 }, { n: "é✓" }]);
  });
  it("refuse an envelope over the limit before reading it", async () => {
    const head = new Uint8Array([0, 0, 0, 8, 0]);
    const read = async () => {
      for await (const _ of readEnvelopes(streamOf(head) as unknown as AsyncIterable<Uint8Array>, 1024));
    };
    await expect(read()).rejects.toThrow(/declares 2048 bytes, over the limit of 1024/);
  });
});

describe("readConnectStream", () => {
  it("ends at the end-of-stream", async () => {
    expect(await collect(bytes(encodeEnvelope("{}"), eos()))).toEqual([{}]);
  });
  it("throws the end-of-stream's error as the ApiError of its code, redacted", async () => {
    const error = await collect(
      bytes(encodeEnvelope("{}"), eos({ error: { code: "not_found", message: "no process tok_secret" } })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "not_found" });
    expect((error as Error).message).toBe(
      "POST /process.Process/Start failed in its stream with not_found: no process ***",
    );
    expect(JSON.stringify((error as ApiError).body)).not.toContain("tok_secret");
  });
  it.each([
    ["cut inside an envelope", bytes(encodeEnvelope('{"a":1}')).subarray(0, 8), /ends inside an envelope/],
    ["without its end-of-stream", encodeEnvelope('{"a":1}'), /ends without its end-of-stream/],
    [
      "compressed",
      bytes(new Uint8Array([1, 0, 0, 0, 2]), new TextEncoder().encode("{}")),
      /compressed, which was not asked for/,
    ],
    ["of non-JSON", bytes(encodeEnvelope("hello tok_secret"), eos()), /is not JSON: hello \*\*\*/],
    ["of a JSON array", bytes(encodeEnvelope("[1]"), eos()), /message is not a JSON object/],
    ["with an envelope after its end", bytes(eos(), encodeEnvelope("{}")), /follows the end-of-stream/],
  ])("a stream %s is an InvalidResponseError saying so", async (_name, data, why) => {
    const error = await collect(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(why);
  });
  it("an unknown code in the end-of-stream is a 500", async () => {
    const error = await collect(eos({ error: { code: "brand_new", message: "?" } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, code: "brand_new" });
  });
});

describe("codes", () => {
  it("map to their statuses, and statuses to codes, as the protocol says", () => {
    expect([CODE_STATUS["not_found"], CODE_STATUS["unauthenticated"], CODE_STATUS["resource_exhausted"]]).toEqual([
      404, 401, 429,
    ]);
    expect([400, 401, 403, 404, 429, 502, 503, 504, 418].map(codeOfStatus)).toEqual([
      "internal",
      "unauthenticated",
      "permission_denied",
      "unimplemented",
      "unavailable",
      "unavailable",
      "unavailable",
      "unavailable",
      "unknown",
    ]);
  });
});
