import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AbortHandle, takesAbortHandle } from "../src/abort-handle.js";
import { createTransport, fetchTransport, TimeoutError } from "../src/index.js";

const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server that redirects /a to /b (with `status`) and answers /b; records "METHOD /path" of each request. */
async function redirectingServer(status: number) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    if (req.url === "/a") res.writeHead(status, { location: "/b" }).end();
    else res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** A server whose answer `stall` leaves unfinished; resolves each socket's close in `closed`. */
async function stallingServer(stall: (res: ServerResponse) => void) {
  const closed: Promise<void>[] = [];
  const server = createServer((req, res) => {
    closed.push(new Promise((resolve) => req.socket.once("close", () => resolve())));
    stall(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

const call = (fetch: typeof globalThis.fetch, origin: string) =>
  createTransport({ transport: fetchTransport(fetch), origin, timeoutMs: 150, retry: false, redact: (t) => t })(
    `${origin}/x`,
  );

const send = (fetch: typeof globalThis.fetch, origin: string, method = "GET") =>
  createTransport({ transport: fetchTransport(fetch), origin, timeoutMs: 2_000, retry: false, redact: (t) => t })(
    `${origin}/a`,
    { method, ...(method === "POST" ? { body: "{}" } : {}) },
  );
const injected = ((input, init) => globalThis.fetch(input, init)) as typeof fetch;

describe("redirects on Node's own fetch", () => {
  it("a GET goes out expecting no redirect; a redirected one is sent again to read its target, then followed", async () => {
    const server = await redirectingServer(302);
    expect((await send(globalThis.fetch, server.origin)).status).toBe(200);
    expect(server.seen).toEqual(["GET /a", "GET /a", "GET /b"]);
  });
  it("a POST is sent once per hop, as with any other fetch", async () => {
    const server = await redirectingServer(307);
    expect((await send(globalThis.fetch, server.origin, "POST")).status).toBe(200);
    expect(server.seen).toEqual(["POST /a", "POST /b"]);
  });
  it("an injected fetch sends every request once per hop", async () => {
    const server = await redirectingServer(302);
    expect((await send(injected, server.origin)).status).toBe(200);
    expect(server.seen).toEqual(["GET /a", "GET /b"]);
  });
});

describe("the abort handle of the standard transport", () => {
  it("is taken by Node's own fetch, and never by another fetch", () => {
    expect(takesAbortHandle(globalThis.fetch)).toBe(true);
    expect(takesAbortHandle(injected)).toBe(false);
  });
  it("calls undici's listener with itself as `this`, once", () => {
    const handle = new AbortHandle();
    const seen: unknown[] = [];
    handle.addEventListener("abort", function (this: AbortHandle) {
      seen.push(this);
    });
    handle.abort();
    handle.abort();
    expect(seen).toEqual([handle]);
    expect(handle.aborted).toBe(true);
  });
  const fetches = {
    "Node's fetch (an AbortHandle)": globalThis.fetch,
    "an injected fetch (an AbortController)": injected,
  };
  it.each(Object.entries(fetches))("with %s, a server that never answers is cut off at the timeout", async (_, f) => {
    const server = await stallingServer(() => undefined);
    await expect(call(f, server.origin)).rejects.toBeInstanceOf(TimeoutError);
    // The abort reached the socket: the server sees it close, not just the caller give up.
    await server.closed[0];
  });
  it.each(Object.entries(fetches))("with %s, a body that stalls is cut off at the timeout", async (_, f) => {
    const server = await stallingServer((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"runs":');
    });
    await expect(call(f, server.origin)).rejects.toBeInstanceOf(TimeoutError);
    await server.closed[0];
  });
});
