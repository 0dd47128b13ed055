// Rates each spec with `redocly score` (agent readiness) and exits 1 when one falls below the
// `minScore` set for it in apis.mjs. Prints the weakest operations, where a fix pays most.
// Usage: pnpm spec:score
import { apis } from "./apis.mjs";
import { redoclyJson } from "./redocly.mjs";

let failed = false;
for (const [name, api] of Object.entries(apis)) {
  const report = redoclyJson(["score", api.spec]);
  const ok = report.agentReadiness >= api.minScore;
  failed ||= !ok;
  console.log(`${name}: ${report.agentReadiness} (at least ${api.minScore}) ${ok ? "ok" : "TOO LOW"}`);
  const weakest = Object.entries(report.operationScores)
    .sort(([, a], [, b]) => a.agentReadiness - b.agentReadiness)
    .slice(0, 3);
  console.log(`  weakest operations: ${weakest.map(([id, op]) => `${id} ${op.agentReadiness}`).join(", ")}`);
}
if (failed) {
  console.error(
    "An agent-readiness score fell below its floor: run `pnpm exec redocly score <spec> --operation-details`.",
  );
  process.exit(1);
}
