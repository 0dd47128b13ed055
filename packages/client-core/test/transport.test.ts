import { describe, expect, it, vi } from "vitest";
import {
  AbortError,
  ConnectionError,
  createTransport,
  fetchTransport,
  RedirectError,
  resolveRetry,
  responseMeta,
  TimeoutError,
  type TransportOptions,
  ValidationError,
} from "../src/index.js";
import { LightRequest } from "../src/transport/request.js";
import { elapsed, SLACK_MS } from "../../../scripts/testing/timing.js";

type Answer = Response | Error | "hang";
/** A fetch that plays the given answers in order and records what it was sent. */
function script(...answers: Answer[]) {
  const sent: { url: string; method: string; body: string; key: string | null }[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    sent.push({
      url: String(input),
      method: init?.method ?? "GET",
      body: init?.body ? new TextDecoder().decode(init.body as ArrayBuffer) : "",
      key: headers.get("idempotency-key"),
    });
    const answer = answers.shift() ?? new Response("{}");
    if (answer === "hang")
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}
const transport = (fetch: typeof globalThis.fetch, extra: Partial<TransportOptions> = {}) =>
  createTransport({
    transport: fetchTransport(fetch),
    origin: "http://x",
    timeoutMs: 1_000,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 60_000 },
    redact: (t) => t,
    ...extra,
  });
const netError = (code: string) =>
  Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(code), { code }) });

