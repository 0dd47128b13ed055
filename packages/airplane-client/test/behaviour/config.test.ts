// Headers, configuration and secrets against a fault server.
import { describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  createAirplaneClient,
  InvalidResponseError,
  TimeoutError,
  ValidationError,
} from "../../src/index.js";
import { server, serve } from "./serve.js";
import { KEY, RUN } from "../fixtures.js";

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
    const timeout = await hang.client.runs.get("run1").catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect((timeout as Error).message).toBe("GET /runs/get timed out after 50 ms (attempt 1).");
    expect(leaks(timeout)).toBe(false);
    const html = await serve(() => ({ status: 200, body: `not json ${KEY}` }));
    const error = await html.client.runs.get("run1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(leaks(error)).toBe(false);
  });
});
