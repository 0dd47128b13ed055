import { afterEach, describe, expect, it } from "vitest";
import { startFaultServer, type Reply, type SeenRequest } from "../../../scripts/testing/fault-server.js";
import { AbortHandle, takesAbortHandle } from "../src/transport/abort-handle.js";
import { createTransport, fetchTransport, TimeoutError } from "../src/index.js";
import { elapsed, SLACK_MS } from "../../../scripts/testing/timing.js";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function serve(reply: (req: SeenRequest) => Reply) {
  const server = await startFaultServer(reply);
  open.push(server);
  return { ...server, seen: () => server.requests.map((r) => `${r.method} ${r.url}`) };
}
/** Redirects /a to /b with `status`, and answers /b. */
const redirecting = (status: number) => (req: SeenRequest) =>
  req.url === "/a" ? { status, headers: { location: "/b" } } : { status: 200, body: {} };

/** Sends a request to `path` through the standard transport over `fetch`, without retries. */
const send = (fetch: typeof globalThis.fetch, origin: string, path: string, method = "GET", timeoutMs = 2_000) =>
  createTransport({ transport: fetchTransport(fetch), origin, timeoutMs, retry: false, redact: (t) => t })(
    `${origin}${path}`,
    { method, ...(method === "POST" ? { body: "{}" } : {}) },
  );
const injected = ((input, init) => globalThis.fetch(input, init)) as typeof fetch;

/** Whether the runtime's fetch, given an AbortHandle as its signal, is pending until the handle aborts, then rejects. */
async function abortsWithHandle(url: string): Promise<boolean> {
  const handle = new AbortHandle();
  let settled = false;
  const outcome = globalThis
    .fetch(url, { signal: handle.signal })
    .then(
      () => "answered",
      () => "rejected",
    )
    .finally(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (settled) return false;
  handle.abort();
  const late = new Promise((resolve) => setTimeout(resolve, 1_000, "still pending"));
  return (await Promise.race([outcome, late])) === "rejected";
}

describe("redirects on Node's own fetch", () => {
  it.each([
    ["GET", 302],
    ["POST", 307],
  ])("a %s is sent once per hop, the redirect read in manual mode", async (method, status) => {
    const server = await serve(redirecting(status));
    expect((await send(globalThis.fetch, server.url, "/a", method)).status).toBe(200);
    expect(server.seen()).toEqual([`${method} /a`, `${method} /b`]);
  });
});

describe("the abort handle of the standard transport", () => {
  it("is taken by the runtime's fetch exactly when that fetch aborts with it, and never by another fetch", async () => {
    // Node 20 and 22 take the handle; Node 26 refuses any signal that is not an AbortSignal.
    const server = await serve(() => "hang");
    expect(takesAbortHandle(globalThis.fetch)).toBe(await abortsWithHandle(`${server.url}/x`));
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
    const server = await serve(() => "hang");
    const { ms, error } = await elapsed(send(f, server.url, "/x", "GET", 150));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(150 + SLACK_MS);
    // The abort reached the socket: the server sees it close, not just the caller give up.
    await server.connections[0];
  });
  it.each(Object.entries(fetches))("with %s, an endless body is cut off at the timeout", async (_, f) => {
    const server = await serve(() => ({ status: 200, body: "x".repeat(65_536), flood: true }));
    const sending = createTransport({
      transport: fetchTransport(f),
      origin: server.url,
      timeoutMs: 200,
      retry: false,
      maxResponseBytes: 2 ** 40,
      redact: (t) => t,
    })(`${server.url}/x`);
    const { ms, error } = await elapsed(sending);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(200 + SLACK_MS);
    await server.connections[0];
  });
  it.each(Object.entries(fetches))("with %s, a body that stalls is cut off at the timeout", async (_, f) => {
    const server = await serve(() => ({ status: 200, body: { runs: [] }, cut: "stall" }));
    const { ms, error } = await elapsed(send(f, server.url, "/x", "GET", 150));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(150 + SLACK_MS);
    await server.connections[0];
  });
});
