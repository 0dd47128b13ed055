// Rates each spec with `redocly score` (agent readiness) and exits 1 when one falls below the
// `minScore` set for it in apis.mjs. Prints the weakest operations, where a fix pays most.
// Usage: pnpm spec:score
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { apis, root as toolsRoot } from "./apis.mjs";

const repo = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const redocly = join(toolsRoot, "node_modules/.bin/redocly");

/** Runs `redocly score` on one spec and returns its JSON report. */
function score(spec) {
  const run = spawnSync(redocly, ["score", spec, "--format", "json"], { cwd: repo, encoding: "utf8" });
  const start = run.stdout.indexOf("{");
  if (run.status !== 0 || start < 0) throw new Error(`redocly score failed for ${spec}:\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start));
}

let failed = false;
for (const [name, api] of Object.entries(apis)) {
  const report = score(api.spec);
  const ok = report.agentReadiness >= api.minScore;
  failed ||= !ok;
  console.log(`${name}: ${report.agentReadiness} (at least ${api.minScore}) ${ok ? "ok" : "TOO LOW"}`);
  const weakest = Object.entries(report.operationScores)
    .sort(([, a], [, b]) => a.agentReadiness - b.agentReadiness)
    .slice(0, 3);
  for (const [id, op] of weakest) console.log(`  ${String(op.agentReadiness).padStart(5)} ${id}`);
}
if (failed) {
  console.error("An agent-readiness score fell below its floor: run `redocly score <spec> --operation-details`.");
  process.exit(1);
}
