// Runs `pnpm spec:diff` on a scratch git repository holding a copy of the specs.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { apis, root } from "../apis.mjs";

let repo: string;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: repo, stdio: "pipe" });
const specDiff = () => {
  const run = spawnSync("node", [join(root, "scripts/spec-diff.mjs"), "HEAD"], { cwd: repo, encoding: "utf8" });
  return { code: run.status, out: run.stdout + run.stderr };
};
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(repo, file), change(readFileSync(join(repo, file), "utf8")));

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "spec-diff-test-"));
  cpSync(join(root, "spec"), join(repo, "spec"), { recursive: true });
  cpSync(join(root, "redocly.yaml"), join(repo, "redocly.yaml"));
  for (const { pkg } of Object.values(apis)) {
    mkdirSync(join(repo, pkg), { recursive: true });
    cpSync(join(root, pkg, "package.json"), join(repo, pkg, "package.json"));
  }
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "base");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const removeTitleOperation = (text: string) => {
  const start = text.indexOf("  /envs/{codeSnippetID}/title:");
  return text.slice(0, start) + text.slice(text.indexOf("components:"));
};

it("passes with no change", () => {
  expect(specDiff()).toMatchObject({ code: 0 });
});

it("fails on a removed operation and says what to do", () => {
  edit("spec/e2b.yaml", removeTitleOperation);
  const { code, out } = specDiff();
  expect(code).toBe(1);
  expect(out).toContain("e2b: needs a major bump");
  expect(out).toContain("Path `/envs/{codeSnippetID}/title` was removed.");
  expect(out).toContain("BREAKING: bump the major version in packages/e2b-client/package.json");
  expect(out).toContain("airplane: no change");
});

it("allows the breaking change once the package's major version moved", () => {
  edit("spec/e2b.yaml", removeTitleOperation);
  edit("packages/e2b-client/package.json", (t) => t.replace(/"version": "\d+\./, '"version": "1.'));
  const { code, out } = specDiff();
  expect(code).toBe(0);
  expect(out).toContain("moved to major 1: allowed");
});

it("rates an added optional query parameter as minor and passes", () => {
  edit("spec/airplane.yaml", (t) =>
    t.replace(
      "        - $ref: '#/components/parameters/Limit'\n",
      "        - name: status\n          in: query\n          description: Only list runs with this status.\n          schema:\n            $ref: '#/components/schemas/RunStatus'\n        - $ref: '#/components/parameters/Limit'\n",
    ),
  );
  const { code, out } = specDiff();
  expect(out).toMatch(/airplane: needs a minor bump/);
  expect(code).toBe(0);
});
