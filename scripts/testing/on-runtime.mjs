// Runs a package's tests again on another runtime of the matrix, so that no behaviour rests on a quirk
// of the Node in use: `node on-runtime.mjs "node 26" vitest run [args]`, where `vitest` stands for
// the vitest CLI as resolved from the current folder. Where the matrix cannot be installed, it says
// so and passes, except under CI.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runtimesOrSkip } from "./runtimes.mjs";

const [name, command, ...args] = process.argv.slice(2);
if (!name || !command) {
  console.error('Usage: node on-runtime.mjs "<runtime>" <script|vitest> [args]');
  process.exit(2);
}
const bins = runtimesOrSkip(`The run on ${name}`);
if (!bins) process.exit(0);
const bin = bins[name];
if (!bin) throw new Error(`No runtime named ${name} in the matrix (scripts/testing/runtimes.mjs).`);
const require = createRequire(join(process.cwd(), "package.json"));
const script = command === "vitest" ? join(dirname(require.resolve("vitest/package.json")), "vitest.mjs") : command;
const version = spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.trim();
console.log(`\nThe same tests on ${name} (${version}):`);
const { status } = spawnSync(bin, [script, ...args], { stdio: "inherit" });
process.exit(status ?? 1);
