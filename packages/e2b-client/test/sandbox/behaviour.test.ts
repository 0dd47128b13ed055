// The sandbox client's calls against a local fault server: non-idempotent retries, arguments,
// disposal, and where the key and base URL come from.
import { afterEach, describe, expect, it, vi } from "vitest";
import { startFaultServer } from "../../../../scripts/testing/fault-server.js";
import {
  ConfigurationError,
  createE2bSandboxClient,
  InternalServerError,
  ValidationError,
} from "../../src/sandbox/index.js";
import { createE2bTeamClient } from "../../src/team/index.js";
import { KEY, pathOptions } from "./helpers.js";
import { query, sandbox, serve, serveTeam } from "./fault.js";

/** Both clients of the API resolve the key and origin alike. */
const factories = [
  ["createE2bSandboxClient", createE2bSandboxClient],
  ["createE2bTeamClient", createE2bTeamClient],
] as const;

let own: Awaited<ReturnType<typeof startFaultServer>> | undefined;
afterEach(async () => {
  await own?.close();
  own = undefined;
});

describe("calls that start something are not retried after an ambiguous failure", () => {
  const failing = () =>
    serve((_req, i) =>
      i === 0 ? { status: 500, body: { code: 500, message: "boom" } } : { status: 201, body: sandbox("s1") },
    );
  it("create: one attempt on a 500", async () => {
    const { client, requests } = await failing();
    await expect(client.sandboxes.create({ templateID: "base" })).rejects.toThrow(InternalServerError);
    expect(requests).toHaveLength(1);
  });
  it("create with retryAmbiguous: retried", async () => {
    const { client, requests } = await failing();
    expect((await client.sandboxes.create({ templateID: "base" }, { retryAmbiguous: true })).sandboxID).toBe("s1");
    expect(requests).toHaveLength(2);
  });
  it("fork and createSnapshot: one attempt each on a 500", async () => {
    const { client, requests } = await serve(() => ({ status: 500, body: { code: 500, message: "boom" } }));
    await expect(client.sandboxes.fork("s1")).rejects.toThrow(InternalServerError);
    await expect(client.sandboxes.createSnapshot("s1")).rejects.toThrow(InternalServerError);
    expect(requests).toHaveLength(2);
  });
  it("startBuild and templates.create: one attempt each on a 500", async () => {
    const { client, requests } = await serveTeam(() => ({ status: 500, body: { code: 500, message: "boom" } }));
    await expect(client.templates.startBuild("t", "b", { fromImage: "node:22" })).rejects.toThrow(InternalServerError);
    await expect(client.templates.create({ name: "x" })).rejects.toThrow(InternalServerError);
    expect(requests).toHaveLength(2);
  });
  it("setTimeout, pause and connect are safe to repeat: retried", async () => {
    const { client, requests } = await serve((_req, i) =>
      i % 2 === 0
        ? { status: 503, body: { code: 503, message: "busy" } }
        : i === 5
          ? { status: 200, body: sandbox("s1") }
          : { status: 204 },
    );
    await client.sandboxes.setTimeout("s1", 60);
    expect(await client.sandboxes.pause("s1", { memory: false })).toBe(true);
    expect((await client.sandboxes.connect("s1")).sandboxID).toBe("s1");
    expect(requests.map((r) => r.url)).toEqual([
      "/sandboxes/s1/timeout",
      "/sandboxes/s1/timeout",
      "/sandboxes/s1/pause",
      "/sandboxes/s1/pause",
      "/v2/sandboxes/s1/connect",
      "/v2/sandboxes/s1/connect",
    ]);
    expect(requests[2]!.body).toBe('{"memory":false}');
  });
});

