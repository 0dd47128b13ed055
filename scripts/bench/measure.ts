// The five measurements of `pnpm bench`.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bodyFor, contenders } from "./contenders.js";
import { bundleSize, entries } from "./sizes.js";
import { interleave, perRound, ratio, summarize } from "./stats.js";

const root = join(import.meta.dirname, "../..");
export type Table = { title: string; note: string; head: string[]; rows: string[][] };

/** Starts the benchmark server in its own process; resolves with its URL and a stop function. */
function startServer(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "server.ts")], {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    child.stdout.once("data", (d: Buffer) => resolve({ url: String(d).trim(), stop: () => child.kill() }));
    child.once("error", reject);
  });
}

/** 1. Requests per second against a keep-alive server in another process, as a ratio of raw fetch. */
export async function throughput(rounds: number): Promise<Table[]> {
  const server = await startServer();
  const calls = contenders(server.url);
  const names = Object.keys(calls);
  const tables: Table[] = [];
  for (const concurrency of [1, 32]) {
    const total = concurrency === 1 ? 1_500 : 6_000;
    const run = async (name: string) => {
      const call = calls[name]!;
      let left = total;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (left-- > 0) await call();
        }),
      );
      return total / ((performance.now() - started) / 1000);
    };
    await interleave(names, 1, run); // warm-up: JIT, sockets
    const rates = await interleave(names, rounds, run);
    tables.push({
      title: `Throughput, concurrency ${concurrency}`,
      note: `${total} GETs per contender per round, ${rounds} rounds, server in another process; ratio of raw fetch's and of bare openapi-fetch's requests/s in the same round (higher is better).`,
      head: ["contender", "req/s (median)", "× raw fetch (median, min–max)", "× openapi-fetch (median, min–max)"],
      rows: names.map((n) => [
        n,
        summarize(rates[n]!).median.toFixed(0),
        ratio(perRound(rates[n]!, rates["raw fetch"]!)),
        ratio(perRound(rates[n]!, rates["openapi-fetch (bare)"]!)),
      ]),
    });
  }
  server.stop();
  return tables;
}

/** 2. CPU time per call with an in-memory fetch, as a ratio of bare openapi-fetch. */
export async function cpuCost(rounds: number): Promise<Table> {
  const stub = (async (input: string | URL | Request) => {
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    return new Response(bodyFor(path), { status: 200, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  const calls = contenders("https://stub.local", stub);
  const names = Object.keys(calls);
  const perCall = async (name: string) => {
    const call = calls[name]!;
    const n = 4_000;
    globalThis.gc?.();
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) await call();
    const used = process.cpuUsage(before);
    return ((used.user + used.system) * 1000) / n; // ns per call
  };
  await interleave(names, 1, perCall);
  const ns = await interleave(names, rounds, perCall);
  return {
    title: "CPU cost per call (in-memory fetch, no network)",
    note: `4000 sequential calls per contender per round, ${rounds} rounds; process CPU time; ratio of bare openapi-fetch (lower is better).`,
    head: ["contender", "µs/call (median)", "× openapi-fetch (median, min–max)"],
    rows: names.map((n) => [
      n,
      (summarize(ns[n]!).median / 1000).toFixed(1),
      ratio(perRound(ns[n]!, ns["openapi-fetch (bare)"]!)),
    ]),
  };
}

/** 3. Bundle weight, as a ratio of openapi-fetch alone. */
export async function bundles(): Promise<Table> {
  const sizes = Object.fromEntries(
    await Promise.all(Object.entries(entries).map(async ([n, e]) => [n, await bundleSize(e.code)] as const)),
  );
  const base = sizes["openapi-fetch (alone)"]!;
  return {
    title: "Bundle weight",
    note: "esbuild --bundle --minify (ESM, Node builtins external), then gzip -9. Deterministic: one round.",
    head: ["entry", "min bytes", "min+gzip bytes", "× openapi-fetch (gzip)"],
    rows: Object.entries(sizes).map(([n, s]) => [n, String(s.min), String(s.gz), (s.gz / base.gz).toFixed(2)]),
  };
}

const seconds = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const started = performance.now();
  const out = spawnSync(command, args, {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...env },
  });
  if (out.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
  return (performance.now() - started) / 1000;
};

/** Seconds until a child process prints `marker`. */
function startup(args: string[], marker: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => {
      if (!String(d).includes(marker)) return;
      const took = (performance.now() - started) / 1000;
      child.kill("SIGINT");
      child.once("exit", () => resolve(took));
    });
    child.once("error", reject);
  });
}

