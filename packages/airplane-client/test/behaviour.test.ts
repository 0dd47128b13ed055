import { describe, expect, it, vi } from "vitest";
import { faultClients } from "../../../scripts/testing/fault-clients.js";
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  createAirplaneClient,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from "../src/index.js";

import { KEY, RUN } from "./fixtures.js";

const { server, serve } = faultClients(createAirplaneClient, {
  apiKey: KEY,
  retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
});

describe("retries", () => {
  it("retries a 429 and waits at least Retry-After", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0
        ? { status: 429, headers: { "retry-after": "1" }, body: { error: "slow down" } }
        : { status: 200, body: RUN },
    );
    const started = Date.now();
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
  it("accepts Retry-After as an HTTP date", async () => {
    const when = new Date(Date.now() + 1500).toUTCString();
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 429, headers: { "retry-after": when } } : { status: 200, body: RUN },
    );
    const started = Date.now();
    await client.runs.get("run1");
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });
  it("retries a 503 and a reset connection", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 503, body: { error: "busy" } } : i === 1 ? "reset" : { status: 200, body: RUN },
    );
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect(requests).toHaveLength(3);
  });
  it.each([400, 401, 404, 409, 422, 501])("never retries %i", async (status) => {
    const { client, requests } = await serve(() => ({ status, body: { error: "no" } }));
    await expect(client.runs.get("run1")).rejects.toMatchObject({ status, attempts: 1 });
    expect(requests).toHaveLength(1);
  });
  it("obeys X-Airplane-Retryable both ways", async () => {
    const never = await serve(() => ({
      status: 503,
      headers: { "x-airplane-retryable": "false" },
      body: { error: "x" },
    }));
    await expect(never.client.runs.get("run1")).rejects.toBeInstanceOf(InternalServerError);
    expect(never.requests).toHaveLength(1);
    const always = await serve((_, i) =>
      i === 0
        ? { status: 400, headers: { "x-airplane-retryable": "true" }, body: { error: "x" } }
        : { status: 200, body: RUN },
    );
    await always.client.runs.get("run1");
    expect(always.requests).toHaveLength(2);
  });
  it("stops after the attempt cap and reports the attempts", async () => {
    const { client, requests } = await serve(() => ({ status: 500, body: { error: "down", code: "internal" } }));
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(4);
    expect(requests).toHaveLength(4);
  });
  it("retry: false sends once", async () => {
    const { client, requests } = await serve(() => ({ status: 503 }), { retry: false });
    await expect(client.runs.get("run1")).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
  it("keeps one Idempotency-Key across the retries of a POST, a new one per call", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 503 } : { status: 200, body: { runID: "r" } },
    );
    await client.tasks.execute({ slug: "refund_order" });
    await client.tasks.execute({ slug: "refund_order" });
    const keys = requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(JSON.parse(requests[1]!.body)).toEqual({ slug: "refund_order" });
  });
  it("lets the caller choose the Idempotency-Key", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { runID: "r" } }));
    await client.tasks.execute({ slug: "a" }, { idempotencyKey: "my-key" });
    expect(requests[0]!.headers["idempotency-key"]).toBe("my-key");
  });
});

