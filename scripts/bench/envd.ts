// `pnpm bench:envd`: the data plane against the official SDK (npm `e2b` 2.51), both talking to the
// envd stand-in (envd-server.ts) in another process, rounds interleaved: `commands.run("echo")`
// round trips at concurrency 1 and 16, files written and read at 1 MB and 64 MB, and the memory a
// 256 MB file streamed each way adds to the process. Writes BENCHMARKS-envd.md. Flag: --quick.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { createE2bEnvdClient } from "@spec-clients/e2b/envd";
import { Sandbox } from "e2b";
import { measuredCommit } from "./table.js";
import { drive, interleave, judge, parseRatio, perRound, ratio, summarize, worstOf } from "./stats.js";

const quick = process.argv.includes("--quick");
// Rounds are short (a second or two each): 21 of them narrow the interval that the budget is judged on.
const rounds = quick ? 3 : 21;
const MB = 2 ** 20;

function startServer(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "envd-server.ts")], {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    child.stdout.once("data", (d: Buffer) => resolve({ url: String(d).trim(), stop: () => child.kill() }));
    child.once("error", reject);
  });
}

const server = await startServer();
const ours = createE2bEnvdClient({ sandboxID: "benchsandbox1" }, { baseUrl: server.url, retry: false });
const official = await Sandbox.connect("benchsandbox1", { debug: true, sandboxUrl: server.url });

/** A stream of `bytes` bytes, made as it is read. */
const source = (bytes: number) => {
  const chunk = new Uint8Array(64 * 1024).fill(98);
  let left = bytes;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left <= 0) return controller.close();
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      controller.enqueue(piece);
    },
  });
};
const drain = async (stream: ReadableStream<Uint8Array>) => {
  let n = 0;
  for (const reader = stream.getReader(); ;) {
    const { done, value } = await reader.read();
    if (done) return n;
    n += value.byteLength;
  }
};

type Pair = { ours: () => Promise<unknown>; official: () => Promise<unknown> };
const rows: string[][] = [];
/** Interleaved rounds of `total` calls of each side; the ratio of ours to the official SDK's rate per round. */
async function race(name: string, pair: Pair, total: number, concurrency: number) {
  const run = async (side: string) => {
    const started = performance.now();
    await drive(pair[side as keyof Pair], total, concurrency);
    return total / ((performance.now() - started) / 1000);
  };
  await interleave(["ours", "official"], 1, run);
  const rates = await interleave(["ours", "official"], rounds, run);
  const ratioText = ratio(perRound(rates["ours"]!, rates["official"]!));
  rows.push([
    name,
    summarize(rates["ours"]!).median.toFixed(1),
    summarize(rates["official"]!).median.toFixed(1),
    ratioText,
  ]);
  process.stderr.write(`bench:envd: ${name}: ${ratioText}\n`);
}

const oneMB = new Uint8Array(MB).fill(99);
const sixtyFour = new Uint8Array(64 * MB).fill(99);
await race(
  'commands.run("echo"), concurrency 1',
  { ours: () => ours.commands.run("echo hi"), official: () => official.commands.run("echo hi") },
  200,
  1,
);
await race(
  'commands.run("echo"), concurrency 16',
  { ours: () => ours.commands.run("echo hi"), official: () => official.commands.run("echo hi") },
  800,
  16,
);
await race(
  "files.write 1 MB",
  {
    ours: () => ours.files.write("/bench/1mb", oneMB),
    official: () => official.files.write("/bench/1mb", oneMB.buffer),
  },
  40,
  1,
);
await race(
  "files.read 1 MB",
  {
    ours: () => ours.files.read(`/bench/${MB}`, { format: "bytes" }),
    official: () => official.files.read(`/bench/${MB}`, { format: "bytes" }),
  },
  40,
  1,
);
await race(
  "files.write 64 MB",
  {
    ours: () => ours.files.write("/bench/64mb", sixtyFour),
    official: () => official.files.write("/bench/64mb", sixtyFour.buffer),
  },
  2,
  1,
);
await race(
  "files.read 64 MB",
  {
    ours: () => ours.files.read(`/bench/${64 * MB}`, { format: "bytes" }),
    official: () => official.files.read(`/bench/${64 * MB}`, { format: "bytes" }),
  },
  2,
  1,
);