/** 4. Pipeline cost in seconds, as a ratio of a bare `node` start-up measured in the same run. */
export async function pipeline(rounds: number, withTests: boolean): Promise<Table> {
  const rows: [string, number[]][] = [];
  const node = Array.from({ length: rounds }, () => seconds(process.execPath, ["-e", ""]));
  rows.push(["node start-up (baseline)", node]);
  rows.push([
    "pnpm generate (every spec, no cache)",
    Array.from({ length: rounds }, () => seconds(process.execPath, ["scripts/generate.mjs"])),
  ]);
  rows.push([
    "pnpm build, cold (turbo --force)",
    Array.from({ length: 2 }, () =>
      seconds(process.execPath, ["scripts/turbo.mjs", "run", "lint:spec", "generate", "build", "docs", "--force"]),
    ),
  ]);
  rows.push(["pnpm build, nothing changed (cached)", Array.from({ length: rounds }, () => seconds("pnpm", ["build"]))]);
  if (withTests) rows.push(["pnpm test, cold (turbo --force)", [seconds("pnpm", ["test", "--force"])]]);
  const port = () => String(40_000 + Math.floor(Math.random() * 20_000));
  const http = `require("http").createServer((q,s)=>s.end()).listen(+process.argv[1],"127.0.0.1",()=>console.log("listening"))`;
  rows.push(["node:http server ready", await sequence(rounds, () => startup(["-e", http, port()], "listening"))]);
  rows.push([
    "Prism mock ready (pnpm mock airplane)",
    await sequence(rounds, () => startup(["scripts/mock.mjs", "airplane", "--port", port()], "listening on")),
  ]);
  const base = summarize(node).median;
  return {
    title: "Pipeline cost",
    note: `Wall time; ${rounds} rounds where affordable (cold builds 2, the test suite 1). Ratio of a bare node start-up in this run.`,
    head: ["step", "seconds (median, min–max)", "× node start-up"],
    rows: rows.map(([n, v]) => {
      const s = summarize(v);
      return [n, `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`, (s.median / base).toFixed(1)];
    }),
  };
}

async function sequence(n: number, f: () => Promise<number>) {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
}

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
      note: `A consumer file calling all 24 operations through both clients, beside the same calls with plain fetch and hand-written result types; ${rounds} rounds.`,
      head: ["metric", "with the clients", "plain fetch", "× plain fetch (median, min–max)"],
      rows: [row("check time", "check", " s"), row("instantiations", "inst", ""), row("memory used", "mem", " K")],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CLIENTS = `import { createAirplaneClient } from "@spec-clients/airplane";
import { createE2bClient } from "@spec-clients/e2b";
const a = createAirplaneClient({ apiKey: "k" });
const e = createE2bClient({ apiKey: "k" });
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
  return [out.output, runs.runs.length, session.status, sessions.sessions.length, prompts.prompts.length, list.length, envs.length, env.id];
}
`;

const PLAIN = `type Run = { id: string; taskID: string; status: "NotStarted" | "Queued" | "Active" | "Succeeded" | "Failed" | "Cancelled"; paramValues: Record<string, unknown> };
type Session = { id: string; status: "Pending" | "Active" | "Waiting" | "Succeeded" | "Failed" | "Cancelling" | "Cancelled" };
type Prompt = { id: string; runID: string; values?: Record<string, unknown> };
type E2bSession = { codeSnippetID: string; editEnabled: boolean; sessionID: string; clientID: string };
type Env = { id: string; template?: string; title?: string };
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
  return [out.output, runs.runs.length, session.status, sessions.sessions.length, prompts.prompts.length, list.length, envs.length, env.id];
}
`;
