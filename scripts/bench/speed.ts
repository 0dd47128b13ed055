// Speed measurements of `pnpm bench`: throughput against a server in its own process, and CPU per call.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { bareTwin, bodyFor, contenders, rawTwin } from "./contenders.js";
import { drive, interleave, perRound, ratio, summarize } from "./stats.js";
import type { Table } from "./table.js";

/** Starts the benchmark server in its own process; resolves with its URL and a stop function. */
export function startServer(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "server.ts")], {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    child.stdout.once("data", (d: Buffer) => resolve({ url: String(d).trim(), stop: () => child.kill() }));
    child.once("error", reject);
  });
}

/**
 * 1. Requests per second against a keep-alive server in another process, as a ratio of raw fetch.
 * Short rounds, many of them: on a shared machine the load drifts over seconds, and a ratio of two
 * neighbouring short runs drifts less than one of two long runs far apart.
 */
export async function throughput(rounds: number): Promise<Table[]> {
  const server = await startServer();
  const calls = contenders(server.url);
  const names = Object.keys(calls);
  const tables: Table[] = [];
  for (const concurrency of [1, 32]) {
    const total = concurrency === 1 ? 500 : 2_000;
    const run = async (name: string) => {
      const started = performance.now();
      await drive(calls[name]!, total, concurrency);
      return total / ((performance.now() - started) / 1000);
    };
    await interleave(names, 1, run); // warm-up: JIT, sockets
    const rates = await interleave(names, rounds, run);
    tables.push({
      title: `Throughput, concurrency ${concurrency}`,
      note: `${total} GETs per contender per round, ${rounds} rounds, server in another process; ratio of raw fetch's requests/s for the same path in the same round, and of bare openapi-fetch's sending the same request (higher is better); each median with its 95% bootstrap interval over the rounds.`,
      head: [
        "contender",
        "req/s (median)",
        "× raw fetch, same path (median [95% CI])",
        "× openapi-fetch, same call (median [95% CI])",
      ],
      rows: names.map((n) => [
        n,
        summarize(rates[n]!).median.toFixed(0),
        ratio(perRound(rates[n]!, rates[rawTwin(n)]!)),
        ratio(perRound(rates[n]!, rates[bareTwin(n)]!)),
      ]),
    });
  }
  server.stop();
  return tables;
}

/** 2. CPU time per call with an in-memory fetch, as a ratio of bare openapi-fetch. */
export async function cpuCost(rounds: number): Promise<Table> {
  // Builds the Request first, as a runtime's fetch always does (whatever it is handed): a stub
  // that skipped it would charge bare openapi-fetch for its own Request and ours for nothing.
  const stub = (async (input: string | URL | Request, init?: RequestInit) => {
    const path = new URL(new Request(input, init).url).pathname;
    return new Response(bodyFor(path), { status: 200, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  // The stub stands in for the runtime's fetch, so the clients run as they do by default on Node
  // (with the abort handle that Node's own fetch takes).
  const runtimeFetch = globalThis.fetch;
  globalThis.fetch = stub;
  const calls = contenders("https://stub.local", stub);
  globalThis.fetch = runtimeFetch;
  const names = Object.keys(calls);
  const perCall = async (name: string) => {
    const call = calls[name]!;
    const n = 4_000;
    // A full GC leaves the heap small and cold: run a little after it, untimed, so that each
    // contender is timed in its steady state and not charged for the one before's garbage.
    globalThis.gc?.();
    for (let i = 0; i < 500; i++) await call();
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) await call();
    const used = process.cpuUsage(before);
    return ((used.user + used.system) * 1000) / n; // ns per call
  };
  await interleave(names, 1, perCall);
  const ns = await interleave(names, rounds, perCall);
  return {
    title: "CPU cost per call (in-memory fetch, no network)",
    note: `4000 sequential calls per contender per round, ${rounds} rounds; process CPU time, with a stub fetch that builds the Request as a runtime's does and answers at once; ratio of bare openapi-fetch sending the same request (lower is better), median with its 95% bootstrap interval.`,
    head: ["contender", "µs/call (median)", "× openapi-fetch, same call (median [95% CI])"],
    rows: names.map((n) => [
      n,
      (summarize(ns[n]!).median / 1000).toFixed(1),
      ratio(perRound(ns[n]!, ns[bareTwin(n)]!)),
    ]),
  };
}
