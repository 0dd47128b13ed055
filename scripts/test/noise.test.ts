// What the build's Redocly steps print: what a user needs, and nothing that contradicts the README.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { root } from "../apis.mjs";

it("lint names the problems ignored on purpose, and shows no Node 20 box or update notice", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts/redocly-quiet.mjs"), "lint"], {
    cwd: root,
    encoding: "utf8",
  });
  const all = run.stdout + run.stderr;
  expect(run.status).toBe(0);
  expect(all).not.toMatch(/╔|Node\.js 20 support is ending|new version/i);
  expect(all).not.toMatch(/problems? (is|are) explicitly ignored/);
  expect(all).toContain("spec/e2b-sandbox.yaml: no-ambiguous-paths at #/paths/~1templates~1{templateID}~1tags");
  expect(all).toContain("Your API descriptions are valid");
});
