// `pnpm test`: installs the runtime matrix, runs every package's tests and the tooling tests through
// turbo, and ends with the one-line total of every vitest run (scripts/test-summary.mjs), locally as in CI.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./apis.mjs";

let log = "";
/** Runs a command in the repository, its output shown as it comes and kept for the summary. */
const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["inherit", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        log += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const code =
  (await run(["scripts/testing/runtimes.mjs"])) ||
  (await run(["scripts/turbo.mjs", "run", "test", "test:tooling", "--concurrency=2"]));
const dir = mkdtempSync(join(tmpdir(), "test-summary-"));
writeFileSync(join(dir, "log"), log);
const summary = await run(["scripts/test-summary.mjs", join(dir, "log")]);
rmSync(dir, { recursive: true, force: true });
process.exit(code || summary);
