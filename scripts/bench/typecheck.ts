// Type-check cost of `pnpm bench`: a consumer of the clients beside the same calls with plain fetch.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { interleave, perRound, ratio, summarize } from "./stats.js";
import type { Table } from "./table.js";

const root = join(import.meta.dirname, "../..");

/** 5. Type-check cost of calling every operation, as a ratio of the same calls with plain fetch. */
export async function typeCheck(rounds: number): Promise<Table> {
  const dir = mkdtempSync(join(import.meta.dirname, ".typecheck-"));
  try {
    writeFileSync(join(dir, "clients.ts"), CLIENTS);
    writeFileSync(join(dir, "plain.ts"), PLAIN);
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const flags = [
      "--noEmit",
      "--extendedDiagnostics",
      "--strict",
      "--skipLibCheck",
      "--module",
      "nodenext",
      "--target",
      "es2022",
      "--lib",
      "es2022,dom,esnext.disposable",
      "--types",
      "node",
    ];
    const check = (file: string) => {
      const out = execFileSync(process.execPath, [tsc, ...flags, join(dir, file)], {
        cwd: import.meta.dirname,
        encoding: "utf8",
      });
      const num = (label: string) => Number(out.match(new RegExp(`${label}:\\s+([\\d.]+)`))?.[1]);
      return { check: num("Check time"), inst: num("Instantiations"), mem: num("Memory used") };
    };
    const results = await interleave(["clients.ts", "plain.ts"], rounds, async (f) => check(f));
    const pick = (f: string, k: "check" | "inst" | "mem") => results[f]!.map((r) => r[k]);
    const row = (label: string, k: "check" | "inst" | "mem", unit: string) => [
      label,
      `${summarize(pick("clients.ts", k)).median}${unit}`,
      `${summarize(pick("plain.ts", k)).median}${unit}`,
      ratio(perRound(pick("clients.ts", k), pick("plain.ts", k))),
    ];
    return {
      title: "Type-check cost (tsc --noEmit --extendedDiagnostics)",
      note: `A consumer file calling every operation of the Airplane and e2b clients and 15 of the sandbox client's, beside the same calls with plain fetch and hand-written result types; ${rounds} rounds.`,
      head: ["metric", "with the clients", "plain fetch", "× plain fetch (median [95% CI])"],
      rows: [row("check time", "check", " s"), row("instantiations", "inst", ""), row("memory used", "mem", " K")],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CLIENTS = `import { createAirplaneClient } from "@spec-clients/airplane";
import { createE2bClient } from "@spec-clients/e2b";
import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox";
import { createE2bTeamClient } from "@spec-clients/e2b/team";
const a = createAirplaneClient({ apiKey: "k" });
const e = createE2bClient({ apiKey: "k" });
const x = createE2bSandboxClient({ apiKey: "k" });
const t = createE2bTeamClient({ apiKey: "k" });
export async function all() {
  const { runID } = await a.tasks.execute({ slug: "t", paramValues: { x: 1 } });
  const run = await a.runs.get(runID);
  const out = await a.runs.getOutputs(run.id);
  const runs = await a.runs.list({ taskSlug: "t", limit: 10 });
  await a.runs.cancel(run.id);
  const { sessionID } = await a.runbooks.execute({ slug: "r" });
  const session = await a.sessions.get(sessionID);
  const sessions = await a.sessions.list({ runbookID: "r" });
  const { prompt } = await a.prompts.get("p");
  const prompts = await a.prompts.list(run.id);
  await a.prompts.submit({ id: prompt.id, values: { ok: true } });
  await a.prompts.cancel("p");
  await e.health();
  const list = await e.sessions.list();
  const s = await e.sessions.create({ codeSnippetID: "c" });
  await e.sessions.refresh(s.sessionID);
  await e.sessions.delete(s.sessionID);
  const envs = await e.envs.list();
  const env = await e.envs.create({ template: "Nodejs" });
  await e.envs.createForSnippet("c", { template: "Go" });
  await e.envs.delete("c");
  await e.envs.publish("c");
  await e.envs.setState("c", "Done");
  await e.envs.setTitle("c", "t");
  const sb = await x.sandboxes.create({ templateID: "base", timeout: 300 });
  const page = await x.sandboxes.list({ limit: 10 });
  const detail = await x.sandboxes.get(sb.sandboxID);
  await x.sandboxes.setTimeout(sb.sandboxID, 600);
  await x.sandboxes.pause(sb.sandboxID);
  const again = await x.sandboxes.connect(sb.sandboxID, { timeout: 300 });
  const metrics = await x.sandboxes.metrics(sb.sandboxID);
  const snapshot = await x.sandboxes.createSnapshot(sb.sandboxID);
  await x.sandboxes.kill(sb.sandboxID);
  const templates = await t.templates.list();
  const template = await t.templates.get("t");
  const status = await t.templates.buildStatus("t", "b");
  const volume = await t.volumes.create("data");
  const secrets = await t.secrets.list();
  const teams = await t.teams.list();
  return [out.output, runs.runs.length, session.status, sessions.sessions.length, prompts.prompts.length, list.length, envs.length, env.id,
    page.items.length, detail.state, again.sandboxID, metrics.length, snapshot.snapshotID, templates.length, template.template.builds.length,
    status.status, volume.token, secrets.items.length, teams.length];
}
`;

const PLAIN = `type Run = { id: string; taskID: string; status: "NotStarted" | "Queued" | "Active" | "Succeeded" | "Failed" | "Cancelled"; paramValues: Record<string, unknown> };
type Session = { id: string; status: "Pending" | "Active" | "Waiting" | "Succeeded" | "Failed" | "Cancelling" | "Cancelled" };
type Prompt = { id: string; runID: string; values?: Record<string, unknown> };
type E2bSession = { codeSnippetID: string; editEnabled: boolean; sessionID: string; clientID: string };
type Env = { id: string; template?: string; title?: string };
type Sandbox = { sandboxID: string; templateID: string; clientID: string; envdVersion: string; envdAccessToken?: string; domain?: string | null };
type ListedSandbox = Sandbox & { startedAt: string; endAt: string; cpuCount: number; memoryMB: number; diskSizeMB: number; metadata?: Record<string, string>; state: "running" | "paused" };
type SandboxDetail = ListedSandbox;
type SandboxMetric = { timestamp: string; cpuCount: number; cpuUsedPct: number; memUsed: number; memTotal: number; diskUsed: number; diskTotal: number };
type Snapshot = { snapshotID: string; names: string[] };
type Template = { templateID: string; buildID: string; cpuCount: number; memoryMB: number; public: boolean; aliases: string[]; names: string[] };
type TemplateBuild = { buildID: string; status: "building" | "waiting" | "ready" | "error"; createdAt: string };
type TemplateBuildStatus = { templateID: string; buildID: string; status: "building" | "waiting" | "ready" | "error"; logs: string[] };
type Volume = { volumeID: string; name: string; token: string };
type Secret = { id: string; label: string; createdAt: string };
type Team = { teamID: string; name: string; apiKey: string; isDefault: boolean };
const X = "https://api.e2b.app";
const hx = { "X-API-Key": "k", "Content-Type": "application/json" };
async function sx<T>(method: string, url: string, body?: unknown): Promise<T> {
  const r = await fetch(X + url, { method, headers: hx, body: body === undefined ? undefined : JSON.stringify(body) });
  return (r.status === 204 ? undefined : await r.json()) as T;
}
const A = "https://api.airplane.dev/v0";
const E = "https://ondevbook.com";
const h = { "X-Airplane-API-Key": "k", "Content-Type": "application/json" };
async function get<T>(url: string): Promise<T> { return (await fetch(url, { headers: h })).json() as Promise<T>; }
async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const r = await fetch(url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  return (r.status === 204 ? undefined : await r.json()) as T;
}
export async function all() {
  const { runID } = await send<{ runID: string }>("POST", A + "/tasks/execute", { slug: "t", paramValues: { x: 1 } });
  const run = await get<Run>(A + "/runs/get?id=" + runID);
  const out = await get<{ output: unknown }>(A + "/runs/getOutputs?id=" + run.id);
  const runs = await get<{ runs: Run[] }>(A + "/runs/list?taskSlug=t&limit=10");
  await send<unknown>("POST", A + "/runs/cancel", { runID: run.id });
  const { sessionID } = await send<{ sessionID: string }>("POST", A + "/runbooks/execute", { slug: "r" });
  const session = await get<Session>(A + "/sessions/get?id=" + sessionID);
  const sessions = await get<{ sessions: Session[] }>(A + "/sessions/list?runbookID=r");
  const { prompt } = await get<{ prompt: Prompt }>(A + "/prompts/get?id=p");
  const prompts = await get<{ prompts: Prompt[] }>(A + "/prompts/list?runID=" + run.id);
  await send<{ id: string }>("POST", A + "/prompts/submit", { id: prompt.id, values: { ok: true } });
  await send<{ id: string }>("POST", A + "/prompts/cancel", { id: "p" });
  await fetch(E + "/health");
  const list = await get<E2bSession[]>(E + "/sessions?api_key=k");
  const s = await send<E2bSession>("POST", E + "/sessions?api_key=k", { codeSnippetID: "c" });
  await send<void>("POST", E + "/sessions/" + s.sessionID + "/refresh?api_key=k");
  await send<void>("DELETE", E + "/sessions/" + s.sessionID + "?api_key=k");
  const envs = await get<Env[]>(E + "/envs?api_key=k");
  const env = await send<Env>("POST", E + "/envs?api_key=k", { template: "Nodejs" });
  await send<void>("POST", E + "/envs/c?api_key=k", { template: "Go" });
  await send<void>("DELETE", E + "/envs/c?api_key=k");
  await send<void>("PATCH", E + "/envs/c?api_key=k");
  await send<void>("PUT", E + "/envs/c/state?api_key=k", { state: "Done" });
  await send<void>("PUT", E + "/envs/c/title?api_key=k", { title: "t" });
  const sb = await sx<Sandbox>("POST", "/sandboxes", { templateID: "base", timeout: 300 });
  const r = await fetch(X + "/v2/sandboxes?limit=10", { headers: hx });
  const page = { items: (await r.json()) as ListedSandbox[], nextToken: r.headers.get("x-next-token") ?? undefined };
  const detail = await sx<SandboxDetail>("GET", "/sandboxes/" + sb.sandboxID);
  await sx<void>("POST", "/sandboxes/" + sb.sandboxID + "/timeout", { timeout: 600 });
  await sx<void>("POST", "/sandboxes/" + sb.sandboxID + "/pause", {});
  const again = await sx<Sandbox>("POST", "/sandboxes/" + sb.sandboxID + "/connect", { timeout: 300 });
  const metrics = await sx<SandboxMetric[]>("GET", "/sandboxes/" + sb.sandboxID + "/metrics");
  const snapshot = await sx<Snapshot>("POST", "/sandboxes/" + sb.sandboxID + "/snapshots", {});
  await sx<void>("DELETE", "/sandboxes/" + sb.sandboxID);
  const templates = await sx<Template[]>("GET", "/templates");
  const template = { template: await sx<Template & { builds: TemplateBuild[] }>("GET", "/templates/t") };
  const status = await sx<TemplateBuildStatus>("GET", "/templates/t/builds/b/status");
  const volume = await sx<Volume>("POST", "/volumes", { name: "data" });
  const secrets = { items: await sx<Secret[]>("GET", "/secrets") };
  const teams = await sx<Team[]>("GET", "/teams");
  return [out.output, runs.runs.length, session.status, sessions.sessions.length, prompts.prompts.length, list.length, envs.length, env.id,
    page.items.length, detail.state, again.sandboxID, metrics.length, snapshot.snapshotID, templates.length, template.template.builds.length,
    status.status, volume.token, secrets.items.length, teams.length];
}
`;
