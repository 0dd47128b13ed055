import { describe, expect, it } from "vitest";
import {
  createTransport,
  fetchTransport,
  InvalidResponseError,
  readText,
  resolveCommon,
  ConfigurationError,
} from "../src/index.js";

/** A streamed Response (no Content-Length) whose body arrives as `chunks`. */
const streamed = (chunks: Uint8Array[], init?: ResponseInit) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
    init,
  );
const tooLarge = () => new RangeError("too large");

describe("readText", () => {
  it("decodes UTF-8 split across chunks, and drops a BOM as text() does", async () => {
    const bytes = new TextEncoder().encode('\uFEFF{"name":"žluťoučký 🐎"}');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(await readText(streamed(chunks), bytes.length, tooLarge)).toBe('{"name":"žluťoučký 🐎"}');
  });
  it("counts bytes, not characters", async () => {
    const bytes = new TextEncoder().encode("ěěě");
    await expect(readText(streamed([bytes]), 5, tooLarge)).rejects.toThrow("too large");
    expect(await readText(streamed([bytes]), 6, tooLarge)).toBe("ěěě");
  });
  it("refuses a declared length over the limit without reading, and cancels the body", async () => {
    let cancelled = false;
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    const response = new Response(body, { headers: { "content-length": "11" } });
    await expect(readText(response, 10, tooLarge)).rejects.toThrow("too large");
    expect(cancelled).toBe(true);
  });
  it("does not trust a declared length when the body is encoded", async () => {
    const response = streamed([new Uint8Array(8)], { headers: { "content-length": "2", "content-encoding": "gzip" } });
    await expect(readText(response, 4, tooLarge)).rejects.toThrow("too large");
  });
  it("does not trust a declared length where a browser may hide the encoding (a cross-origin response)", async () => {
    const { body } = streamed([new Uint8Array(8)]);
    const wire = {
      status: 200,
      type: "cors",
      headers: new Headers({ "content-length": "2" }),
      body,
      text: async () => "",
    };
    await expect(readText(wire, 4, tooLarge)).rejects.toThrow("too large");
  });
  it("reads a 204 whatever its Content-Length says", async () => {
    const response = new Response(null, { status: 204, headers: { "content-length": "1000" } });
    expect(await readText(response, 10, tooLarge)).toBe("");
  });
  it("checks the text of a response without a stream once it is read", async () => {
    const wire = { status: 200, headers: new Headers(), text: async () => "x".repeat(11) };
    await expect(readText(wire, 10, tooLarge)).rejects.toThrow("too large");
    expect(await readText(wire, 11, tooLarge)).toBe("x".repeat(11));
  });
  it("counts the UTF-8 bytes of a response without a stream, not its UTF-16 units", async () => {
    // 2 + 3 + 4 bytes in 1 + 1 + 2 units; a lone surrogate is written as 3 bytes.
    for (const text of ["é€🐎", "\uD800x"]) {
      const size = new TextEncoder().encode(text).length;
      const wire = { status: 200, headers: new Headers(), text: async () => text };
      await expect(readText(wire, size - 1, tooLarge)).rejects.toThrow("too large");
      expect(await readText(wire, size, tooLarge)).toBe(text);
    }
  });
});

describe("maxResponseBytes", () => {
  const send = (response: Response, method = "GET", maxResponseBytes?: number) =>
    createTransport({
      transport: fetchTransport(async () => response),
      origin: "http://x",
      timeoutMs: 1_000,
      retry: false,
      redact: (t) => t.replaceAll("secret", "***"),
      ...(maxResponseBytes !== undefined && { maxResponseBytes }),
    })("http://x/a", { method });
  it("ends the call with an InvalidResponseError naming the option, its content type redacted", async () => {
    const response = streamed([new Uint8Array(9)], { headers: { "content-type": "text/secret" } });
    const error = await send(response, "GET", 8).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe(
      "GET /a returned 200 with a body over 8 bytes: raise maxResponseBytes if that is expected.",
    );
    expect(error).toMatchObject({ status: 200, contentType: "text/***", method: "GET", path: "/a" });
  });
  it("is 64 MiB by default", async () => {
    const over = new Response(null, { headers: { "content-length": String(64 * 2 ** 20 + 1) } });
    await expect(send(over)).rejects.toBeInstanceOf(InvalidResponseError);
  });
  it("does not apply to HEAD, whose Content-Length describes a body never sent", async () => {
    const head = new Response(null, { headers: { "content-length": "100" } });
    expect((await send(head, "HEAD", 10)).status).toBe(200);
  });
  it.each([0, -1, 1.5, Number.NaN, Infinity])("refuses %s as a client option", (value) => {
    const base = { value: "https://x", source: "baseUrl", credentials: true };
    const resolve = () => resolveCommon({ maxResponseBytes: value, retry: false }, { timeoutMs: 1, retry: {} }, base);
    expect(resolve).toThrow(ConfigurationError);
    expect(resolve).toThrow(`maxResponseBytes must be a whole number of bytes, at least 1: got ${value}.`);
  });
});
