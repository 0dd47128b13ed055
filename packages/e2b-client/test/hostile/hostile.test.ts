// e2b against loopback servers that misbehave on purpose: the key in redirects, bad ids, non-idempotent
// creates, and keep-alive against a hanging server. Runs on both transports (see vitest.config.ts).
import { elapsed, SLACK_MS } from "../../../../scripts/testing/timing.js";
import { describe, expect, it, vi } from "vitest";
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import {
  ConfigurationError,
  ConnectionError,
  createE2bClient,
  RedirectError,
  TimeoutError,
  ValidationError,
} from "../../src/index.js";

const KEY = "e2b_SECRET_0123456789abcdef";
const SESSION = { codeSnippetID: "c1", editEnabled: false, sessionID: "s1", clientID: "h1" };
const { server, serve } = faultClients(createE2bClient, {
  apiKey: KEY,
  retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
});

describe("the api_key query parameter", () => {
  it("never follows a redirect that keeps it in the query to another origin", async () => {
    const elsewhere = await server(() => ({ status: 200, body: [] }));
    const { client } = await serve((req) => ({ status: 307, headers: { location: `${elsewhere.url}${req.url}` } }));
    const error = await client.sessions.list().catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(RedirectError);
    expect(elsewhere.requests).toHaveLength(0);
    expect(JSON.stringify(error) + String(error)).not.toContain(KEY);
  });
  it("is sent once, not twice, after a same-origin redirect whose Location echoes it", async () => {
    const { client, requests } = await serve((req) =>
      req.url.startsWith("/sessions?")
        ? { status: 308, headers: { location: `/v2${req.url}` } }
        : { status: 200, body: [] },
    );
    await client.sessions.list();
    expect(new URL(requests[1]!.url, "http://x").searchParams.getAll("api_key")).toEqual([KEY]);
  });
  it("counts a redirect to the same URL without it as a loop, and does not follow it", async () => {
    const { client, requests } = await serve(() => ({ status: 307, headers: { location: "/sessions" } }));
    await expect(client.sessions.list()).rejects.toThrow(/it loops/);
    expect(requests).toHaveLength(1);
  });
  it("keeps plain http to a remote host refused only when a key is configured", () => {
    expect(() => createE2bClient({ apiKey: KEY, baseUrl: "http://e2b.example.com" })).toThrow(ConfigurationError);
    expect(() => createE2bClient({ baseUrl: "http://e2b.example.com" })).not.toThrow();
  });
});

describe("bad ids never make a wrong request", () => {
  it.each([".", ".."])("sessions.delete(%j) and envs.setState(%j) send nothing", async (id) => {
    const { client, requests } = await serve(() => ({ status: 204 }));
    await expect(client.sessions.delete(id)).rejects.toBeInstanceOf(ValidationError);
    await expect(client.envs.setState(id, "Done")).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

describe("sessions.create is not repeated after an ambiguous failure", () => {
  it("a reset mid-body is one ConnectionError, one request", async () => {
    const { client, requests } = await serve(() => ({ status: 201, body: SESSION, cut: "reset" }));
    const error = await client.sessions.create({ codeSnippetID: "c1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(requests).toHaveLength(1);
  });
  it("a bad keep-alive interval is refused before the session is created", async () => {
    const { client, requests } = await serve(() => ({ status: 201, body: SESSION }));
    await expect(client.sessions.open({ codeSnippetID: "c1" }, { intervalMs: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(requests).toHaveLength(0);
  });
});

describe("keepAlive against a hanging server", () => {
  it("reports a hanging refresh within its interval, not after every retry's timeout", async () => {
    const { client } = await serve(() => "hang", {
      timeoutMs: 10_000,
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const first = new Promise<unknown>((resolve, reject) => {
      const alive = client.sessions.keepAlive("s1", {
        intervalMs: 300,
        onError: (e) => (reject(e), void alive.stop()),
      });
    });
    const { ms, error } = await elapsed(first);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(300 + SLACK_MS);
  });
  it("retries a hung refresh attempt within the interval, so one hang costs no error", async () => {
    const { client, requests } = await serve((_, i) => (i === 0 ? "hang" : { status: 204 }), {
      timeoutMs: 10_000,
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const errors: unknown[] = [];
    const alive = client.sessions.keepAlive("s1", { intervalMs: 1_000, onError: (e) => errors.push(e) });
    await new Promise((r) => setTimeout(r, 1_300));
    await alive.stop();
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(2);
  });
  it("close() returns promptly while a refresh hangs in its body", async () => {
    const lines: string[] = [];
    const at = (message: string) => void lines.push(message);
    const { client } = await serve(
      (req) =>
        req.method === "POST" && req.url.startsWith("/sessions?")
          ? { status: 201, body: SESSION }
          : req.url.includes("/refresh")
            ? // Headers and half the body, then nothing: a stall inside the body, not before it.
              { status: 200, body: { padding: "x".repeat(4_096) }, cut: "stall" }
            : { status: 204 },
      { logger: { debug: at, info: at, warn: at, error: at }, logLevel: "debug" },
    );
    const session = await client.sessions.open({ codeSnippetID: "c1" }, { intervalMs: 5_000 });
    await vi.waitFor(() => expect(lines.some((line) => /\/refresh answered 200/.test(line))).toBe(true));
    const { ms, error } = await elapsed(session.close());
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(SLACK_MS);
  });
});
