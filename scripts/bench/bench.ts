// `pnpm bench`: measures the clients (standard fetch path and Node fast path) against raw fetch,
// openapi-fetch, undici and the official SDKs' HTTP layers, and writes BENCHMARKS.md. The HTTP
// server runs in its own process. Flags: --quick (fewer rounds), --skip-pipeline.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { pipeline } from "./pipeline.js";
import {
  BUDGET_GZ,
  bundles,
  entries,
  ISSUE_CEILING_GZ,
  OFFICIAL_SANDBOX,
  OFFICIAL_SHARE,
  SANDBOX_AND_ENVD,
} from "./sizes.js";
import { control, DEFAULT_ON_NODE, DIFFERENCES, PAIRS, pairOf, type Pair } from "./contenders.js";
import { aheadOf, judge, parseRatio, worstOf, type Interval } from "./stats.js";
import { cpuCost, startServer, throughput } from "./speed.js";
import { allocation } from "./alloc.js";
import { measuredCommit, type Table } from "./table.js";
import { typeCheck } from "./typecheck.js";

const quick = process.argv.includes("--quick");
const commit = measuredCommit();
const rounds = quick ? 3 : 7;
const tables: Table[] = [];
const step = async (label: string, run: () => Promise<Table | Table[]>) => {
  process.stderr.write(`bench: ${label}...\n`);
  const out = await run();
  tables.push(...(Array.isArray(out) ? out : [out]));
};

await step("throughput", () => throughput(rounds * 5));
await step("cpu", () => cpuCost(rounds * 2));
await step("bundles", () => bundles());
await step("allocation", async () => {
  const server = await startServer();
  try {
    return await allocation(server.url, rounds);
  } finally {
    server.stop();
  }
});
if (!process.argv.includes("--skip-pipeline")) await step("pipeline", () => pipeline(quick ? 2 : 3, !quick));
await step("type-check", () => typeCheck(quick ? 2 : 3));

const cell = (t: Table, row: string, col: number) => t.rows.find((r) => r[0] === row)?.[col] ?? "?";
const [c1, c32, cpu, size] = [tables[0]!, tables[1]!, tables[2]!, tables[3]!];
/** Our client for each request, on the standard path. */
const ours: Record<Pair, string> = {
  "runs.get": "@spec-clients/airplane runs.get",
  "sessions.list": "@spec-clients/e2b sessions.list",
  "sandboxes.list": "@spec-clients/e2b/sandbox sandboxes.list",
};
const officials = [
  "@airplane/lib Fetcher (official)",
  "openapi-typescript-fetch@1 (e2b SDK)",
  "e2b@2.51 ApiClient (official)",
];
const at = (t: Table, row: string, col: number) => parseRatio(cell(t, row, col));
const show = (c: Interval) => `${c.median.toFixed(2)} [${c.lo.toFixed(2)}, ${c.hi.toFixed(2)}]`;
/**
 * A budget on each of the three pairs, each judged alike on its interval; the row shows every
 * pair beside its own A/A control (a second bare client, measured like ours).
 */
