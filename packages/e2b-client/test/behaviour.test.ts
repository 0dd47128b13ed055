import type { Middleware } from "openapi-fetch";
import { elapsed, SLACK_MS } from "../../../scripts/testing/timing.js";
import { describe, expect, it, vi } from "vitest";
import { faultClients } from "../../../scripts/testing/fault-clients.js";
import {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  createE2bClient,
  InternalServerError,
  TimeoutError,
  ValidationError,
} from "../src/index.js";
import { KEY } from "./helpers.js";
import { exposed } from "../../../scripts/testing/exposed.js";

const SESSION = { codeSnippetID: "c1", editEnabled: false, sessionID: "s1", clientID: "h1" };
const { server, serve } = faultClients(createE2bClient, {
  apiKey: KEY,
  retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
});

describe("the key in the URL never leaks", () => {
  it("not from an error body that echoes the request URL", async () => {
    const { client } = await serve((req) => ({ status: 401, body: { code: 401, message: `bad key in ${req.url}` } }));
    const error = await client.sessions.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(exposed(error)).not.toContain(KEY);
    expect(String(error)).toContain("api_key=***");
  });
  it("not when middleware replaces the response, which keeps the error's method and path", async () => {
    const rewrap: Middleware = { onResponse: async ({ response }) => new Response(await response.text(), response) };
    const { client } = await serve((req) => ({ status: 401, body: { code: 401, message: `bad key in ${req.url}` } }), {
      middleware: [rewrap],
    });
    const error = await client.sessions.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(exposed(error)).not.toContain(KEY);
    expect(error).toMatchObject({ method: "GET", path: "/sessions", attempts: 1 });
  });
  it("not from a connection failure, a reset or a timeout", async () => {
    const reset = await serve(() => "reset", { retry: false });
    const refused = await reset.client.sessions.list().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectionError);
    expect(exposed(refused)).not.toContain(KEY);
    const hang = await serve(() => "hang", { retry: false, timeoutMs: 50 });
    const { ms, error: timeout } = await elapsed(hang.client.envs.list());
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(50 + SLACK_MS);
    expect(exposed(timeout)).not.toContain(KEY);
  });
  it("not to middleware (the debug hook), which sees URLs without the key", async () => {
    const seen: string[] = [];
    const spy: Middleware = {
      onRequest: ({ request }) => void seen.push(request.url),
      onResponse: ({ request, response }) => void seen.push(request.url, response.url),
      onError: ({ request, error }) => void seen.push(request.url, String(error)),
    };
    const { client, requests } = await serve((_, i) => (i === 0 ? { status: 200, body: [SESSION] } : "reset"), {
      middleware: [spy],
      retry: false,
    });
    await client.sessions.list();
    await client.sessions.list().catch(() => undefined);
    expect(requests[0]!.url).toBe(`/sessions?api_key=${KEY}`);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.join("\n")).not.toContain(KEY);
  });
});

