// Heap allocated per call: each contender sends 1000 GETs at concurrency 32 in a child process whose
// young generation starts large enough to hold them all, so that no GC runs while it is measured. Unlike the speed
// tables it barely moves between runs, and at load it is what sets how often the GC stops a client.
import { spawn } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { bareTwin, contenders } from "./contenders.js";
import { drive, interleave, ratio, summarize } from "./stats.js";
import type { Table } from "./table.js";

const CALLS = 1_000;

/** In the child: bytes allocated per call by each contender in each round; null for a round where a GC ran. */
async function measure(baseUrl: string, rounds: number) {
  const calls = contenders(baseUrl);
  // When each GC started: the observer reports them late, the forced one before a round included.
  const collections: number[] = [];
  new PerformanceObserver((list) => collections.push(...list.getEntries().map((e) => e.startTime))).observe({
    entryTypes: ["gc"],
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  const once = async (name: string) => {
    globalThis.gc!();
    await settle();
    const [before, started] = [process.memoryUsage().heapUsed, performance.now()];
    await drive(calls[name]!, CALLS, 32);
    const [used, ended] = [process.memoryUsage().heapUsed - before, performance.now()];
    await settle(); // lets the observer report a GC that ran during the round
    return collections.some((t) => t >= started && t <= ended) ? null : used / CALLS;
  };
  await interleave(Object.keys(calls), 1, once); // warm-up: JIT, sockets
  return interleave(Object.keys(calls), rounds, once);
}

/** 4. Heap allocated per call, as a ratio of bare openapi-fetch sending the same request. */
export async function allocation(baseUrl: string, rounds: number): Promise<Table> {
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--max-semi-space-size=256",
      "--min-semi-space-size=256",
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      baseUrl,
      String(rounds),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  await new Promise((resolve) => child.once("exit", resolve));
  const bytes = JSON.parse(out) as Record<string, (number | null)[]>;
  const kept = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
  const names = Object.keys(bytes).filter((n) => kept(bytes[n]!).length > 0);
  return {
    title: "Heap allocated per call",
    note: `${CALLS} GETs at concurrency 32 per contender per round, ${rounds} rounds, in a process whose young generation holds them all (a round where a GC ran anyway is left out); KiB per call, and its ratio of bare openapi-fetch sending the same request in the same round (lower is better), median with its 95% bootstrap interval.`,
    head: ["contender", "KiB/call (median)", "× openapi-fetch, same call (median [95% CI])"],
    rows: names.map((n) => {
      const twin = bytes[bareTwin(n)]!;
      const perRound = bytes[n]!.flatMap((v, i) => (v !== null && twin[i] ? [v / twin[i]!] : []));
      return [n, (summarize(kept(bytes[n]!)).median / 1024).toFixed(1), perRound.length ? ratio(perRound) : "?"];
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await measure(process.argv[2]!, Number(process.argv[3]))));
  process.exit(0);
}
