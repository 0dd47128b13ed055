// Runs the Redocly CLI on the repository the command was started in (a scratch copy in tests).
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { root as toolsRoot } from "./apis.mjs";

/** The git checkout the current directory belongs to. */
export const repo = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const redocly = join(toolsRoot, "node_modules/.bin/redocly");

/** Runs `redocly <args> --format json` in `repo` and returns the report, skipping any banner before it. */
export function redoclyJson(args) {
  const run = spawnSync(redocly, [...args, "--format", "json"], { cwd: repo, encoding: "utf8" });
  const start = run.stdout.indexOf("{");
  if (run.status !== 0 || start < 0) throw new Error(`redocly ${args[0]} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start));
}
