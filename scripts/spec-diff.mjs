// Reports, per API, every spec change since a git ref (default HEAD), each rated by the semver bump
// it needs (`redocly diff`), then the verdict; exits 1 on a breaking change unless the package's
// major version moved.
// Usage: pnpm spec:diff [git-ref]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { apis } from "./apis.mjs";
import { redoclyJson, repo } from "./redocly.mjs";
import { describeChange, rateChange } from "./spec-changes.mjs";

const ref = process.argv[2] ?? "HEAD";
const tmp = mkdtempSync(join(tmpdir(), "spec-diff-"));

const atRef = (path) => {
  const out = spawnSync("git", ["show", `${ref}:${path}`], { cwd: repo, encoding: "utf8" });
  return out.status === 0 ? out.stdout : undefined;
};
const major = (json) => Number(JSON.parse(json).version.split(".")[0]);

let failed = false;
try {
  for (const [name, api] of Object.entries(apis)) {
    const base = atRef(api.spec);
    if (base === undefined) {
      console.log(`${name}: new at ${ref}, nothing to compare.`);
      continue;
    }
    const baseFile = join(tmp, `${name}.yaml`);
    writeFileSync(baseFile, base);
    const report = redoclyJson([
      "diff",
      baseFile,
      join(repo, api.spec),
      "--fail-on",
      "none",
      "--config",
      join(repo, "redocly.yaml"),
    ]);
    const docs = { base: parse(base), revision: parse(readFileSync(join(repo, api.spec), "utf8")) };
    const changes = report.changes.map((change) => rateChange(change, docs));
    const count = (impact) => changes.filter((change) => change.impact === impact).length;
    const [M, minor, patch] = [count("major"), count("minor"), count("patch")];
    const bump = M ? "major" : minor ? "minor" : "patch";
    if (changes.length) console.log(`${name}: ${changes.length} change(s) since ${ref}`);
    for (const change of changes) console.log(describeChange(change, docs));
    console.log(
      `${name}: ${changes.length ? `needs a ${bump} bump` : "no change"} (${M} major, ${minor} minor, ${patch} patch)`,
    );
    if (bump !== "major") continue;
    const pkgFile = `${api.pkg}/package.json`;
    const before = atRef(pkgFile);
    const now = readFileSync(join(repo, pkgFile), "utf8");
    if (before !== undefined && major(now) > major(before)) {
      console.log(`  breaking, and ${pkgFile} moved to major ${major(now)}: allowed.`);
    } else {
      console.log(
        `  BREAKING: bump the major version in ${pkgFile} (now ${JSON.parse(now).version}) or undo the change.`,
      );
      failed = true;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
