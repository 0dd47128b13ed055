// `pnpm test:mutation`: breaks the runtime on purpose, one line at a time, where the README's
// Guarantees live, and runs the tests that pin that guarantee: each mutant must make them fail
// ("killed"). Writes MUTATION.md. Outside `pnpm test` (a few minutes). The working tree's file is
// restored after each mutant, and on Ctrl-C; the core package is rebuilt from the restored source.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./apis.mjs";

const core = "packages/client-core/src";
const airplaneHostile = { pkg: "packages/airplane-client", args: ["--project", "fetch", "test/hostile"] };
const coreTests = { pkg: "packages/client-core", args: [] };
const e2bStreams = {
  pkg: "packages/e2b-client",
  args: ["--project", "fetch", "test/envd", "test/volume/files.test.ts"],
};
const e2bListing = { pkg: "packages/e2b-client", args: ["--project", "fetch", "test/sandbox/listing.test.ts"] };

/** Each mutant: the guarantee, the file, the text replaced, and the suites that must catch it. */
const MUTANTS = [
  [
    "secrets: base64url forms",
    `${core}/config/redact.ts`,
    `forms.push(form, form.replace(/\\+/g, "-").replace(/\\//g, "_"));`,
    "forms.push(form);",
    [coreTests, airplaneHostile],
  ],
  [
    "Retry-After above 60 s is the caller's",
    `${core}/config/retry.ts`,
    "export const MAX_RETRY_AFTER_MS = 60_000;",
    "export const MAX_RETRY_AFTER_MS = 3_600_000;",
    [coreTests, airplaneHostile],
  ],
  [
    "redirects stay on the origin",
    `${core}/transport/redirects.ts`,
    "if (target.origin !== call.origin) {",
    "if (false) {",
    [coreTests, airplaneHostile],
  ],
  [
    "redirect chains end at 5 hops",
    `${core}/transport/redirects.ts`,
    "const MAX_HOPS = 5;",
    "const MAX_HOPS = 50;",
    [coreTests, airplaneHostile],
  ],
  [
    "requests go to the configured origin only",
    `${core}/transport/transport.ts`,
    "if (this.url.origin !== options.origin) {",
    "if (false) {",
    [coreTests, airplaneHostile],
  ],
  [
    "an ambiguous POST is not repeated",
    `${core}/transport/transport.ts`,
    "return response.status === 429 || idempotent;",
    "return true;",
    [coreTests, airplaneHostile],
  ],
  [
    "the deadline bounds each attempt",
    `${core}/transport/attempt.ts`,
    "const byDeadline = left <= call.timeoutMs;",
    "const byDeadline = false;",
    [coreTests, airplaneHostile],
  ],
  [
    "a body over maxResponseBytes is refused",
    `${core}/transport/body.ts`,
    "if (size > maxBytes) {",
    "if (size > maxBytes * 1024) {",
    [coreTests, airplaneHostile],
  ],
  [
    "cursor walks end after 10 empty pages",
    `${core}/helpers/paginate.ts`,
    "export const MAX_EMPTY_PAGES = 10;",
    "export const MAX_EMPTY_PAGES = 1000;",
    [coreTests, e2bListing],
  ],
  [
    "a streamed body is bounded by maxBytes",
    `${core}/transport/stream-body.ts`,
    "if (received > guard.maxBytes)",
    "if (received > guard.maxBytes * 1024)",
    [coreTests, e2bStreams],
  ],
  [
    "a silent stream times out",
    `${core}/transport/stream-body.ts`,
    "byDeadline ? left : guard.idleMs,",
    "byDeadline ? left : guard.idleMs * 1000,",
    [coreTests, e2bStreams],
  ],
  [
    "an oversized envelope is refused",
    `${core}/connect/envelope.ts`,
    "if (length > maxBytes) {",
    "if (false) {",
    [coreTests, e2bStreams],
  ],
  [
    "a stream without its end-of-stream is an error",
    `${core}/connect/stream.ts`,
    'if (!ended) throw broken("it ends without its end-of-stream");',
    "",
    [coreTests, e2bStreams],
  ],
];

const run = (cmd, args, cwd = root) =>
  spawnSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const buildCore = () =>
  run(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"],
    join(root, "packages/client-core"),
  );
const vitest = join(root, "node_modules/vitest/vitest.mjs");

// First the suites on the code as it is: a mutant counts as killed only if they passed without it.
for (const suite of new Set(MUTANTS.flatMap((m) => m[4]))) {
  const result = run(process.execPath, [vitest, "run", ...suite.args], join(root, suite.pkg));
  if (result.status !== 0)
    throw new Error(`${suite.pkg} ${suite.args.join(" ")} fails without a mutant: fix it first.`);
}

let restore = () => undefined;
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => (restore(), buildCore(), process.exit(130)));

const rows = [];
for (const [guarantee, file, from, to, suites] of MUTANTS) {
  const path = join(root, file);
  const original = readFileSync(path, "utf8");
  if (original.split(from).length !== 2) throw new Error(`${file}: "${from}" must occur exactly once.`);
  restore = () => writeFileSync(path, original);
  let verdict = "survived";
  let by = "";
  try {
    writeFileSync(path, original.replace(from, to));
    if (buildCore().status !== 0) {
      verdict = "killed";
      by = "the type check";
    } else {
      for (const suite of suites) {
        const result = run(process.execPath, [vitest, "run", ...suite.args], join(root, suite.pkg));
        if (result.status !== 0) {
          const failed = (result.stdout + result.stderr)
            .replace(/\x1b\[[0-9;]*m/g, "")
            .match(/FAIL\s+(?:\S+\s+)?(\S+\.test\.ts)/);
          verdict = "killed";
          by = `${suite.pkg.split("/")[1]} ${failed?.[1] ?? "tests"}`;
          break;
        }
      }
    }
  } finally {
    restore();
  }
  rows.push([
    guarantee,
    `\`${file.replace("packages/client-core/src/", "")}\``,
    `\`${from}\` → \`${to || "(removed)"}\``,
    verdict,
    by,
  ]);
  console.error(`mutation: ${guarantee}: ${verdict}${by ? ` by ${by}` : ""}`);
}
restore = () => undefined;
buildCore();

const killed = rows.filter((r) => r[3] === "killed").length;
const report = [
  "# Mutation run",
  "",
  "Generated by `pnpm test:mutation` (scripts/mutation.mjs); do not edit by hand. Each row breaks one line of the",
  "runtime where a guarantee of the README lives, rebuilds the core package, and runs the suites that pin it (fetch",
  "path); a mutant is killed when they fail.",
  "",
  `- date: ${new Date().toISOString()}`,
  `- killed: ${killed} of ${rows.length}`,
  "",
  "| guarantee | file | mutant | verdict | caught by |",
  "| --- | --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`),
  "",
].join("\n");
writeFileSync(join(root, "MUTATION.md"), report);
console.log(report);
process.exit(killed === rows.length ? 0 : 1);
