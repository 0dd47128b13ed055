// Runs the resource-method check on a scratch copy whose spec gained an operation.
import { afterEach, beforeEach, expect, it } from "vitest";
import { scratchRepo, type ScratchRepo } from "./scratch-repo.js";

let repo: ScratchRepo;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.remove());

it("passes while every operation has a resource method", () => {
  expect(repo.run("check-resources.mjs")).toMatchObject({ code: 0 });
});

it("names an operation without a resource method and the file to add it to", () => {
  repo.edit("spec/airplane.yaml", (t) =>
    t.replace(
      "  /runs/getOutputs:\n",
      "  /runs/retry:\n    post:\n      operationId: retryRun\n      summary: Retry a run\n      responses:\n        '200':\n          description: ok\n  /runs/getOutputs:\n",
    ),
  );
  const { code, out } = repo.run("check-resources.mjs");
  expect(code).toBe(1);
  expect(out).toContain(
    "airplane: POST /runs/retry (retryRun) has no resource method: add one to packages/airplane-client/src/runs.ts",
  );
  expect(out).toContain("e2b: every operation has a resource method");
});

it("--report (what pnpm build runs) names the missing operation and lets the build go on", () => {
  repo.edit("spec/airplane.yaml", (t) =>
    t.replace(
      "  /runs/getOutputs:\n",
      "  /runs/retry:\n    post:\n      operationId: retryRun\n      summary: Retry a run\n      responses:\n        '200':\n          description: ok\n  /runs/getOutputs:\n",
    ),
  );
  const { code, out } = repo.run("check-resources.mjs", "--report");
  expect(code).toBe(0);
  expect(out).toContain("airplane: POST /runs/retry (retryRun) has no resource method");
  expect(out).toContain("`pnpm test` fails until each has one");
});
