// The README's sandbox example, run as written (transpiled, nothing else changed) against the
// Prism mock of the sandbox API, in its own Node process, with the key and URL from the environment.
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { expect, inject, it } from "vitest";
import { markdownSnippets } from "../../../../scripts/testing/snippets.js";

const run = promisify(execFile);
const pkg = join(import.meta.dirname, "../..");

it("the README's sandbox example runs against the mock and prints what the spec's examples say", async () => {
  const example = Object.values(markdownSnippets("packages/e2b-client/README.md")).find((code) =>
    code.includes("@spec-clients/e2b/sandbox"),
  )!;
  const { code } = await transform(example, { loader: "ts", format: "esm", target: "es2022" });
  // Inside the package, so that `@spec-clients/e2b/sandbox` resolves to its build by self-reference.
  const file = join(pkg, `.readme-example-${process.pid}.mjs`);
  writeFileSync(file, code);
  try {
    const env = { ...process.env, E2B_API_KEY: "e2b_any", E2B_API_URL: inject("mockUrls")["e2b-sandbox"] };
    const { stdout, stderr } = await run(process.execPath, [file], { env, cwd: pkg, timeout: 60_000 });
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      "true 0.2.4 true",
      "true",
      "ixq3wq7z4m1o8ka2bd6nc 2026-11-27T08:25:02Z",
      "ixq3wq7z4m1o8ka2bd6nc 2026-11-27T08:25:02Z",
      "scratch sandbox ixq3wq7z4m1o8ka2bd6nc",
      "vol_3f9a1e5c2b4e8d9a sec_7b2d4f6a8c0e1a3c true",
      "2026-11-27T08:15:03.120Z info server listening on :3000",
      "12.5",
      "",
    ]);
  } finally {
    rmSync(file, { force: true });
  }
});
