// Sums the vitest summaries of a `pnpm test` log into one plain line: "tests: N passed, N failed".
// Usage: node scripts/test-summary.mjs <log-file>. Exits 1 when the log holds no summary or a failure.
import { readFileSync } from "node:fs";

const log = readFileSync(process.argv[2] ?? 0, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
const totals = { passed: 0, failed: 0, skipped: 0 };
let runs = 0;
for (const line of log.split("\n")) {
  const summary = line.match(/^\S*\s*Tests\s+(.*)\(\d+\)\s*$/);
  if (!summary) continue;
  runs++;
  for (const [, n, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(n);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${runs} vitest runs)`);
process.exit(runs === 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
