// The README's sandbox, team, envd and volume examples, run as written (transpiled, nothing else changed)
// against the Prism mocks, each in its own Node process, with the key and URLs from the environment.
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { expect, inject, it } from "vitest";
import { markdownSnippets } from "../../../../scripts/testing/snippets.js";

const run = promisify(execFile);
const pkg = join(import.meta.dirname, "../..");

/** Runs the README example that imports `entry`, and returns the lines it prints. */
async function runExample(entry: string): Promise<string[]> {
  const example = Object.values(markdownSnippets("packages/e2b-client/README.md")).find((code) =>
    code.includes(`from "${entry}"`),
  )!;
  const { code } = await transform(example, { loader: "ts", format: "esm", target: "es2022" });
  // Inside the package, so that `@spec-clients/e2b/…` resolves to its build by self-reference.
  const file = join(pkg, `.readme-example-${process.pid}-${entry.split("/").pop()}.mjs`);
  writeFileSync(file, code);
  try {
    const urls = inject("mockUrls");
    const env = {
      ...process.env,
      E2B_API_KEY: "e2b_any",
      E2B_API_URL: urls["e2b-sandbox"],
      E2B_VOLUME_API_URL: urls["e2b-volume"],
      E2B_SANDBOX_URL: urls["e2b-envd"],
    };
    const { stdout, stderr } = await run(process.execPath, [file], { env, cwd: pkg, timeout: 60_000 });
    expect(stderr).toBe("");
    return stdout.split("\n");
  } finally {
    rmSync(file, { force: true });
  }
}

it("the README's sandbox example runs against the mock and prints what the spec's examples say", async () => {
  expect(await runExample("@spec-clients/e2b/sandbox")).toEqual([
    "true 0.2.4 true",
    "true",
    "ixq3wq7z4m1o8ka2bd6nc 2026-11-27T08:25:02Z",
    "ixq3wq7z4m1o8ka2bd6nc 2026-11-27T08:25:02Z",
    "scratch sandbox ixq3wq7z4m1o8ka2bd6nc",
    "2026-11-27T08:15:03.120Z info server listening on :3000",
    "12.5",
    "",
  ]);
});

it("the README's team example runs against the mock and prints what the spec's examples say", async () => {
  expect(await runExample("@spec-clients/e2b/team")).toEqual([
    "ready",
    "vol_3f9a1e5c2b4e8d9a sec_7b2d4f6a8c0e1a3c true",
    "",
  ]);
});

it("the README's volume example runs against the two mocks and prints what the spec's examples say", async () => {
  expect(await runExample("@spec-clients/e2b/volume")).toEqual([
    "/data/train.csv 14",
    "file /data/train.csv",
    "directory /data/images",
    String.raw`"id,label\n1,cat\n" true`,
    "15",
    "",
  ]);
});

it("the README's envd example runs against the sandbox and envd mocks and prints what the spec's examples say", async () => {
  expect(await runExample("@spec-clients/e2b/envd")).toEqual([
    "out: hello",
    String.raw`0 "hello\n"`,
    "err: warning",
    "1042 0",
    // The mock's one example of Start ends in exit code 0, so "exit 3" throws nothing there.
    "print('hello')",
    "",
    "FILE_TYPE_FILE /home/user/main.py",
    "FILE_TYPE_DIRECTORY /home/user/data",
    "EVENT_TYPE_WRITE main.py",
    "EVENT_TYPE_REMOVE old.txt",
    "",
  ]);
});
