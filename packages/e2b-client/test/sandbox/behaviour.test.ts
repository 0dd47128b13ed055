// The sandbox client's helpers and options against a local fault server: cursor walks, build
// waits, non-idempotent retries, disposal, and where the key and base URL come from.
import { afterEach, describe, expect, it, vi } from "vitest";
import { startFaultServer, type Reply, type SeenRequest } from "../../../../scripts/testing/fault-server.js";
import {
  AbortError,
  ConfigurationError,
  createE2bSandboxClient,
  InternalServerError,
  InvalidResponseError,
  TemplateBuildError,
  TimeoutError,
  ValidationError,
  type BuildLogEntry,
  type E2bSandboxClientOptions,
} from "../../src/sandbox/index.js";
import { KEY, pathOptions } from "./helpers.js";

let server: Awaited<ReturnType<typeof startFaultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.unstubAllEnvs();
});
async function serve(reply: (req: SeenRequest, index: number) => Reply, options: E2bSandboxClientOptions = {}) {
  server = await startFaultServer(reply);
  const client = createE2bSandboxClient({
    apiKey: KEY,
    baseUrl: server.url,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    ...pathOptions(),
    ...options,
  });
  return { client, requests: server.requests };
}

const sandbox = (id: string) => ({
  sandboxID: id,
  templateID: "base",
  clientID: "c",
  startedAt: "2026-11-27T08:00:00Z",
  endAt: "2026-11-27T08:05:00Z",
  cpuCount: 2,
  memoryMB: 512,
  diskSizeMB: 2048,
  state: "running",
  envdVersion: "0.2.4",
});
const query = (req: SeenRequest) => new URL(req.url, "http://x").searchParams;

describe("listAll over X-Next-Token", () => {
  it("walks every page, sending each token back, and ends on the page without one", async () => {
    const pages = [["a", "b"], ["c", "d"], ["e"]];
    const { client, requests } = await serve((_req, i) => ({
      status: 200,
      headers: i < 2 ? { "X-Next-Token": `t${i + 1}` } : {},
      body: pages[i]!.map(sandbox),
    }));
    const ids = [];
    for await (const s of client.sandboxes.listAll({ state: ["paused"], limit: 2 })) ids.push(s.sandboxID);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(requests.map((r) => query(r).get("nextToken"))).toEqual([null, "t1", "t2"]);
    expect(requests.every((r) => query(r).get("state") === "paused" && query(r).get("limit") === "2")).toBe(true);
  });
  it("starts at the filter's nextToken and treats an empty header as the last page", async () => {
    const { client, requests } = await serve(() => ({ status: 200, headers: { "X-Next-Token": "" }, body: [] }));
    const items = [];
    for await (const s of client.snapshots.listAll({ nextToken: "resume-here" })) items.push(s);
    expect(items).toEqual([]);
    expect(requests.map((r) => query(r).get("nextToken"))).toEqual(["resume-here"]);
  });
  it("stops with InvalidResponseError when the server hands back a token it already gave", async () => {
    const { client, requests } = await serve((_req, i) => ({
      status: 200,
      headers: { "X-Next-Token": i % 2 ? "t2" : "t1" },
      body: [{ snapshotID: `s${i}`, names: [] }],
    }));
    const seen: string[] = [];
    const walk = async () => {
      for await (const s of client.snapshots.listAll()) seen.push(s.snapshotID);
    };
    await expect(walk()).rejects.toThrow(InvalidResponseError);
    expect(requests).toHaveLength(3);
    expect(seen).toEqual(["s0", "s1", "s2"]);
  });
  it("a page that is not an array is an InvalidResponseError", async () => {
    const { client } = await serve(() => ({ status: 200, body: { sandboxes: [] } }));
    await expect(client.sandboxes.list()).rejects.toThrow(/is not an array/);
  });
  it("a limit outside 1..100 is a ValidationError before anything is sent", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    await expect(client.sandboxes.list({ limit: 101 })).rejects.toThrow(ValidationError);
    expect(() => client.snapshots.listAll({ limit: 0 })).toThrow(/limit must be an integer from 1 to 100/);
    expect(requests).toHaveLength(0);
  });
});

const entry = (message: string): BuildLogEntry => ({ timestamp: "2026-11-27T08:40:00Z", level: "info", message });
const build = (status: string, messages: string[], extra: object = {}) => ({
  status: 200,
  body: { templateID: "t", buildID: "b", status, logs: [], logEntries: messages.map(entry), ...extra },
});

