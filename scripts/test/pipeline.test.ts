// The codegen drift check and the mock CLI, run as a user would.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { apis, root } from "../apis.mjs";
import { scratchRepo } from "./scratch-repo.js";

it("generated files are marked and up to date with the specs", () => {
  for (const { pkg, spec, generated } of Object.values(apis)) {
    const text = readFileSync(join(root, pkg, generated, "api.gen.ts"), "utf8");
    expect(text.startsWith(`// GENERATED FILE, DO NOT EDIT. Source: ${spec}.`)).toBe(true);
  }
  const check = spawnSync("node", ["scripts/generate.mjs", "--check"], { cwd: root, encoding: "utf8" });
  expect(check.stderr).toBe("");
  expect(check.status).toBe(0);
});

it("the drift check fails on a hand edit of a generated file (in a scratch copy: other suites compile the real one)", () => {
  const repo = scratchRepo({ withScripts: true });
  try {
    expect(repo.runOwn("generate.mjs", "e2b", "--check")).toMatchObject({ code: 0 });
    repo.edit(`${apis.e2b.pkg}/src/generated/api.gen.ts`, (t) =>
      t.replace("export interface paths", "// edited\nexport interface paths"),
    );
    const check = repo.runOwn("generate.mjs", "e2b", "--check");
    expect(check.code).toBe(1);
    expect(check.out).toContain("is stale: run `pnpm generate`");
  } finally {
    repo.remove();
  }
});

it("pnpm mock serves the spec on 127.0.0.1, validates requests and stops on SIGINT", async () => {
  // Port 0: the OS picks a free one when the mock binds it (no window for another server to take it).
  const child = spawn("node", ["scripts/mock.mjs", "e2b", "--port", "0"], { cwd: root });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  try {
    await expect.poll(() => out, { timeout: 30_000, interval: 100 }).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1];
    const ok = await fetch(`http://127.0.0.1:${port}/sessions?api_key=k`);
    expect(ok.status).toBe(200);
    const noKey = await fetch(`http://127.0.0.1:${port}/sessions`);
    expect(noKey.status).toBe(401);
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
  expect(out).toContain("mock stopped");
});

it("the root README's TypeScript examples compile", async () => {
  const { compileSnippets, markdownSnippets } = await import("../testing/snippets.js");
  const examples = markdownSnippets("README.md");
  expect(Object.keys(examples).length).toBeGreaterThanOrEqual(1);
  expect(compileSnippets(examples)).toBe("");
});