const perPair = (label: string, t: Table, col: number, bound: number, want: "at least" | "at most") => {
  const verdicts = PAIRS.map((p) => judge(at(t, ours[p], col), bound, want));
  const measured = PAIRS.map((p) => `${p} ${show(at(t, ours[p], col))} (A/A ${show(at(t, control(p), col))})`).join(
    "; ",
  );
  return [label, measured, worstOf(verdicts)];
};
const budgets = [
  ...[c1, c32].map((t) =>
    perPair(`${t.title}, standard path: ≥ 0.95 × bare openapi-fetch (same call)`, t, 3, 0.95, "at least"),
  ),
  ...[c1, c32].map((t) => {
    const fast = (p: Pair) => at(t, `${ours[p]} (node path)`, 2);
    const verdicts = [
      ...PAIRS.map((p) => judge(fast(p), 1.3, "at least")),
      ...officials.map((o) => aheadOf(fast(pairOf(o)), at(t, o, 2))),
    ];
    const measured = [
      ...PAIRS.map((p) => `${p} ${show(fast(p))}`),
      ...officials.map((o) => `${o} ${show(at(t, o, 2))}`),
    ].join("; ");
    return [
      `${t.title}, node path: ≥ 1.3 × raw fetch (same path) and ahead of each official SDK`,
      measured,
      worstOf(verdicts),
    ];
  }),
  ...[c1, c32].map((t) => {
    const mine = at(t, DEFAULT_ON_NODE, 2);
    const fetcher = at(t, officials[0]!, 2);
    return [
      `${t.title}, the Airplane client with no transport option on Node: ahead of the official Fetcher`,
      `${show(mine)} vs ${show(fetcher)} × raw fetch`,
      aheadOf(mine, fetcher),
    ];
  }),
  perPair("CPU per call, standard path: ≤ 1.15 × bare openapi-fetch (same call)", cpu, 2, 1.15, "at most"),
  ...["@spec-clients/airplane", "@spec-clients/e2b", "@spec-clients/e2b/sandbox", "@spec-clients/e2b/team"].map((n) => {
    const gz = Number(cell(size, n, 2));
    const ceiling = entries[n]!.ceiling!;
    const budget = `${n} ≤ ${ISSUE_CEILING_GZ} B min+gzip (CI stops growth at ${ceiling} B; target ${BUDGET_GZ} B)`;
    return [budget, `${gz} B`, gz <= ISSUE_CEILING_GZ ? "met" : "**missed**"];
  }),
  (() => {
    const both = Number(cell(size, SANDBOX_AND_ENVD, 2));
    const official = Number(cell(size, OFFICIAL_SANDBOX, 2));
    return [
      "@spec-clients/e2b/sandbox with its data plane (/envd) ≤ a fifth of the official SDK's Sandbox, min+gzip",
      `${both} B vs ${official} B (${((both / official) * 100).toFixed(1)}%)`,
      both <= official * OFFICIAL_SHARE ? "met" : "**missed**",
    ];
  })(),
];

const md = (t: Table) =>
  [
    `## ${t.title}`,
    "",
    t.note,
    "",
    `| ${t.head.join(" | ")} |`,
    `| ${t.head.map(() => "---").join(" | ")} |`,
    ...t.rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
const report = [
  "# Benchmarks",
  "",
  "Generated by `pnpm bench` (scripts/bench); do not edit by hand. Every figure is a ratio against a baseline measured",
  "in the same run, with rounds interleaved; each median with its 95% bootstrap interval over the rounds. A budget is",
  "met when its whole interval is on the right side of the bound, missed when the whole of it is on the wrong side,",
  "and within noise otherwise.",
  "",
  `- command: \`pnpm bench${quick ? " --quick" : ""}\``,
  `- date: ${new Date().toISOString()}`,
  `- machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- node: ${process.version}`,
  `- commit: ${commit}`,
  "",
  "## Budgets",
  "",
  "| budget | measured | verdict |",
  "| --- | --- | --- |",
  ...budgets.map((b) => `| ${b.join(" | ")} |`),
  "",
  "Each row judges the three requests alike, each beside its own A/A control: a second bare openapi-fetch client",
  "sending the same request, set against the first exactly as ours are. A control's distance from 1.00 is what noise",
  "alone gives in that run.",
  "",
  "## How the contenders' requests differ",
  "",
  "Ours and each A/A control send their bare twin's request byte for byte but for header order, and every contender",
  "sends the same method, path and query as its twin (scripts/bench/contenders.test.ts checks both). The rest differ:",
  "",
  "| contender | differs from bare openapi-fetch by |",
  "| --- | --- |",
  ...Object.entries(DIFFERENCES).map(([n, d]) => `| ${n} | ${d} |`),
  "",
  ...tables.map(md),
  readFileSync(join(import.meta.dirname, "analysis.md"), "utf8"),
].join("\n");
writeFileSync(join(import.meta.dirname, "../../BENCHMARKS.md"), report + "\n");
console.log(report);
