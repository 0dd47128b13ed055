// Runs the Redocly CLI with what a user needs of its output: without the Node 20 deprecation box
// (we support Node 20.19+, see the README) and the update notice, and, after `lint`, with the problems
// .redocly.lint-ignore.yaml ignores on purpose named instead of counted. Usage: node scripts/redocly-quiet.mjs <args>
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { root } from "./apis.mjs";

const redocly = join(root, "node_modules/.bin/redocly");
const args = process.argv.slice(2);

/** Drops the framed box (╔ … ╚ lines and the blank lines around it) from a chunk of output. */
const unboxed = (text) => text.replace(/\n*\s*╔[\s\S]*?╚[^\n]*\n*/g, "\n");

/** The problems the ignore file accepts on purpose, one line each, with its reason's first line. */
function ignoredOnPurpose() {
  const file = join(root, ".redocly.lint-ignore.yaml");
  const lines = [];
  for (const [spec, rules] of Object.entries(parse(readFileSync(file, "utf8")) ?? {})) {
    for (const [rule, pointers] of Object.entries(rules)) {
      for (const pointer of pointers) lines.push(`  ${spec}: ${rule} at ${pointer}`);
    }
  }
  return lines.length
    ? `Ignored on purpose (each with its reason in .redocly.lint-ignore.yaml):\n${lines.join("\n")}\n`
    : "";
}

const child = spawn(redocly, args, {
  cwd: root,
  env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  stdio: ["inherit", "pipe", "pipe"],
});
let err = "";
child.stdout.on("data", (d) => process.stdout.write(unboxed(String(d))));
child.stderr.on("data", (d) => (err += d));
child.on("close", (code) => {
  const shown = unboxed(err).replace(/^\d+ problems? (is|are) explicitly ignored\.\n/m, "");
  process.stderr.write(shown.replace(/^\n+/, ""));
  if (args[0] === "lint" && /explicitly ignored/.test(err)) process.stderr.write(ignoredOnPurpose());
  process.exit(code ?? 1);
});
