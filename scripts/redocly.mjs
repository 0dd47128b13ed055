// Runs the Redocly CLI on the repository the command was started in (a scratch copy in tests).
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root as toolsRoot } from "./apis.mjs";

/** The git checkout the current directory belongs to. */
export const repo = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const redocly = join(toolsRoot, "node_modules/.bin/redocly");

/**
 * Runs `redocly <args> --format json` in `repo` and returns the report, skipping any banner before it.
 * Its stdout goes to a file: Node writes to a file synchronously, while a pipe may lose the end of a
 * large report when the CLI exits (seen under load as "Unexpected end of JSON input").
 */
export function redoclyJson(args) {
  const dir = mkdtempSync(join(tmpdir(), "redocly-"));
  const file = join(dir, "out.json");
  const out = openSync(file, "w");
  try {
    const run = spawnSync(redocly, [...args, "--format", "json"], {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", out, "pipe"],
    });
    const stdout = readFileSync(file, "utf8");
    const start = stdout.indexOf("{");
    if (run.status !== 0 || start < 0) throw new Error(`redocly ${args[0]} failed:\n${run.stderr}`);
    return JSON.parse(stdout.slice(start));
  } finally {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}