describe("arguments", () => {
  it("setTimeout takes whole seconds; ids must be ids; nothing is sent otherwise", async () => {
    const { client, requests } = await serve(() => ({ status: 204 }));
    await expect(client.sandboxes.setTimeout("s1", 1.5)).rejects.toThrow(/whole number of seconds/);
    await expect(client.sandboxes.setTimeout("s1", "900" as unknown as number)).rejects.toThrow(
      'timeoutSeconds must be a whole number of seconds from 0 to 2147483647, got the string "900".',
    );
    await expect(client.sandboxes.setTimeout("s1", -1)).rejects.toThrow(ValidationError);
    await expect(client.sandboxes.kill("..")).rejects.toThrow(ValidationError);
    await expect(client.sandboxes.create({ templateID: "" })).rejects.toThrow(/templateID/);
    expect(requests).toHaveLength(0);
  });
  it("tags: one tag or several, as the official SDK takes them; none or an empty one is a ValidationError", async () => {
    const { client, requests } = await serveTeam(() => ({ status: 201, body: { buildID: "b", tags: ["latest"] } }));
    await client.templates.assignTags("app:v2", "latest");
    await client.templates.assignTags("app:v2", ["latest", "stable"]);
    expect(requests.map((r) => JSON.parse(r.body).tags)).toEqual([["latest"], ["latest", "stable"]]);
    await expect(client.templates.removeTags("app", [])).rejects.toThrow(ValidationError);
    await expect(client.templates.assignTags("app:v2", ["ok", " "])).rejects.toThrow(/non-empty tags/);
    expect(requests).toHaveLength(2);
  });
  it("metrics sends Dates as Unix seconds", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    await client.sandboxes.metrics("s1", { start: new Date("2026-11-27T00:00:00Z") });
    expect(query(requests[0]!).get("start")).toBe(String(Date.UTC(2026, 10, 27) / 1000));
    expect(query(requests[0]!).has("end")).toBe(false);
  });
  it("an invalid Date, NaN or a negative time is a ValidationError before anything is sent", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    await expect(client.sandboxes.metrics("s1", { start: new Date("x") })).rejects.toThrow(
      new ValidationError("start must be a valid Date or Unix seconds (at least 0), got an invalid Date."),
    );
    await expect(client.sandboxes.metrics("s1", { end: Number.NaN })).rejects.toThrow(/end must be a valid Date/);
    await expect(client.sandboxes.metrics("s1", { start: -1 })).rejects.toThrow(ValidationError);
    await expect(client.sandboxes.list({ startedAfter: new Date("x") })).rejects.toThrow(
      /startedAfter must be a valid Date or an RFC 3339 string/,
    );
    expect(requests).toHaveLength(0);
  });
  it('a metadata filter value that is not a string is a ValidationError, not the filter "null"', async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    const metadata = { env: null } as unknown as Record<string, string>;
    await expect(client.sandboxes.list({ metadata })).rejects.toThrow(
      new ValidationError('metadata["env"] must be a string, got null.'),
    );
    expect(requests).toHaveLength(0);
  });
});

describe("sandboxes.open", () => {
  it("kills the sandbox on `await using` disposal", async () => {
    const { client, requests } = await serve((req) =>
      req.method === "POST" ? { status: 201, body: sandbox("s9") } : { status: 204 },
    );
    {
      await using opened = await client.sandboxes.open({ templateID: "base" });
      expect(opened.sandboxID).toBe("s9");
    }
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /v2/sandboxes", "DELETE /sandboxes/s9"]);
  });
  it("disposal of a sandbox that is already gone is quiet; kill() says so", async () => {
    const { client } = await serve((req) =>
      req.method === "POST"
        ? { status: 201, body: sandbox("s9") }
        : { status: 404, body: { code: 404, message: "gone" } },
    );
    const opened = await client.sandboxes.open({ templateID: "base" });
    expect(await opened.kill()).toBe(false);
    await expect(opened[Symbol.asyncDispose]()).resolves.toBeUndefined();
  });
});

describe("options and environment", () => {
  it("sends the key in X-API-Key, never in the URL", async () => {
    const { client, requests } = await serveTeam(() => ({ status: 200, body: [] }));
    await client.teams.list();
    expect(requests[0]!.headers["x-api-key"]).toBe(KEY);
    expect(requests[0]!.url).not.toContain(KEY);
  });
  it.each(factories)("without a key (option or E2B_API_KEY) %s fails, naming both", (_name, create) => {
    vi.stubEnv("E2B_API_KEY", "");
    expect(() => create()).toThrow(ConfigurationError);
    expect(() => create()).toThrow(/`apiKey`.*E2B_API_KEY/);
  });
  it.each(factories)("%s reads E2B_API_KEY and E2B_API_URL", async (_name, create) => {
    own = await startFaultServer(() => ({ status: 200 }));
    vi.stubEnv("E2B_API_KEY", KEY);
    vi.stubEnv("E2B_API_URL", own.url);
    await create({ ...pathOptions() }).health();
    expect(own.requests[0]!.headers["x-api-key"]).toBe(KEY);
  });
  it("builds https://api.<E2B_DOMAIN>, and refuses a domain with a scheme or path", async () => {
    vi.stubEnv("E2B_DOMAIN", "e2b-staging.dev");
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL) => (
      seen.push(String(input instanceof Request ? input.url : input)),
      new Response(null, { status: 200 })
    );
    await createE2bSandboxClient({ apiKey: KEY, fetch }).health();
    expect(seen).toEqual(["https://api.e2b-staging.dev/health"]);
    vi.stubEnv("E2B_DOMAIN", "https://evil.test/x");
    expect(() => createE2bSandboxClient({ apiKey: KEY })).toThrow(/E2B_DOMAIN must be a domain name/);
  });
  it("the baseUrl option wins over E2B_API_URL and E2B_DOMAIN; the default is https://api.e2b.app", async () => {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL) => (
      seen.push(String(input instanceof Request ? input.url : input)),
      new Response(null, { status: 200 })
    );
    vi.stubEnv("E2B_API_URL", "");
    vi.stubEnv("E2B_DOMAIN", "");
    await createE2bSandboxClient({ apiKey: KEY, fetch }).health();
    vi.stubEnv("E2B_API_URL", "https://api.elsewhere.test");
    await createE2bSandboxClient({ apiKey: KEY, fetch, baseUrl: "https://api.mine.test" }).health();
    expect(seen).toEqual(["https://api.e2b.app/health", "https://api.mine.test/health"]);
  });
});
