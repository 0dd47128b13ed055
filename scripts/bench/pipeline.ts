// Pipeline cost of `pnpm bench`: generate, build, test and mock start-up, in seconds.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { summarize } from "./stats.js";
import type { Table } from "./table.js";

const root = join(import.meta.dirname, "../..");

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
