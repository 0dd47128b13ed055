import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createBaseClient, toInit, unwrap, type BaseClientSettings } from "../src/index.js";

const SECRET = "sk_live_0123456789";
type Paths = { "/things": { post: { responses: { 200: { content: { "application/json": unknown } } } } } };

/** A client whose fetch (unless `settings` has one) answers 500 twice, then 400 with a body that echoes the secret. */
function client(middleware: Middleware[] = [], settings: Partial<BaseClientSettings> = {}) {
  let calls = 0;
  const fetch = async () =>
    ++calls < 3 ? new Response("", { status: 500 }) : Response.json({ error: `bad token ${SECRET}` }, { status: 400 });
  return createBaseClient<Paths>({
    baseUrl: "http://api.test",
    headers: {},
    timeoutMs: 1_000,
    retry: { attempts: 3, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 60_000 },
    secrets: [SECRET],
    idempotencyKeys: true,
    fetch,
    middleware,
    ...settings,
  }).client;
}
const failure = (c: ReturnType<typeof client>) =>
  unwrap<never>(c.POST("/things", toInit())).catch((error: unknown) => error as Error & Record<string, unknown>);

const replaceRequest: Middleware = { onRequest: ({ request }) => new Request(request) };
const replaceResponse: Middleware = {
  onResponse: async ({ response }) => new Response(await response.text(), response),
};

describe("errors from a client with middleware that replaces the request and the response", () => {
  it("keep the transport's method, path and attempts", async () => {
    const error = await failure(client([replaceRequest, replaceResponse]));
    expect(error).toMatchObject({ status: 400, method: "POST", path: "/things", attempts: 3 });
  });
  it("redact the secret", async () => {
    const error = await failure(client([replaceResponse]));
    expect(error.message).toBe("POST /things failed with 400: bad token ***");
  });
  it("also when the middleware is added after the client was created", async () => {
    const c = client();
    c.use(replaceResponse);
    expect((await failure(c)).message).toBe("POST /things failed with 400: bad token ***");
  });
});

it("errors of a response a middleware made up name the request and redact it", async () => {
  const madeUp: Middleware = {
    onResponse: () => Response.json({ error: `no ${SECRET}` }, { status: 404 }),
  };
  const error = await failure(client([madeUp]));
  expect(error).toMatchObject({ status: 404, method: "POST", path: "/things" });
  expect(error.message).toBe("POST /things failed with 404: no ***");
});

it("errors of a response that onError middleware makes from a network failure keep the attempts", async () => {
  const fallback: Middleware = { onError: () => Response.json({ error: `offline ${SECRET}` }, { status: 503 }) };
  const refused = Object.assign(new TypeError("fetch failed"), {
    cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
  });
  const c = client([fallback], {
    retry: { attempts: 2, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 60_000 },
    fetch: () => Promise.reject(refused),
  });
  const error = await failure(c);
  expect(error).toMatchObject({ status: 503, method: "POST", path: "/things", attempts: 2 });
  expect(error.message).toBe("POST /things failed with 503: offline ***");
});

it("middleware can clone and read a response the transport buffered", async () => {
  const logged: unknown[] = [];
  const logger: Middleware = {
    async onResponse({ response }) {
      logged.push(await response.clone().json());
    },
  };
  const c = client([logger], { fetch: async () => Response.json({ ok: 1 }) });
  expect(await unwrap(c.POST("/things", toInit()))).toEqual({ ok: 1 });
  expect(logged).toEqual([{ ok: 1 }]);
});

describe("the light request of clients without middleware", () => {
  /** What the fetch of a client receives for one POST with a body, a query, a header and a signal. */
  async function sent(middleware: Middleware[]) {
    const seen: { url: string; method: string; body: string; headers: Record<string, string> }[] = [];
    const fetch = (async (url: URL, init: RequestInit) => {
      const body = typeof init.body === "string" ? init.body : new TextDecoder().decode(init.body as ArrayBuffer);
      const headers = Object.fromEntries(new Headers(init.headers));
      delete headers["idempotency-key"];
      seen.push({ url: String(url), method: init.method!, body, headers });
      return Response.json({ ok: 1 });
    }) as unknown as typeof globalThis.fetch;
    const c = client(middleware, { fetch, headers: { "X-Team": "t1" } });
    const options = { signal: new AbortController().signal, headers: { "X-Call": "c1" } };
    await unwrap(
      c.POST("/things", { body: { a: [1, "é"] }, params: { query: { q: "x y" } }, ...toInit(options) } as never),
    );
    return seen[0];
  }
  it("sends exactly what the real Request of a client with middleware sends", async () => {
    const seenByMiddleware: unknown[] = [];
    const watcher: Middleware = { onRequest: ({ request }) => void seenByMiddleware.push(request) };
    expect(await sent([])).toEqual(await sent([watcher]));
    expect(seenByMiddleware[0]).toBeInstanceOf(Request);
  });
});