describe("timeouts and abort", () => {
  it("times out a hanging attempt with TimeoutError", async () => {
    const { client } = await serve(() => "hang", { retry: false, timeoutMs: 100 });
    await expect(client.runs.get("run1")).rejects.toBeInstanceOf(TimeoutError);
  });
  it("a per-call timeoutMs overrides the client's", async () => {
    const { client } = await serve(() => "hang", { retry: false, timeoutMs: 60_000 });
    await expect(client.runs.get("run1", { timeoutMs: 50 })).rejects.toThrow(/timed out after 50 ms/);
  });
  it("aborts a request in flight at once", async () => {
    const { client } = await serve(() => "hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(client.runs.get("run1", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
  it("aborts during a backoff sleep", async () => {
    const controller = new AbortController();
    const { client, requests } = await serve(() => {
      // Abort once the client is waiting out the 30 s Retry-After of this answer.
      setTimeout(() => controller.abort(), 50);
      return { status: 429, headers: { "retry-after": "30" } };
    });
    const started = Date.now();
    await expect(client.runs.get("run1", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(requests).toHaveLength(1);
  });
  it("reports a refused connection as ConnectionError after retrying", async () => {
    const { client, close } = await serve(() => ({ status: 200 }));
    await close();
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(4);
  });
});

describe("headers and configuration", () => {
  it("sends the key, team, env and client headers", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: RUN }), {
      teamID: "tea1",
      envSlug: "prod",
      envID: "env1",
      headers: { "X-Extra": "1" },
    });
    await client.runs.get("run1", { headers: { "X-Call": "2" } });
    expect(requests[0]!.headers).toMatchObject({
      "x-airplane-api-key": KEY,
      "x-team-id": "tea1",
      "x-airplane-env-slug": "prod",
      "x-airplane-env-id": "env1",
      "x-extra": "1",
      "x-call": "2",
    });
    expect(requests[0]!.headers["user-agent"]).toMatch(/^spec-clients-airplane\/\d+\.\d+\.\d+ node\//);
    expect(requests[0]!.headers["x-airplane-token"]).toBeUndefined();
    expect(requests[0]!.url).toBe("/runs/get?id=run1");
  });
  it("falls back to the environment for every option", async () => {
    const started = await server(() => ({ status: 200, body: RUN }));
    vi.stubEnv("AIRPLANE_TOKEN", "tok_env");
    vi.stubEnv("AIRPLANE_API_KEY", "");
    vi.stubEnv("AIRPLANE_API_HOST", started.url);
    vi.stubEnv("AIRPLANE_TEAM_ID", "tea_env");
    vi.stubEnv("AIRPLANE_ENV_SLUG", "stage");
    vi.stubEnv("AIRPLANE_ENV_ID", "env_env");
    await createAirplaneClient().runs.get("run1");
    expect(started.requests[0]!.url).toBe("/v0/runs/get?id=run1");
    expect(started.requests[0]!.headers).toMatchObject({
      "x-airplane-token": "tok_env",
      "x-team-id": "tea_env",
      "x-airplane-env-slug": "stage",
      "x-airplane-env-id": "env_env",
    });
  });
  it("prefers an explicit token over an API key from the environment", async () => {
    vi.stubEnv("AIRPLANE_API_KEY", "env-key");
    const { client, requests } = await serve(() => ({ status: 200, body: RUN }), { apiKey: undefined, token: "tok" });
    await client.runs.get("run1");
    expect(requests[0]!.headers["x-airplane-token"]).toBe("tok");
    expect(requests[0]!.headers["x-airplane-api-key"]).toBeUndefined();
  });
  it("refuses to start without credentials, naming the options and variables", () => {
    vi.stubEnv("AIRPLANE_API_KEY", "");
    vi.stubEnv("AIRPLANE_TOKEN", "");
    expect(() => createAirplaneClient()).toThrow(ConfigurationError);
    expect(() => createAirplaneClient()).toThrow(/`apiKey`.*AIRPLANE_API_KEY.*`token`.*AIRPLANE_TOKEN/);
  });
  it.each([
    [{ timeoutMs: -1 }, /timeoutMs/],
    [{ retry: { attempts: 0 } }, /retry.attempts/],
    [{ baseUrl: "api.airplane.dev" }, /baseUrl/],
  ])("rejects invalid option %j", (options, message) => {
    expect(() => createAirplaneClient({ apiKey: KEY, ...options })).toThrow(message);
  });
  it("rejects an empty id before sending anything", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: RUN }));
    await expect(client.runs.get("")).rejects.toBeInstanceOf(ValidationError);
    await expect(client.prompts.get("  ")).rejects.toThrow(/promptID must be a non-empty id/);
    expect(requests).toHaveLength(0);
  });
});

describe("what came back", () => {
  it("turns an HTML error page into a typed error that quotes it", async () => {
    const { client } = await serve(
      () => ({ status: 502, headers: { "content-type": "text/html" }, body: "<html><h1>Bad gateway</h1></html>" }),
      { retry: false },
    );
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain("text/html body: <html><h1>Bad gateway</h1></html>");
  });
  it("names an empty error body", async () => {
    const { client } = await serve(() => ({ status: 404 }));
    await expect(client.runs.get("run1")).rejects.toThrow(/GET \/runs\/get failed with 404: empty body/);
  });
  it("reads error, code, details and request id from the body", async () => {
    const { client } = await serve(() => ({
      status: 400,
      headers: { "x-request-id": "req-9" },
      body: { error: "bad param", code: "invalid_param", details: { param: "id" } },
    }));
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as BadRequestError;
    expect(error).toMatchObject({ status: 400, code: "invalid_param", details: { param: "id" }, requestId: "req-9" });
    expect(error.message).toBe("GET /runs/get failed with 400: bad param");
  });
  it("turns a 200 that is not JSON into InvalidResponseError", async () => {
    const { client } = await serve(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>login</html>",
    }));
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain("content-type text/html");
    expect(error.message).toContain("<html>login</html>");
  });
});