describe("configuration", () => {
  it("falls back to E2B_API_KEY", async () => {
    vi.stubEnv("E2B_API_KEY", "from-env");
    const started = await server(() => ({ status: 200, body: [] }));
    await createE2bClient({ baseUrl: started.url }).envs.list();
    expect(started.requests[0]!.url).toBe("/envs?api_key=from-env");
  });
  it("writes a key that needs encoding the same way with and without other query parameters", async () => {
    const key = "k ey+&=é~!";
    const started = await server(() => ({ status: 200, body: [] }));
    const client = createE2bClient({ apiKey: key, baseUrl: started.url });
    await client.envs.list();
    // A raw call with a query of its own: the key replaces the one it names.
    await client.GET("/sessions", { params: { query: { api_key: "other", q: "1" } as never } });
    const sent = started.requests.map((r) => new URL(r.url, "http://x").searchParams);
    expect(started.requests[0]!.url).toBe(`/envs?${new URLSearchParams({ api_key: key })}`);
    expect(sent[1]!.getAll("api_key")).toEqual([key]);
    expect(sent[1]!.get("q")).toBe("1");
  });
  it("takes its base URL from E2B_BASE_URL when no baseUrl is given, and names it when it is bad", async () => {
    const started = await server(() => ({ status: 200, body: [] }));
    vi.stubEnv("E2B_BASE_URL", started.url);
    await createE2bClient({ apiKey: "k_from_env_test" }).envs.list();
    expect(started.requests).toHaveLength(1);
    vi.stubEnv("E2B_BASE_URL", "ftp://example.com");
    expect(() => createE2bClient({ apiKey: "k_from_env_test" })).toThrow(/E2B_BASE_URL/);
  });
  it("defaults to https://ondevbook.com", async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    await createE2bClient({ fetch }).health();
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe("https://ondevbook.com/health");
  });
  it("sends a client User-Agent and extra headers", async () => {
    const { client, requests } = await serve(() => ({ status: 200 }), { headers: { "X-Extra": "1" } });
    await client.health();
    expect(requests[0]!.headers["user-agent"]).toMatch(/^spec-clients-e2b\/\d+\.\d+\.\d+/);
    expect(requests[0]!.headers["x-extra"]).toBe("1");
  });
  it("rejects bad arguments before sending", async () => {
    const { client, requests } = await serve(() => ({ status: 204 }));
    await expect(client.sessions.delete("")).rejects.toBeInstanceOf(ValidationError);
    await expect(client.sessions.create({ codeSnippetID: " " })).rejects.toThrow(
      /codeSnippetID must be a non-empty id/,
    );
    expect(() => client.sessions.keepAlive("")).toThrow(ValidationError);
    expect(requests).toHaveLength(0);
  });
  it("rejects invalid options with a ConfigurationError", () => {
    expect(() => createE2bClient({ baseUrl: "ondevbook.com" })).toThrow(ConfigurationError);
    expect(() => createE2bClient({ retry: { attempts: 1.5 } })).toThrow(/retry.attempts/);
  });
});

describe("retrying session creation", () => {
  it("does not repeat a create after an ambiguous 503", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 503, body: { code: 503, message: "x" } } : { status: 201, body: SESSION },
    );
    await expect(client.sessions.create({ codeSnippetID: "c1" })).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
  it("does not repeat a create after a reset connection", async () => {
    const { client, requests } = await serve((_, i) => (i === 0 ? "reset" : { status: 201, body: SESSION }));
    await expect(client.sessions.create({ codeSnippetID: "c1" })).rejects.toBeInstanceOf(ConnectionError);
    expect(requests).toHaveLength(1);
  });
  it("repeats a create after a 429, which was not processed", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 429, headers: { "retry-after": "0" } } : { status: 201, body: SESSION },
    );
    expect((await client.sessions.create({ codeSnippetID: "c1" })).sessionID).toBe("s1");
    expect(requests).toHaveLength(2);
  });
  it("repeats after an ambiguous failure when the caller opts in", async () => {
    const { client, requests } = await serve((_, i) => (i === 0 ? { status: 503 } : { status: 201, body: SESSION }));
    expect((await client.sessions.create({ codeSnippetID: "c1" }, { retryAmbiguous: true })).sessionID).toBe("s1");
    expect(requests).toHaveLength(2);
  });
  it("retries idempotent calls (list, delete, refresh) after a 503", async () => {
    const { client, requests } = await serve((req, i) =>
      i % 2 === 0
        ? { status: 503 }
        : { status: req.method === "GET" ? 200 : 204, body: req.method === "GET" ? [] : undefined },
    );
    await client.sessions.list();
    await client.sessions.delete("s1");
    await client.sessions.refresh("s1");
    expect(requests.map((r) => r.method)).toEqual(["GET", "GET", "DELETE", "DELETE", "POST", "POST"]);
  });
});
