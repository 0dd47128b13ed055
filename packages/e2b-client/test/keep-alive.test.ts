import { pathOptions } from "../../../scripts/testing/path.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startFaultServer } from "../../../scripts/testing/fault-server.js";
import { createE2bClient } from "../src/index.js";

const SESSION = { codeSnippetID: "c1", editEnabled: false, sessionID: "s1", clientID: "h1" };

/** A fetch stub whose answers the test queues, recording each call. */
function stubFetch(answer: (url: URL, init: RequestInit) => Promise<Response> | Response) {
  const calls: { method: string; path: string }[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push({ method: init?.method ?? "GET", path: url.pathname });
    return answer(url, init ?? {});
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}
const status = (code: number, body?: unknown) =>
  new Response(body === undefined || code === 204 ? null : JSON.stringify(body), {
    status: code,
    headers: { "content-type": "application/json" },
  });
const client = (fetch: typeof globalThis.fetch) =>
  createE2bClient({ apiKey: "k", baseUrl: "https://e2b.test", fetch, retry: false });
const refreshes = (calls: { path: string }[]) => calls.filter((c) => c.path.endsWith("/refresh")).length;

describe("keepAlive with fake timers", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("refreshes at once and then every intervalMs", async () => {
    const { fetch, calls } = stubFetch(() => status(204));
    const alive = client(fetch).sessions.keepAlive("s1", { intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(refreshes(calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(refreshes(calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(refreshes(calls)).toBe(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(refreshes(calls)).toBe(5);
    expect(calls[0]).toEqual({ method: "POST", path: "/sessions/s1/refresh" });
    expect(await alive.stop()).toEqual({ reason: "stopped" });
  });

  it("defaults to 5 s, like the official SDK", async () => {
    const { fetch, calls } = stubFetch(() => status(204));
    const alive = client(fetch).sessions.keepAlive("s1");
    await vi.advanceTimersByTimeAsync(4_999);
    expect(refreshes(calls)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(refreshes(calls)).toBe(2);
    await alive.stop();
  });

  it("never has two refreshes in flight", async () => {
    let release: () => void = () => undefined;
    const { fetch, calls } = stubFetch(
      () => new Promise<Response>((resolve) => (release = () => resolve(status(204)))),
    );
    const alive = client(fetch).sessions.keepAlive("s1", { intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(5_000); // the client's 10 s attempt timeout has not fired yet
    expect(refreshes(calls)).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(refreshes(calls)).toBe(2);
    release();
    await alive.stop();
  });

  it("survives transient failures and reports them", async () => {
    const answers = [503, 429, 204];
    const { fetch, calls } = stubFetch(() => status(answers.shift() ?? 204, { code: 503, message: "busy" }));
    const onError = vi.fn();
    const alive = client(fetch).sessions.keepAlive("s1", { intervalMs: 100, onError });
    await vi.advanceTimersByTimeAsync(250);
    expect(refreshes(calls)).toBe(3);
    expect(onError.mock.calls.map(([e]) => (e as { status: number }).status)).toEqual([503, 429]);
    await alive.stop();
  });

  it("ends as failed, with the callback's error, when onError throws; done still resolves", async () => {
    const { fetch, calls } = stubFetch(() => status(503, { code: 503, message: "busy" }));
    const thrown = new Error("the callback broke");
    const alive = client(fetch).sessions.keepAlive("s1", {
      intervalMs: 100,
      onError: () => {
        throw thrown;
      },
    });
    await expect(alive.done).resolves.toEqual({ reason: "failed", error: thrown });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refreshes(calls)).toBe(1);
  });

  it("stops and reports the session as gone on 404", async () => {
    const { fetch, calls } = stubFetch(() => status(404, { code: 404, message: "session s1 not found" }));
    const alive = client(fetch).sessions.keepAlive("s1", { intervalMs: 100 });
    const end = await alive.done;
    expect(end.reason).toBe("gone");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refreshes(calls)).toBe(1);
  });

  it("stops on a fatal error (401) instead of hammering", async () => {
    const { fetch } = stubFetch(() => status(401, { code: 401, message: "invalid API key" }));
    const end = await client(fetch).sessions.keepAlive("s1", { intervalMs: 100 }).done;
    expect(end).toMatchObject({ reason: "failed", error: { status: 401 } });
  });

  it("stops when the caller's signal aborts, even mid-refresh", async () => {
    const { fetch, calls } = stubFetch(
      (_, init) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
        ),
    );
    const controller = new AbortController();
    const alive = client(fetch).sessions.keepAlive("s1", { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await alive.done).toEqual({ reason: "aborted" });
    expect(refreshes(calls)).toBe(1);
  });

  it("disposing an opened session stops refreshing and deletes it", async () => {
    const { fetch, calls } = stubFetch((url, init) =>
      init.method === "POST" && url.pathname === "/sessions" ? status(201, SESSION) : status(204),
    );
    const e2b = client(fetch);
    {
      await using session = await e2b.sessions.open({ codeSnippetID: "c1" }, { intervalMs: 100 });
      expect(session.sessionID).toBe("s1");
      await vi.advanceTimersByTimeAsync(250);
    }
    const after = calls.length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.length).toBe(after);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /sessions",
      "POST /sessions/s1/refresh",
      "POST /sessions/s1/refresh",
      "POST /sessions/s1/refresh",
      "DELETE /sessions/s1",
    ]);
  });
});

describe("keepAlive against a local server", () => {
  it("refreshes, survives a 500, and ends when the server says the session is gone", async () => {
    const server = await startFaultServer((req, i) =>
      i === 1
        ? { status: 500, body: { code: 500, message: "oops" } }
        : i < 3
          ? { status: 204 }
          : { status: 404, body: { code: 404, message: "gone" } },
    );
    try {
      const e2b = createE2bClient({ apiKey: "k", baseUrl: server.url, retry: false, ...pathOptions() });
      const errors: unknown[] = [];
      // Each refresh must end within the interval: give it room on a loaded machine.
      const end = await e2b.sessions.keepAlive("s1", { intervalMs: 1_000, onError: (e) => errors.push(e) }).done;
      expect(end.reason).toBe("gone");
      expect(errors).toHaveLength(1);
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
        Array(4).fill("POST /sessions/s1/refresh?api_key=k"),
      );
    } finally {
      await server.close();
    }
  });
  it("close() of an opened session deletes it on the server", async () => {
    const server = await startFaultServer((req) =>
      req.url.startsWith("/sessions?") ? { status: 201, body: SESSION } : { status: 204 },
    );
    try {
      const e2b = createE2bClient({ apiKey: "k", baseUrl: server.url, ...pathOptions() });
      const session = await e2b.sessions.open({ codeSnippetID: "c1" }, { intervalMs: 100 });
      const refreshed = () => server.requests.filter((r) => r.url.includes("/refresh")).length;
      await expect.poll(refreshed, { timeout: 10_000, interval: 10 }).toBeGreaterThanOrEqual(2);
      await session.close();
      const methods = server.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`);
      expect(methods[0]).toBe("POST /sessions");
      expect(methods.at(-1)).toBe("DELETE /sessions/s1");
      expect(methods.filter((m) => m.endsWith("/refresh")).length).toBeGreaterThanOrEqual(2);
    } finally {
      await server.close();
    }
  });
});