describe("templates.waitForBuild", () => {
  it("returns the ready build, streaming each log entry once, in order, then reading the log's tail", async () => {
    const script = [
      build("waiting", []),
      build("building", ["1", "2"]),
      build("ready", ["3"]),
      build("ready", ["4"]),
      build("ready", []),
    ];
    const { client, requests } = await serve((_req, i) => script[i]!);
    const logs: string[] = [];
    const done = await client.templates.waitForBuild("t", "b", {
      intervalMs: 100,
      onLogs: (entries) => logs.push(...entries.map((e) => e.message)),
    });
    expect(done.status).toBe("ready");
    expect(logs).toEqual(["1", "2", "3", "4"]);
    expect(requests.map((r) => query(r).get("logsOffset"))).toEqual(["0", "0", "2", "3", "4"]);
    expect(requests[0]!.url).toMatch(/^\/templates\/t\/builds\/b\/status\?/);
  });
  it("a server that ignores logsOffset neither repeats the stream nor loops on the tail", async () => {
    const script = [build("building", ["1"]), build("building", ["1"]), build("ready", ["1", "2"])];
    const { client, requests } = await serve((_req, i) => script[Math.min(i, 2)]!);
    const logs: string[] = [];
    const done = await client.templates.waitForBuild("t", "b", {
      intervalMs: 100,
      onLogs: (entries) => logs.push(...entries.map((e) => e.message)),
    });
    expect(done.status).toBe("ready");
    expect(logs).toEqual(["1", "1", "2"]);
    expect(requests).toHaveLength(4);
  });
  it("throws TemplateBuildError with the build's reason, its key redacted, after streaming the logs", async () => {
    const reason = { message: `step 2 failed: echo ${KEY}`, step: "2", logEntries: [entry("npm ERR!")] };
    const { client } = await serve((_req, i) =>
      i === 0 ? build("error", ["x"], { reason }) : build("error", [], { reason }),
    );
    const logs: string[] = [];
    const error = await client.templates
      .waitForBuild("t", "b", { onLogs: (e) => logs.push(...e.map((l) => l.message)) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateBuildError);
    const failure = error as TemplateBuildError;
    expect(failure.message).toBe("Template build b failed at step 2: step 2 failed: echo ***");
    expect(failure.reason?.logEntries?.[0]?.message).toBe("npm ERR!");
    expect(JSON.stringify(failure.reason)).not.toContain(KEY);
    expect(failure.buildID).toBe("b");
    expect(logs).toEqual(["x"]);
  });
  it("times out with TimeoutError, even while a status read hangs", async () => {
    const { client } = await serve((_req, i) => (i === 0 ? build("building", []) : "hang"));
    const started = Date.now();
    const error = await client.templates
      .waitForBuild("t", "b", { intervalMs: 100, timeoutMs: 400 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(String(error)).toContain("waiting for build b");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
  it("stops with AbortError when the signal fires between reads", async () => {
    const { client } = await serve(() => build("building", []));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    await expect(
      client.templates.waitForBuild("t", "b", { intervalMs: 100, signal: controller.signal }),
    ).rejects.toThrow(AbortError);
  });
  it("a status outside the spec's enum ends the wait with InvalidResponseError instead of polling forever", async () => {
    const { client, requests } = await serve(() => build("queued", []));
    await expect(client.templates.waitForBuild("t", "b")).rejects.toThrow(InvalidResponseError);
    expect(requests).toHaveLength(1);
  });
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
  it("fork, createSnapshot, startBuild and templates.create: one attempt each on a 500", async () => {
    const { client, requests } = await serve(() => ({ status: 500, body: { code: 500, message: "boom" } }));
    await expect(client.sandboxes.fork("s1")).rejects.toThrow(InternalServerError);
    await expect(client.sandboxes.createSnapshot("s1")).rejects.toThrow(InternalServerError);
    await expect(client.templates.startBuild("t", "b", { fromImage: "node:22" })).rejects.toThrow(InternalServerError);
    await expect(client.templates.create({ name: "x" })).rejects.toThrow(InternalServerError);
    expect(requests).toHaveLength(4);
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
    await expect(client.sandboxes.setTimeout("s1", -1)).rejects.toThrow(ValidationError);
    await expect(client.sandboxes.kill("..")).rejects.toThrow(ValidationError);
    await expect(client.sandboxes.create({ templateID: "" })).rejects.toThrow(/templateID/);
    expect(requests).toHaveLength(0);
  });
  it("metrics sends Dates as Unix seconds", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    await client.sandboxes.metrics("s1", { start: new Date("2026-11-27T00:00:00Z") });
    expect(query(requests[0]!).get("start")).toBe(String(Date.UTC(2026, 10, 27) / 1000));
    expect(query(requests[0]!).has("end")).toBe(false);
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
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    await client.teams.list();
    expect(requests[0]!.headers["x-api-key"]).toBe(KEY);
    expect(requests[0]!.url).not.toContain(KEY);
  });
  it("without a key (option or E2B_API_KEY) creation fails, naming both", () => {
    vi.stubEnv("E2B_API_KEY", "");
    expect(() => createE2bSandboxClient()).toThrow(ConfigurationError);
    expect(() => createE2bSandboxClient()).toThrow(/`apiKey`.*E2B_API_KEY/);
  });
  it("reads E2B_API_KEY and E2B_API_URL", async () => {
    server = await startFaultServer(() => ({ status: 200 }));
    vi.stubEnv("E2B_API_KEY", KEY);
    vi.stubEnv("E2B_API_URL", server.url);
    await createE2bSandboxClient({ ...pathOptions() }).health();
    expect(server.requests[0]!.headers["x-api-key"]).toBe(KEY);
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