describe("secrets never leak", () => {
  const leaks = (error: unknown) => {
    const seen = [String(error), (error as Error).message, JSON.stringify(error), (error as Error).stack ?? ""];
    let cause = (error as Error).cause;
    while (cause) {
      seen.push(String(cause), JSON.stringify(cause), (cause as Error).stack ?? "");
      cause = (cause as Error).cause;
    }
    seen.push(...Object.values(error as object).map((v) => JSON.stringify(v)));
    return seen.some((text) => text?.includes(KEY));
  };
  it("not from an error body that echoes the key", async () => {
    const { client } = await serve(() => ({
      status: 401,
      body: { error: `key ${KEY} is revoked`, code: KEY, details: { key: KEY } },
    }));
    const error = await client.runs.get("run1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(leaks(error)).toBe(false);
    expect(String(error)).toContain("key *** is revoked");
  });
  it("not from a connection failure", async () => {
    const { client } = await serve(() => "reset", { retry: false });
    const error = await client.runs.get("run1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(leaks(error)).toBe(false);
  });
  it("not from a timeout or a 200 that is not JSON", async () => {
    const hang = await serve(() => "hang", { retry: false, timeoutMs: 50 });
    expect(leaks(await hang.client.runs.get("run1").catch((e: unknown) => e))).toBe(false);
    const html = await serve(() => ({ status: 200, body: `not json ${KEY}` }));
    const error = await html.client.runs.get("run1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(leaks(error)).toBe(false);
  });
});

describe("helpers", () => {
  it("listAll walks pages until a short one", async () => {
    const { client, requests } = await serve((req) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      return {
        status: 200,
        body: { runs: Array.from({ length: page < 2 ? 2 : 1 }, (_, i) => ({ ...RUN, id: `r${page}${i}` })) },
      };
    });
    const ids = [];
    for await (const run of client.runs.listAll({ taskSlug: "t", limit: 2 })) ids.push(run.id);
    expect(ids).toEqual(["r00", "r01", "r10", "r11", "r20"]);
    expect(requests.map((r) => r.url)).toEqual([
      "/runs/list?taskSlug=t&limit=2&page=0",
      "/runs/list?taskSlug=t&limit=2&page=1",
      "/runs/list?taskSlug=t&limit=2&page=2",
    ]);
  });
  it("wait polls until a terminal status", async () => {
    const statuses = ["Queued", "Active", "Active", "Failed"];
    const { client, requests } = await serve((_, i) => ({ status: 200, body: { ...RUN, status: statuses[i] } }));
    expect((await client.runs.wait("run1", { intervalMs: 100 })).status).toBe("Failed");
    expect(requests).toHaveLength(4);
  });
  it("tasks.run returns the run and its output", async () => {
    const { client, requests } = await serve((req) =>
      req.url.startsWith("/tasks/execute")
        ? { status: 200, body: { runID: "run1" } }
        : req.url.startsWith("/runs/getOutputs")
          ? { status: 200, body: { output: { rows: 3 } } }
          : { status: 200, body: RUN },
    );
    expect(await client.tasks.run({ slug: "t", envSlug: "prod" }, { intervalMs: 100 })).toEqual({
      run: RUN,
      output: { rows: 3 },
    });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /tasks/execute?envSlug=prod",
      "GET /runs/get?id=run1",
      "GET /runs/getOutputs?id=run1",
    ]);
  });
  it("runbooks.execute allows 30 s per attempt", async () => {
    const { client } = await serve(() => "hang", { retry: false, timeoutMs: 20 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    // With the client's 20 ms it would time out; it is still waiting when the caller aborts.
    await expect(client.runbooks.execute({ slug: "r" }, { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
  });
  it("a 404 on get is NotFoundError", async () => {
    const { client } = await serve(() => ({ status: 404, body: { error: "run not found", code: "not_found" } }));
    await expect(client.runs.get("nope")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("RateLimitError carries retryAfterMs", async () => {
    const { client } = await serve(() => ({ status: 429, headers: { "retry-after": "0" }, body: { error: "x" } }), {
      retry: false,
    });
    await expect(client.runs.get("r")).rejects.toMatchObject({ retryAfterMs: 0, constructor: RateLimitError });
  });
});
