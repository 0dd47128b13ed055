// The default transport on Node: undici pools, unless Node's `fetch` was set up by the user.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, setGlobalDispatcher } from "undici";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createBaseClient, toInit, unwrap } from "../src/index.js";

type Paths = { "/things": { get: { responses: { 200: { content: { "application/json": unknown } } } } } };
const GLOBAL_DISPATCHERS = [Symbol.for("undici.globalDispatcher.1"), Symbol.for("undici.globalDispatcher.2")];
const globals = globalThis as unknown as Record<symbol, unknown>;

let server: Server;
let baseUrl: string;
const seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.setHeader("content-type", "application/json");
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// Each test starts with the dispatcher the runtime had (Node 26 keeps its own under a second symbol).
const original = GLOBAL_DISPATCHERS.map((symbol) => globals[symbol]);
const restore = () => GLOBAL_DISPATCHERS.forEach((symbol, i) => (globals[symbol] = original[i]));
beforeEach(restore);
afterEach(() => {
  vi.unstubAllEnvs();
  restore();
  seen.length = 0;
});

/** Which way the default client's request went: Node's fetch sends `sec-fetch-mode`, the pools do not. */
async function pathOfDefault(): Promise<"fetch" | "pools"> {
  const { client } = createBaseClient<Paths>({ baseUrl, headers: {}, timeoutMs: 5_000, retry: false, secrets: [] });
  expect(await unwrap(client.GET("/things", toInit()))).toEqual({ ok: true });
  return seen.at(-1)!["sec-fetch-mode"] === undefined ? "pools" : "fetch";
}

describe("the default transport on Node", () => {
  it("sends over the pools when nothing is set up", async () => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "");
    expect(await pathOfDefault()).toBe("pools");
  });
  it("still does once Node's fetch made its own global Agent", async () => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "");
    await fetch(`${baseUrl}/things`).then((r) => r.text());
    expect(GLOBAL_DISPATCHERS.some((symbol) => globals[symbol] !== undefined)).toBe(true);
    expect(await pathOfDefault()).toBe("pools");
  });
  it("goes to fetch, through the user's global dispatcher, once one is set (even after the client was made)", async () => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "");
    const { client } = createBaseClient<Paths>({ baseUrl, headers: {}, timeoutMs: 5_000, retry: false, secrets: [] });
    let dispatched = 0;
    class Counting extends Agent {
      override dispatch(...args: Parameters<Agent["dispatch"]>) {
        dispatched++;
        return super.dispatch(...args);
      }
    }
    setGlobalDispatcher(new Counting());
    await unwrap(client.GET("/things", toInit()));
    expect(dispatched).toBe(1);
    expect(seen.at(-1)!["sec-fetch-mode"]).toBe("cors");
  });
  it("goes to fetch with an Agent of the user's options as the global dispatcher", async () => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "");
    setGlobalDispatcher(new Agent({ connect: { timeout: 5_000 } }));
    expect(await pathOfDefault()).toBe("fetch");
  });
  it.each(["HTTP_PROXY", "https_proxy", "NODE_USE_ENV_PROXY"])("goes to fetch when %s is set", async (name) => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "");
    vi.stubEnv(name, name === "NODE_USE_ENV_PROXY" ? "1" : "http://127.0.0.1:9");
    vi.stubEnv("NO_PROXY", "127.0.0.1");
    expect(await pathOfDefault()).toBe("fetch");
  });
  it("goes to fetch when SPEC_CLIENTS_TRANSPORT=fetch, and to the pools with =node despite a proxy variable", async () => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "fetch");
    expect(await pathOfDefault()).toBe("fetch");
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "node");
    vi.stubEnv("HTTP_PROXY", "http://127.0.0.1:9");
    expect(await pathOfDefault()).toBe("pools");
  });
  it("keeps a fetch the caller passes", async () => {
    vi.stubEnv("SPEC_CLIENTS_TRANSPORT", "");
    let calls = 0;
    const fetch: typeof globalThis.fetch = (input, init) => (calls++, globalThis.fetch(input, init));
    const { client } = createBaseClient<Paths>({
      baseUrl,
      headers: {},
      timeoutMs: 5_000,
      retry: false,
      secrets: [],
      fetch,
    });
    await unwrap(client.GET("/things", toInit()));
    expect(calls).toBe(1);
  });
});
