// A throwaway git repository holding a copy of the specs, redocly.yaml and the packages' manifests
// and sources, for tests that run a spec script on edited specs.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apis, root } from "../apis.mjs";

export interface ScratchRepo {
  /** Rewrites a file of the copy. */
  edit(file: string, change: (text: string) => string): void;
  /** Runs `scripts/<script>` of this repository inside the copy. */
  run(script: string, ...args: string[]): { code: number | null; out: string };
  /** Runs the copy's own `scripts/<script>` (see `withScripts`), whose root is the copy. */
  runOwn(script: string, ...args: string[]): { code: number | null; out: string };
  remove(): void;
}

/** `withScripts`: also copy the scripts, with this repository's node_modules linked, so that they act on the copy. */
export function scratchRepo({ withScripts = false } = {}): ScratchRepo {
  const dir = mkdtempSync(join(tmpdir(), "spec-scratch-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: dir, stdio: "pipe" });
  cpSync(join(root, "spec"), join(dir, "spec"), { recursive: true });
  cpSync(join(root, "redocly.yaml"), join(dir, "redocly.yaml"));
  for (const { pkg } of Object.values(apis)) {
    mkdirSync(join(dir, pkg), { recursive: true });
    cpSync(join(root, pkg, "package.json"), join(dir, pkg, "package.json"));
    cpSync(join(root, pkg, "src"), join(dir, pkg, "src"), { recursive: true });
  }
  if (withScripts) {
    cpSync(join(root, "scripts"), join(dir, "scripts"), {
      recursive: true,
      filter: (src) => !src.includes("node_modules"),
    });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  }
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "base");
  return {
    edit: (file, change) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8"))),
    run: (script, ...args) => {
      const run = spawnSync("node", [join(root, "scripts", script), ...args], { cwd: dir, encoding: "utf8" });
      return { code: run.status, out: run.stdout + run.stderr };
    },
    runOwn: (script, ...args) => {
      const run = spawnSync("node", [join(dir, "scripts", script), ...args], { cwd: dir, encoding: "utf8" });
      return { code: run.status, out: run.stdout + run.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