describe("createTransport", () => {
  it.each(["http://x.evil/a", "http://x:8080/a", "https://x/a", "http://evil/x/a"])(
    "refuses %s, which is not the client's origin, before sending anything",
    async (url) => {
      const { fetch, sent } = script();
      const error = await transport(fetch)(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(
        /not the client's origin http:\/\/x: credentials go to the configured origin only/,
      );
      expect(sent).toEqual([]);
    },
  );
  it.each(["http://x/a", "HTTP://X/a", "http://x:80/a"])("sends %s, which is the client's origin", async (url) => {
    const { fetch, sent } = script();
    // A LightRequest keeps the URL as openapi-fetch wrote it from the baseUrl, capitals and default port included.
    await transport(fetch)(new LightRequest(url, { headers: new Headers(), callSettings: {} }) as unknown as Request);
    expect(sent.map((s) => s.url)).toEqual(["http://x/a"]);
  });
  it("retries a 503 GET and records the attempts", async () => {
    const { fetch, sent } = script(new Response("", { status: 503 }), new Response("ok"));
    const response = await transport(fetch)("http://x/a");
    expect(await response.text()).toBe("ok");
    expect(sent).toHaveLength(2);
    expect(responseMeta(response)).toMatchObject({ method: "GET", path: "/a", attempts: 2 });
  });
  it("replays the same body on every attempt", async () => {
    const { fetch, sent } = script(new Response("", { status: 502 }), new Response("ok"));
    await transport(fetch)(new Request("http://x/a", { method: "PUT", body: '{"a":1}' }));
    expect(sent.map((s) => s.body)).toEqual(['{"a":1}', '{"a":1}']);
  });
  it("does not repeat a POST without Idempotency-Key after a 503", async () => {
    const { fetch, sent } = script(new Response("", { status: 503 }));
    expect((await transport(fetch)(new Request("http://x/a", { method: "POST" }))).status).toBe(503);
    expect(sent).toHaveLength(1);
  });
  it("repeats a POST with an Idempotency-Key, keeping the key", async () => {
    const { fetch, sent } = script(new Response("", { status: 503 }), new Response("ok"));
    await transport(fetch)(new Request("http://x/a", { method: "POST", headers: { "Idempotency-Key": "k1" } }));
    expect(sent.map((s) => s.key)).toEqual(["k1", "k1"]);
  });
  it("repeats a POST after a refused connection, which was never sent", async () => {
    const { fetch, sent } = script(netError("ECONNREFUSED"), new Response("ok"));
    await transport(fetch)(new Request("http://x/a", { method: "POST" }));
    expect(sent).toHaveLength(2);
  });
  it("does not repeat a POST after a reset, which may have been processed", async () => {
    const { fetch } = script(netError("ECONNRESET"));
    await expect(transport(fetch)(new Request("http://x/a", { method: "POST" }))).rejects.toBeInstanceOf(
      ConnectionError,
    );
  });
  it("follows the retryable override header both ways", async () => {
    const no = script(new Response("", { status: 503, headers: { "x-retry": "false" } }));
    expect((await transport(no.fetch, { retryableHeader: "x-retry" })("http://x/a")).status).toBe(503);
    expect(no.sent).toHaveLength(1);
    const yes = script(new Response("", { status: 409, headers: { "x-retry": "true" } }), new Response("ok"));
    expect((await transport(yes.fetch, { retryableHeader: "x-retry" })("http://x/a")).status).toBe(200);
  });
  it("times out a hanging attempt and retries it; the last timeout is a TimeoutError", async () => {
    const { fetch, sent } = script("hang", "hang", "hang");
    const { ms, error } = await elapsed(transport(fetch, { timeoutMs: 20 })("http://x/a"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(sent).toHaveLength(3);
    expect(ms).toBeLessThan(3 * 20 + SLACK_MS);
  });
  it("honours a per-call timeout carried on the request", async () => {
    const { fetch } = script("hang");
    const request = Object.assign(new Request("http://x/a"), { callSettings: { timeoutMs: 10 } });
    await expect(transport(fetch, { timeoutMs: 60_000, retry: false })(request)).rejects.toThrow(
      /timed out after 10 ms/,
    );
  });
  it("stops with AbortError when the caller aborts", async () => {
    const { fetch } = script("hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await expect(transport(fetch)(new Request("http://x/a", { signal: controller.signal }))).rejects.toBeInstanceOf(
      AbortError,
    );
  });
  it("lets authorize change the URL after the request was built", async () => {
    const { fetch, sent } = script(new Response("ok"));
    await transport(fetch, { authorize: (url) => url.searchParams.set("api_key", "k") })("http://x/a?b=1");
    expect(sent[0]!.url).toBe("http://x/a?b=1&api_key=k");
  });
  it("shows the request URL, never the one the credentials were added to", async () => {
    const upstream = new Response("body");
    Object.defineProperty(upstream, "url", { value: "http://x/a?api_key=secret", configurable: true });
    const { fetch } = script(upstream);
    const response = await transport(fetch, { authorize: (url) => url.searchParams.set("api_key", "secret") })(
      "http://x/a",
    );
    expect(response.url).toBe("http://x/a");
    expect(await response.text()).toBe("body");
  });
  it("adds one Idempotency-Key per POST call when asked, and keeps the caller's", async () => {
    const { fetch, sent } = script(new Response("", { status: 503 }), new Response("ok"), new Response("ok"));
    const send = transport(fetch, { idempotencyKeys: true });
    await send(new Request("http://x/a", { method: "POST" }));
    await send(new Request("http://x/a", { method: "POST", headers: { "Idempotency-Key": "mine" } }));
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[2]!.key).toBe("mine");
  });
  it("redacts the cause of a network error", async () => {
    const { fetch } = script(
      Object.assign(new TypeError("fetch failed"), { cause: new Error("connect to http://x/?api_key=zzz failed") }),
    );
    const error = (await transport(fetch, { retry: false, redact: (t) => t.replace("zzz", "***") })("http://x/").catch(
      (e: unknown) => e,
    )) as ConnectionError;
    expect(String(error.cause)).toContain("api_key=***");
    expect(JSON.stringify(error) + String(error.cause) + error.message).not.toContain("zzz");
  });
  it("refuses a redirect a browser hides (opaqueredirect) with a RedirectError", async () => {
    const hidden = Object.defineProperty(new Response(null, { status: 200 }), "type", { value: "opaqueredirect" });
    const { fetch } = script(hidden);
    await expect(transport(fetch)("http://x/a")).rejects.toBeInstanceOf(RedirectError);
  });
  it("sends every request with redirect: manual", async () => {
    const seen: RequestInit[] = [];
    const fetch = (async (_: unknown, init: RequestInit) => (
      seen.push(init),
      new Response("ok")
    )) as typeof globalThis.fetch;
    await transport(fetch)("http://x/a");
    expect(seen[0]!.redirect).toBe("manual");
  });
});

describe("the default maxRetryAfterMs of 60 s", () => {
  const policy = resolveRetry({ attempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, {});
  const limited = (seconds: string) => new Response("{}", { status: 429, headers: { "retry-after": seconds } });
  it("waits out a Retry-After of 60 s, then retries", async () => {
    vi.useFakeTimers();
    try {
      const { fetch, sent } = script(limited("60"), new Response("{}"));
      let status: number | undefined;
      const call = transport(fetch, { retry: policy, timeoutMs: 120_000 })("http://x/a").then(
        (r) => (status = r.status),
      );
      await vi.advanceTimersByTimeAsync(59_999);
      expect([sent.length, status]).toEqual([1, undefined]);
      await vi.advanceTimersByTimeAsync(1);
      await call;
      expect([sent.length, status]).toEqual([2, 200]);
    } finally {
      vi.useRealTimers();
    }
  });
  it("hands a Retry-After of 61 s back at once, without sleeping", async () => {
    vi.useFakeTimers();
    try {
      const { fetch, sent } = script(limited("61"), new Response("{}"));
      const response = await transport(fetch, { retry: policy })("http://x/a");
      expect([response.status, sent.length, vi.getTimerCount()]).toEqual([429, 1, 0]);
    } finally {
      vi.useRealTimers();
    }
  });
});
