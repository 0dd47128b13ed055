// Every operation of spec/e2b-sandbox.yaml against its Prism mock (`--errors`: a request that drifts
// from the spec fails), through the client's resource methods.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../../src/sandbox/index.js";
import { KEY, mockClient } from "./helpers.js";

const SBX = "ixq3wq7z4m1o8ka2bd6nc";
const TPL = "rki5dems9wqfm4r03t7g";
const BUILD = "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a";
const VOL = "vol_3f9a1e5c2b4e8d9a";
const TEAM = "460355b3-4f64-48f9-9a16-4442817f79f5";

/** One call per operation, keyed by operationId. */
const calls: Record<string, (c: ReturnType<typeof mockClient>) => Promise<unknown>> = {
  getHealth: (c) => c.client.health(),
  createSandbox: (c) => c.client.sandboxes.create({ templateID: "base", timeout: 600, metadata: { userID: "u_4821" } }),
  listSandboxes: (c) =>
    c.client.sandboxes.list({ state: ["running", "paused"], metadata: { userID: "u 4821" }, order: "asc", limit: 10 }),
  getSandbox: (c) => c.client.sandboxes.get(SBX),
  killSandbox: (c) => c.client.sandboxes.kill(SBX),
  getSandboxMetrics: (c) =>
    c.client.sandboxes.metrics(SBX, { start: new Date("2026-11-27T08:00:00Z"), end: 1795853702 }),
  setSandboxTimeout: (c) => c.client.sandboxes.setTimeout(SBX, 900),
  pauseSandbox: (c) => c.client.sandboxes.pause(SBX),
  connectSandbox: (c) => c.client.sandboxes.connect(SBX, { timeout: 300 }),
  forkSandbox: (c) => c.client.sandboxes.fork(SBX, { count: 2 }),
  updateSandboxNetwork: (c) =>
    c.client.sandboxes.updateNetwork(SBX, { allowOut: ["api.github.com"], denyOut: ["0.0.0.0/0"] }),
  createSnapshot: (c) => c.client.sandboxes.createSnapshot(SBX, { name: "checkout-ready" }),
  listSnapshots: (c) => c.client.snapshots.list({ sandboxID: SBX, limit: 5 }),
  deleteTemplate: (c) => c.team.templates.delete(TPL),
  listTemplates: (c) => c.team.templates.list(),
  getTemplate: (c) => c.team.templates.get(TPL, { limit: 20 }),
  getTemplateByAlias: (c) => c.team.templates.exists("node-app"),
  createTemplate: (c) => c.team.templates.create({ name: "node-app:v2", cpuCount: 2, memoryMB: 1024 }),
  getTemplateFileUpload: (c) => c.team.templates.fileUpload(TPL, "5f2b8c1d"),
  startTemplateBuild: (c) =>
    c.team.templates.startBuild(TPL, BUILD, { fromImage: "node:22-slim", steps: [{ type: "RUN", args: ["npm ci"] }] }),
  getTemplateBuildStatus: (c) => c.team.templates.buildStatus(TPL, BUILD, { logsOffset: 0, level: "info" }),
  listTemplateTags: (c) => c.team.templates.tags(TPL),
  assignTemplateTags: (c) => c.team.templates.assignTags("node-app:v2", ["latest"]),
  removeTemplateTags: (c) => c.team.templates.removeTags("node-app", ["stable"]),
  listTeams: (c) => c.team.teams.list(),
  refreshSandbox: (c) => c.client.sandboxes.refresh(SBX, 600),
  listSandboxesMetrics: (c) => c.client.sandboxes.metricsOf([SBX, "i5m0yk2vq9f3t8c1a7bxe"]),
  listVolumes: (c) => c.team.volumes.list(),
  createVolume: (c) => c.team.volumes.create("datasets"),
  getVolume: (c) => c.team.volumes.get(VOL),
  deleteVolume: (c) => c.team.volumes.delete(VOL),
  listSecrets: (c) => c.team.secrets.list({ limit: 10 }),
  createSecret: (c) =>
    c.team.secrets.create({ name: "openai-key", value: "sk-proj-4f8c2a9e1b7d3f6a", metadata: { owner: "ml" } }),
  getSecret: (c) => c.team.secrets.get("openai-key"),
  updateSecret: (c) => c.team.secrets.update("openai-key", { value: "sk-proj-9a1c3e5b7d2f4a6c" }),
  deleteSecret: (c) => c.team.secrets.delete("openai-key"),
  getSandboxLogs: (c) =>
    c.client.sandboxes.logs(SBX, { cursor: 1795853703120, limit: 100, direction: "forward", level: "info" }),
  getTemplateBuildLogs: (c) => c.team.templates.buildLogs(TPL, BUILD, { limit: 100, source: "persistent" }),
  getTeamMetrics: (c) => c.team.teams.metrics(TEAM, { start: new Date("2026-11-27T08:00:00Z"), end: 1795854302 }),
  getTeamMaxMetric: (c) => c.team.teams.maxMetric(TEAM, "concurrent_sandboxes", { start: 1795853702 }),
  listTemplatesV2: (c) => c.team.templates.listPage({ limit: 10 }),
  updateTemplate: (c) => c.team.templates.update(TPL, { public: true }),
};

