import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { testPath } from "../../../../scripts/testing/path.js";
import { InvalidResponseError, TimeoutError } from "../../src/index.js";
import { failure, RUN, serve, timed } from "./serve.js";

const MiB = 2 ** 20;
const chunk = `[${" ".repeat(64 * 1024)}`;

describe("a body larger than maxResponseBytes is refused", () => {
  it("an endless body is cut at the limit with an InvalidResponseError, not retried", async () => {
    const { client, requests, connections } = await serve(() => ({ status: 200, body: chunk, flood: true }), {
      maxResponseBytes: MiB,
    });
    const { error, ms } = await timed(client.runs.get("run1"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error!.message).toBe(
      `GET /runs/get returned 200 with a body over ${MiB} bytes: raise maxResponseBytes if that is expected.`,
    );
    expect(error).toMatchObject({ status: 200, method: "GET", path: "/runs/get" });
    expect(requests).toHaveLength(1);
    expect(ms).toBeLessThan(2_000);
    // What the server got out before the client hung up: the limit, plus what socket buffers hold.
    await Promise.all(connections);
    expect(requests[0]!.floodedBytes).toBeGreaterThan(MiB);
    expect(requests[0]!.floodedBytes).toBeLessThan(MiB + 16 * MiB);
  });
  it("a Content-Length over the limit is refused without waiting for the body", async () => {
    // Half the body comes, then nothing: only a client that trusts the declared length ends at once.
    const body = "x".repeat(MiB);
    const { client } = await serve(() => ({ status: 200, body, cut: "stall" }), {
      maxResponseBytes: 0.75 * MiB,
      timeoutMs: 10_000,
    });
    const { error, ms } = await timed(client.runs.get("run1"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error!.message).toMatch(/with a body over 786432 bytes/);
    expect(ms).toBeLessThan(2_000);
  });
  it("an error status with an endless body is refused the same way", async () => {
    const { client, requests, connections } = await serve(() => ({ status: 400, body: chunk, flood: true }), {
      maxResponseBytes: MiB,
    });
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 400 });
    await Promise.all(connections);
    expect(requests[0]!.floodedBytes).toBeLessThan(MiB + 16 * MiB);
  });
  it("a gzip bomb never inflates past the limit", async () => {
    const bomb = gzipSync(Buffer.alloc(256 * MiB, 0x20));
    const { client } = await serve(
      () => ({ status: 200, body: bomb, headers: { "content-type": "application/json", "content-encoding": "gzip" } }),
      { maxResponseBytes: MiB },
    );
    const before = process.memoryUsage().rss;
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    // Both paths inflate what the server sends, counting the inflated bytes against the limit.
    expect(error.message).toMatch(/over 1048576 bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * MiB);
  });
  it.each([
    ["gzip", gzipSync],
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("an answer compressed with %s that the client did not ask for is decoded", async (encoding, compress) => {
    const body = compress(Buffer.from(JSON.stringify(RUN)));
    const { client } = await serve(() => ({
      status: 200,
      body,
      headers: { "content-type": "application/json", "content-encoding": encoding },
    }));
    expect(await client.runs.get("run1")).toEqual(RUN);
  });
  it("an empty 204 that names an encoding is not mistaken for a truncated one", async () => {
    const { client } = await serve(() => ({ status: 204, headers: { "content-encoding": "gzip" } }));
    await expect(client.runs.cancel("run1")).resolves.toBeUndefined();
  });
  it("a body within the limit is read whole, with or without a length", async () => {
    const { client } = await serve((_, i) => ({ status: 200, body: RUN, chunked: i === 1 }), {
      maxResponseBytes: JSON.stringify(RUN).length,
    });
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect((await client.runs.get("run1")).id).toBe("run1");
  });
});

describe("an endless body under a high limit", () => {
  it("still ends at timeoutMs", async () => {
    const { client } = await serve(() => ({ status: 200, body: chunk, flood: true }), {
      maxResponseBytes: 2 ** 40,
      timeoutMs: 250,
      retry: false,
    });
    const { error, ms } = await timed(client.runs.get("run1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(2_000);
  });
});