/** The most the process's resident memory grows over its level before `run`, sampled every 5 ms. */
async function peakGrowth(run: () => Promise<unknown>) {
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return (Math.max(peak, process.memoryUsage().rss) - base) / MB;
}
const big = 256 * MB;
const memory: string[][] = [];
for (const [name, pair] of [
  [
    "256 MB streamed up (files.write of a ReadableStream)",
    {
      ours: () => ours.files.write("/bench/up", source(big)),
      official: () => official.files.write("/bench/up", source(big)),
    },
  ],
  [
    "256 MB streamed down (files.read as a stream, drained)",
    {
      ours: async () => drain(await ours.files.read(`/bench/${big}`, { format: "stream" })),
      official: async () => drain(await official.files.read(`/bench/${big}`, { format: "stream" })),
    },
  ],
] as const) {
  const growth = await interleave(["ours", "official"], quick ? 1 : 3, (side) => peakGrowth(pair[side as keyof Pair]));
  memory.push([
    name,
    `${summarize(growth["ours"]!).max.toFixed(0)} MB`,
    `${summarize(growth["official"]!).max.toFixed(0)} MB`,
  ]);
}
server.stop();

const intervals = rows.map((r) => parseRatio(r[3]!));
const worst = intervals.reduce((a, b) => (b.median < a.median ? b : a));
const worstMemory = Math.max(...memory.map((r) => Number(r[1]!.split(" ")[0])));
const report = [
  "# Benchmarks of the data plane (envd)",
  "",
  "Generated by `pnpm bench:envd` (scripts/bench/envd.ts); do not edit by hand. Ours (`@spec-clients/e2b/envd`, default",
  "transport) against the official SDK (npm `e2b` 2.51, `Sandbox.connect(id, { debug: true, sandboxUrl })`), both",
  "against the same envd stand-in in another process (scripts/bench/envd-server.ts), rounds interleaved.",
  "",
  `- command: \`pnpm bench:envd${quick ? " --quick" : ""}\``,
  `- date: ${new Date().toISOString()}`,
  `- machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- node: ${process.version}`,
  `- commit: ${measuredCommit()}`,
  "",
  "## Budgets",
  "",
  "| budget | measured | verdict |",
  "| --- | --- | --- |",
  `| every row at least 1.0 × the official SDK | ${worst.median.toFixed(2)} [${worst.lo.toFixed(2)}, ${worst.hi.toFixed(2)}] (the worst row) | ${worstOf(intervals.map((c) => judge(c, 1, "at least")))} |`,
  `| streaming memory growth under 64 MB | ${worstMemory.toFixed(0)} MB (the worst way) | ${worstMemory < 64 ? "met" : "**missed**"} |`,
  "",
  "## Speed",
  "",
  `${rounds} rounds; operations (or files) per second, and ours as a ratio of the official SDK's in the same round (median with its 95% bootstrap interval over the rounds; higher is better). A budget is met when the whole interval is above it.`,
  "",
  "| operation | ours per s (median) | official per s (median) | × official (median [95% CI]) |",
  "| --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  "## Memory while streaming",
  "",
  "Most the resident set grew over its level before the transfer (the largest of the rounds), sampled every 5 ms.",
  "",
  "| transfer | ours | official |",
  "| --- | --- | --- |",
  ...memory.map((r) => `| ${r.join(" | ")} |`),
  "",
].join("\n");
writeFileSync(join(import.meta.dirname, "../../BENCHMARKS-envd.md"), report);
console.log(report);