const spec = parse(readFileSync(new URL("../../../../spec/e2b-sandbox.yaml", import.meta.url), "utf8"));
const operations = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== "parameters")
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const pattern = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);

describe("every operation against the Prism mock", () => {
  it("covers every operation of the spec", () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((o) => o.op.operationId).sort());
  });
  it.each(operations)(
    "$method $path: one request, on its path, with the key exactly where the spec says",
    async ({ path, method, op }) => {
      const clients = mockClient();
      await calls[op.operationId]!(clients);
      const { sent } = clients;
      expect(sent).toHaveLength(1);
      expect(sent[0]!.method).toBe(method);
      expect(sent[0]!.url.pathname).toMatch(pattern(path));
      // Every operation but /health declares the key header; /health is sent it too (the client's one
      // header for its one origin), which the spec's `security: []` allows.
      expect(sent[0]!.key).toBe(KEY);
      expect(sent[0]!.url.search).not.toContain(KEY);
    },
  );
  it("volumes and secrets return the spec's examples; metricsOf a map by sandbox ID", async () => {
    const { client, team, sent } = mockClient();
    expect(await team.volumes.create("datasets")).toEqual({
      volumeID: VOL,
      name: "datasets",
      token: "vtok_9c2e4b7a1d3f5e8c0a6b2d4f",
    });
    expect((await team.volumes.list())[0]).toEqual({ volumeID: VOL, name: "datasets" });
    expect(await team.secrets.get("openai-key")).toMatchObject({
      secretID: "sec_7b2d4f6a8c0e1a3c",
      currentVersion: 2,
    });
    expect(await team.secrets.exists("openai-key")).toBe(true);
    const metrics = await client.sandboxes.metricsOf([SBX, "i5m0yk2vq9f3t8c1a7bxe"]);
    expect(metrics[SBX]).toMatchObject({ cpuCount: 2, cpuUsedPct: 12.5 });
    expect(sent.at(-1)!.url.search).toBe(`?sandbox_ids=${SBX},i5m0yk2vq9f3t8c1a7bxe`);
  });
  it("the log readers walk the mock's page, each entry once; listAll reads the v2 template pages", async () => {
    const { client, team } = mockClient();
    const entries = [];
    for await (const entry of client.sandboxes.readLogs(SBX, { limit: 100 })) entries.push(entry.message);
    expect(entries).toEqual(["server listening on :3000"]);
    const build = [];
    for await (const entry of team.templates.readBuildLogs(TPL, BUILD)) build.push(entry.message);
    expect(build).toEqual(["Step 2/3: RUN npm ci"]);
    const templates = [];
    for await (const template of team.templates.listAll({ limit: 10 })) templates.push(template.templateID);
    expect(templates).toEqual([TPL, TPL]);
    expect((await team.teams.maxMetric(TEAM, "concurrent_sandboxes")).value).toBe(21);
  });
  it("create returns the sandbox; connect the same shape", async () => {
    const { client } = mockClient();
    const sandbox = await client.sandboxes.create({ templateID: "base" });
    expect(sandbox).toMatchObject({ sandboxID: SBX, envdVersion: "0.2.4", domain: "e2b.app" });
    expect((await client.sandboxes.connect(SBX)).sandboxID).toBe(SBX);
  });
  it("list sends state comma-joined and metadata encoded as the official SDK does", async () => {
    const { client, sent } = mockClient();
    const page = await client.sandboxes.list({ state: ["running", "paused"], metadata: { "user id": "a&b" } });
    expect(sent[0]!.url.search).toContain("state=running,paused");
    // The SDK encodes each key and value, joins them as a query, and openapi-fetch encodes that string.
    const metadata = sent[0]!.url.searchParams.get("metadata");
    expect(metadata).toBe("user%2520id=a%2526b");
    expect(page.items[0]!.state).toBe("running");
    expect(page.nextToken).toBe("djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j");
    expect(page.totalRunning).toBe(1);
  });
  it("listAll follows X-Next-Token: the mock ends the walk after the page a token was sent for", async () => {
    const { client, sent } = mockClient();
    const ids = [];
    for await (const sandbox of client.sandboxes.listAll({ limit: 1 })) ids.push(sandbox.sandboxID);
    expect(ids).toEqual([SBX, SBX]);
    expect(sent.map((s) => s.url.searchParams.get("nextToken"))).toEqual([null, "djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j"]);
    const snapshots = [];
    for await (const snapshot of client.snapshots.listAll()) snapshots.push(snapshot.snapshotID);
    expect(snapshots).toEqual(["acme/checkout-ready:default", "acme/checkout-ready:default"]);
  });
  it("templates.get returns the template and the next page's token", async () => {
    const { team } = mockClient();
    const { template, nextToken } = await team.templates.get(TPL);
    expect(template.builds[0]!.status).toBe("ready");
    expect(nextToken).toBe("djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j");
    const builds = [];
    for await (const build of team.templates.listBuilds(TPL)) builds.push(build.status);
    expect(builds).toEqual(["ready", "ready"]);
  });
  it("pause sends {} by default, as the official SDK, and returns true on 204", async () => {
    const { client, sent } = mockClient();
    expect(await client.sandboxes.pause(SBX)).toBe(true);
    expect(sent[0]!.body).toBe("{}");
  });
  it("kill, snapshots.delete and templates.delete return true on 204 and false on 404", async () => {
    const { client } = mockClient();
    expect(await client.sandboxes.kill(SBX)).toBe(true);
    expect(await client.snapshots.delete("acme/checkout-ready:default")).toBe(true);
    const gone = mockClient({ headers: { Prefer: "code=404" } }).client;
    expect(await gone.sandboxes.kill(SBX)).toBe(false);
    expect(await gone.snapshots.delete("acme/checkout-ready:default")).toBe(false);
    expect(await mockClient({ headers: { Prefer: "code=404" } }).team.templates.delete(TPL)).toBe(false);
  });
  it("pause returns false on 409 (already paused); exists is false on 404 and true on 200 and 403", async () => {
    expect(await mockClient({ headers: { Prefer: "code=409" } }).client.sandboxes.pause(SBX)).toBe(false);
    expect(await mockClient({ headers: { Prefer: "code=404" } }).team.templates.exists("free")).toBe(false);
    expect(await mockClient({ headers: { Prefer: "code=403" } }).team.templates.exists("taken")).toBe(true);
    expect(await mockClient().team.templates.exists("node-app")).toBe(true);
  });
  it("the failed build example carries its reason", async () => {
    const { team } = mockClient({ headers: { Prefer: "example=failed" } });
    const build = await team.templates.buildStatus(TPL, BUILD);
    expect(build.status).toBe("error");
    expect(build.reason?.message).toContain("exited with code 1");
  });
});

