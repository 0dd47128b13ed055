// The volume content client against fault servers: what it sends, files streamed both ways, and a
// hostile server (stalls, resets, floods, redirects, echoed tokens) met with typed errors in time.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { exposed } from "../../../../scripts/testing/exposed.js";
import { pathOptions } from "../../../../scripts/testing/path.js";
import { elapsed, SLACK_MS } from "../../../../scripts/testing/timing.js";
import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  createE2bVolumeClient,
  InvalidResponseError,
  NotFoundError,
  RedirectError,
  TimeoutError,
  ValidationError,
} from "../../src/volume/index.js";
import { serve, server, stat, TOKEN, VOLUME } from "./fault.js";

const query = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);

describe("what the volume client sends", () => {
  it("the token as a bearer, the path and the write options as query parameters, the bytes as they are", async () => {
    const { client, requests } = await serve(() => ({ status: 201, body: stat("/a/b.txt") }));
    await client.writeFile("/a/b.txt", "héllo", { uid: 1000, mode: 0o600, force: true });
    const [req] = requests;
    expect([req!.method, new URL(req!.url, "http://x").pathname, query(req!.url)]).toEqual([
      "PUT",
      "/volumecontent/vol_1/file",
      { path: "/a/b.txt", uid: "1000", mode: "384", force: "true" },
    ]);
    expect(req!.headers["authorization"]).toBe(`Bearer ${TOKEN}`);
    expect(req!.headers["content-type"]).toBe("application/octet-stream");
    expect(req!.body).toBe("héllo");
  });
  it.each([
    ["bytes", new TextEncoder().encode("bytes!")],
    ["a Blob", new Blob(["blob!"])],
    ["a stream", new Response("stream!").body!],
  ])("writes %s", async (_name, data) => {
    const { client, requests } = await serve(() => ({ status: 201, body: stat("/f") }));
    await client.writeFile("/f", data);
    expect(requests[0]!.body).toMatch(/^(bytes|blob|stream)!$/);
  });
  it("each entry operation goes to its path and method", async () => {
    const { client, requests } = await serve((req) =>
      req.method === "DELETE"
        ? { status: 204 }
        : {
            status: 200,
            body: req.url.includes("/dir?") && req.method === "GET" ? [stat("/d/x")] : stat("/d", "directory"),
          },
    );
    await client.list("/d", { depth: 2 });
    await client.makeDir("/d", { force: true });
    await client.getInfo("/d");
    await client.updateMetadata("/d", { gid: 7 });
    await client.remove("/d");
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /volumecontent/vol_1/dir?path=%2Fd&depth=2",
      "POST /volumecontent/vol_1/dir?path=%2Fd&force=true",
      "GET /volumecontent/vol_1/path?path=%2Fd",
      "PATCH /volumecontent/vol_1/path?path=%2Fd",
      "DELETE /volumecontent/vol_1/path?path=%2Fd",
    ]);
    expect(JSON.parse(requests[3]!.body)).toEqual({ gid: 7 });
  });
  it.each([
    ["an empty path", (c: Client) => c.getInfo("")],
    ["a path that is not a string", (c: Client) => c.remove(7 as unknown as string)],
    ["a uid as a string", (c: Client) => c.makeDir("/d", { uid: "1000" as unknown as number })],
    ["a negative mode", (c: Client) => c.updateMetadata("/d", { mode: -1 })],
    ["a depth over uint32", (c: Client) => c.list("/d", { depth: 2 ** 32 })],
    ["a number as content", (c: Client) => c.writeFile("/d", 5 as unknown as string)],
    ["an unknown format", (c: Client) => c.readFile("/d", { format: "json" as "text" })],
    ["a force that is not a boolean", (c: Client) => c.writeFile("/d", "x", { force: "yes" as unknown as boolean })],
  ])("refuses %s before sending", async (_name, call) => {
    const { client, requests } = await serve(() => ({ status: 200, body: stat("/d") }));
    await expect(call(client)).rejects.toThrow(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

type Client = Awaited<ReturnType<typeof serve>>["client"];

describe("reading a file", () => {
  it("as text, bytes, a Blob and a stream; UTF-8 split between chunks decodes right", async () => {
    const text = "naïve café ☕ ✓";
    const { client } = await serve(() => ({ status: 200, body: Buffer.from(text), dripMs: 1, chunked: true }));
    expect(await client.readFile("/f")).toBe(text);
    expect(new TextDecoder().decode(await client.readFile("/f", { format: "bytes" }))).toBe(text);
    expect(await (await client.readFile("/f", { format: "blob" })).text()).toBe(text);
    const stream = await client.readFile("/f", { format: "stream" });
    expect(await new Response(stream).text()).toBe(text);
  });
  it("hands the stream out before the body ends, and times out a silence of timeoutMs", async () => {
    const { client } = await serve(() => ({
      status: 200,
      body: Buffer.alloc(64 * 1024, 97),
      cut: "stall",
      chunked: true,
    }));
    const stream = await client.readFile("/f", { format: "stream", timeoutMs: 300 });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThan(0);
    const drained = (async () => {
      for (;;) if ((await reader.read()).done) return;
    })();
    const { ms, error } = await elapsed(drained);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/no part of its body came for 300 ms/);
    expect(ms).toBeLessThan(300 + SLACK_MS);
  });
  it("a deadline bounds the whole transfer, however steadily it drips", async () => {
    const { client } = await serve(() => ({ status: 200, body: Buffer.alloc(10_000, 97), dripMs: 5, chunked: true }));
    const { ms, error } = await elapsed(client.readFile("/f", { deadlineMs: 400 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/400 ms deadline while its body was read/);
    expect(ms).toBeLessThan(400 + SLACK_MS);
  });
  it("a reset mid-body is a ConnectionError", async () => {
    const { client } = await serve(() => ({
      status: 200,
      body: Buffer.alloc(64 * 1024, 97),
      cut: "reset",
      chunked: true,
    }));
    const error = await client.readFile("/f", { format: "bytes" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/failed while its body was read/);
  });
  it("the caller's signal ends a stream at once and closes the connection", async () => {
    const { client, connections } = await serve(() => ({
      status: 200,
      body: Buffer.alloc(64 * 1024, 97),
      cut: "stall",
      chunked: true,
    }));
    const controller = new AbortController();
    const stream = await client.readFile("/f", { format: "stream", signal: controller.signal });
    const reader = stream.getReader();
    await reader.read();
    const pending = reader.read().then(() => reader.read());
    controller.abort();
    await expect(pending).rejects.toThrow(AbortError);
    await connections[0];
  });
  it("cancelling the stream closes the connection", async () => {
    const { client, connections } = await serve(() => ({
      status: 200,
      body: Buffer.alloc(64 * 1024, 97),
      cut: "stall",
      chunked: true,
    }));
    const stream = await client.readFile("/f", { format: "stream" });
    await stream.cancel();
    await connections[0];
  });
  it("maxBytes ends a flood, and the server stops sending soon after", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: Buffer.alloc(16 * 1024, 97), flood: true }));
    await expect(client.readFile("/f", { format: "bytes", maxBytes: 100_000 })).rejects.toThrow(InvalidResponseError);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests[0]!.floodedBytes).toBeLessThan(16 * 2 ** 20);
  });
  it("a missing file is a NotFoundError; exists says false", async () => {
    const { client } = await serve(() => ({ status: 404, body: { code: "not_found", message: "path /f not found" } }));
    await expect(client.readFile("/f", { format: "stream" })).rejects.toThrow(NotFoundError);
    expect(await client.exists("/f")).toBe(false);
  });
  it("a token echoed back in any form shows in no error", async () => {
    const forms = [
      TOKEN,
      encodeURIComponent(TOKEN),
      Buffer.from(TOKEN).toString("base64"),
      Buffer.from(TOKEN).toString("base64url"),
    ];
    const { client } = await serve(() => ({
      status: 401,
      body: { code: "unauthorized", message: `bad token ${forms.join(" ")}` },
    }));
    const error = await client.readFile("/f").catch((e: unknown) => e);
    const shown = exposed(error);
    expect(shown).toMatch(/bad token/);
    for (const form of forms) expect(shown).not.toContain(form);
  });
  it("a redirect to another origin is refused; nothing goes there", async () => {
    const elsewhere = await server(() => ({ status: 200, body: "stolen" }));
    const { client } = await serve(() => ({ status: 302, headers: { location: `${elsewhere.url}/f` } }));
    await expect(client.readFile("/f", { format: "stream" })).rejects.toThrow(RedirectError);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe("writing a file", () => {
  const open: { close(): void }[] = [];
  afterEach(() => open.splice(0).forEach((s) => s.close()));

  it("sends a stream as it is read: the server has the first chunk before the second is made", async () => {
    let firstArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
    let received = "";
    const http = createServer((req, res) => {
      req.on("data", (chunk: Buffer) => {
        received += chunk.toString();
        if (received.startsWith("first")) firstArrived();
      });
      req.on("end", () => res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(stat("/f"))));
    });
    open.push(http);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const { port } = http.address() as AddressInfo;
    const client = createE2bVolumeClient(VOLUME, { baseUrl: `http://127.0.0.1:${port}`, ...pathOptions() });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("first"));
      },
      async pull(controller) {
        // Only a client that sent "first" already gets past this.
        await arrived;
        controller.enqueue(new TextEncoder().encode("-second"));
        controller.close();
      },
    });
    await client.writeFile("/f", body, { timeoutMs: 5_000 });
    expect(received).toBe("first-second");
  });
  it("a stream is sent once: a 503 is not retried; a Blob is", async () => {
    const { client, requests } = await serve(() => ({ status: 503, body: { code: "busy", message: "busy" } }));
    await expect(client.writeFile("/f", new Response("s").body!)).rejects.toThrow(/503/);
    expect(requests).toHaveLength(1);
    await expect(client.writeFile("/f", new Blob(["b"]))).rejects.toThrow(/503/);
    expect(requests).toHaveLength(4);
  });
  it("a redirect of a streamed write is refused, even to the same origin", async () => {
    const { client, requests } = await serve((_req, i) =>
      i === 0 ? { status: 307, headers: { location: "/elsewhere" } } : { status: 201, body: stat("/f") },
    );
    await expect(client.writeFile("/f", new Response("s").body!)).rejects.toThrow(/sent only once/);
    expect(requests).toHaveLength(1);
  });
});

describe("where the client goes", () => {
  it("to api.<domain> of the volume, or E2B_VOLUME_API_URL, with https only", async () => {
    expect(createE2bVolumeClient({ ...VOLUME, domain: "byoc.example.com" }).getInfo).toBeTypeOf("function");
    expect(() => createE2bVolumeClient({ ...VOLUME, domain: "https://x" })).toThrow(/domain name/);
    expect(() => createE2bVolumeClient({ volumeID: "v", token: "" })).toThrow(ConfigurationError);
    expect(() => createE2bVolumeClient({ volumeID: "", token: TOKEN })).toThrow(/volumeID/);
    expect(() => createE2bVolumeClient(VOLUME, { baseUrl: "http://example.com" })).toThrow(ConfigurationError);
  });
  it("E2B_VOLUME_API_URL replaces the base URL", async () => {
    const { url, requests } = await serve(() => ({ status: 200, body: stat("/f") }));
    const { vi } = await import("vitest");
    vi.stubEnv("E2B_VOLUME_API_URL", url);
    await createE2bVolumeClient(VOLUME, pathOptions()).getInfo("/f");
    expect(requests).toHaveLength(1);
  });
});
