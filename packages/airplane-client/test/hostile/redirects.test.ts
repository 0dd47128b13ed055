import { describe, expect, it } from "vitest";
import { ConfigurationError, createAirplaneClient, RedirectError, ValidationError } from "../../src/index.js";
import { failure, KEY, RUN, serve, server } from "./serve.js";

describe("redirects: credentials never leave the configured origin", () => {
  it.each([301, 302, 303, 307, 308])(
    "a %i to another origin is a RedirectError; nothing reaches it",
    async (status) => {
      const elsewhere = await server(() => ({ status: 200, body: RUN }));
      const { client } = await serve(() => ({ status, headers: { location: `${elsewhere.url}/v0/runs/get?id=run1` } }));
      const error = await failure(client.runs.get("run1"));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status, targetOrigin: elsewhere.url, method: "GET", path: "/runs/get" });
      expect(error.message).toContain(elsewhere.url);
      expect(elsewhere.requests).toHaveLength(0);
    },
  );
  it("a 307 to another origin on a POST sends neither the key nor the Idempotency-Key there", async () => {
    const elsewhere = await server(() => ({ status: 200, body: { runID: "run1" } }));
    const { client, requests } = await serve(() => ({ status: 307, headers: { location: `${elsewhere.url}/x` } }));
    await expect(client.tasks.execute({ slug: "t" })).rejects.toBeInstanceOf(RedirectError);
    expect(requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });
  it("a same-origin 307 on a POST is followed with the same method, body and headers", async () => {
    const { client, requests } = await serve((req) =>
      req.url === "/runs/cancel" ? { status: 307, headers: { location: "/moved/cancel" } } : { status: 200, body: {} },
    );
    await client.runs.cancel("run1");
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /runs/cancel", "POST /moved/cancel"]);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    expect(requests[1]!.headers["x-airplane-api-key"]).toBe(KEY);
    expect(requests[1]!.headers["idempotency-key"]).toBe(requests[0]!.headers["idempotency-key"]);
  });
  it("a same-origin 307 on a POST is followed with the body intact when middleware sees real Requests", async () => {
    const seen: string[] = [];
    const middleware = [{ onRequest: ({ request }: { request: Request }) => void seen.push(request.method) }];
    const { client, requests } = await serve(
      (req) =>
        req.url === "/runs/cancel"
          ? { status: 307, headers: { location: "/moved/cancel" } }
          : { status: 200, body: {} },
      { middleware },
    );
    await client.runs.cancel("run1");
    expect(seen).toEqual(["POST"]);
    expect(requests.map((r) => r.body)).toEqual(['{"runID":"run1"}', '{"runID":"run1"}']);
  });
  it.each([301, 302, 303])("a same-origin %i on a POST is refused, not turned into a GET", async (status) => {
    const { client, requests } = await serve(() => ({ status, headers: { location: "/elsewhere" } }));
    const error = await failure(client.runs.cancel("run1"));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toMatch(/resend the POST as a GET/);
    expect(requests).toHaveLength(1);
  });
  it("a same-origin 301 on a GET is followed", async () => {
    const { client, requests } = await serve((req) =>
      req.url.startsWith("/runs/get")
        ? { status: 301, headers: { location: "/v1/runs/get?id=run1" } }
        : { status: 200, body: RUN },
    );
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect(requests).toHaveLength(2);
  });
  it("a loop is a RedirectError", async () => {
    const { client } = await serve((req) => ({
      status: 307,
      headers: { location: req.url.startsWith("/a") ? "/runs/get?id=run1" : "/a" },
    }));
    await expect(client.runs.get("run1")).rejects.toThrow(/loops/);
  });
  it("more than five hops is a RedirectError", async () => {
    const { client, requests } = await serve((_, i) => ({ status: 307, headers: { location: `/hop${i}` } }));
    await expect(client.runs.get("run1")).rejects.toThrow(/over the limit/);
    expect(requests).toHaveLength(6);
  });
  it.each(["javascript:alert(1)", "file:///etc/passwd", "http://[bad"])(
    "a Location of %s is refused",
    async (location) => {
      const { client } = await serve(() => ({ status: 302, headers: { location } }));
      await expect(client.runs.get("run1")).rejects.toBeInstanceOf(RedirectError);
    },
  );
  it("a request built for another origin (openapi-fetch's per-call baseUrl) is refused before sending", async () => {
    const elsewhere = await server(() => ({ status: 200, body: RUN }));
    const { client } = await serve(() => ({ status: 200, body: RUN }));
    const call = client.GET("/runs/get", { baseUrl: elsewhere.url, params: { query: { id: "run1" } } });
    await expect(call).rejects.toBeInstanceOf(ValidationError);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe("base URLs", () => {
  it("refuses plain http to a remote host with credentials, naming allowInsecureHttp", () => {
    expect(() => createAirplaneClient({ apiKey: KEY, baseUrl: "http://api.example.com/v0" })).toThrow(
      /allowInsecureHttp: true/,
    );
  });
  it("allows plain http to loopback, and elsewhere with allowInsecureHttp", () => {
    expect(() => createAirplaneClient({ apiKey: KEY, baseUrl: "http://localhost:4010/v0" })).not.toThrow();
    expect(() => createAirplaneClient({ apiKey: KEY, baseUrl: "http://[::1]:4010" })).not.toThrow();
    const optIn = { apiKey: KEY, baseUrl: "http://api.internal/v0", allowInsecureHttp: true };
    expect(() => createAirplaneClient(optIn)).not.toThrow();
  });
  it.each([
    ["user-info", "https://me:hunter2pass@api.example.com/v0", /user-info/],
    ["a query", "https://api.example.com/v0?x=1", /query or a fragment/],
    ["a fragment", "https://api.example.com/v0#top", /query or a fragment/],
  ])("refuses a base URL with %s, never repeating a password", (_, baseUrl, why) => {
    const error = (() => {
      try {
        createAirplaneClient({ apiKey: KEY, baseUrl });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toMatch(why);
    expect(error!.message).not.toContain("hunter2pass");
  });
});