const classes: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
  500: InternalServerError,
  503: InternalServerError,
  504: InternalServerError,
};
/** The statuses a method turns into a value instead of an error, as the official SDK does. */
const answered: Record<string, number[]> = {
  killSandbox: [404],
  deleteTemplate: [404],
  pauseSandbox: [409],
  getTemplateByAlias: [403, 404],
  deleteVolume: [404],
  deleteSecret: [404],
};
const resolveRef = (response: any) =>
  response.$ref ? spec.components.responses[response.$ref.split("/").pop()] : response;
const documented = operations.flatMap(({ path, method, op }) =>
  Object.entries<any>(op.responses)
    .filter(([status]) => Number(status) >= 400 && !answered[op.operationId]?.includes(Number(status)))
    .map(([status, response]) => ({
      label: `${method} ${path} → ${status}`,
      id: op.operationId as string,
      status: Number(status),
      example: resolveRef(response).content["application/json"].example,
    })),
);

describe("every documented error status of every operation", () => {
  it("documents 400, 401, 403, 404, 409, 429, 500, 503 and 504", () => {
    expect(new Set(documented.map((d) => d.status))).toEqual(new Set([400, 401, 403, 404, 409, 429, 500, 503, 504]));
  });
  it.each(documented)("$label", async ({ id, status, example }) => {
    const clients = mockClient({ headers: { Prefer: `code=${status}` } });
    const error = (await calls[id]!(clients).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(classes[status]);
    expect(error.status).toBe(status);
    expect(error.body).toEqual(example);
    expect(error.message).toContain(`failed with ${status}: ${example.message}`);
    expect(error.message).not.toContain(KEY);
  });
});
