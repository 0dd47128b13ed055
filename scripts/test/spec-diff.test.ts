// Runs `pnpm spec:diff` on a scratch git repository holding a copy of the specs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scratchRepo, type ScratchRepo } from "./scratch-repo.js";

let repo: ScratchRepo;
const specDiff = () => repo.run("spec-diff.mjs", "HEAD");

beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.remove());

const removeTitleOperation = (text: string) => {
  const start = text.indexOf("  /envs/{codeSnippetID}/title:");
  return text.slice(0, start) + text.slice(text.indexOf("components:"));
};

it("passes with no change", () => {
  expect(specDiff()).toMatchObject({ code: 0 });
});

it("fails on a removed operation and says what to do", () => {
  repo.edit("spec/e2b.yaml", removeTitleOperation);
  const { code, out } = specDiff();
  expect(code).toBe(1);
  expect(out).toContain("e2b: needs a major bump");
  expect(out).toContain("Path `/envs/{codeSnippetID}/title` was removed.");
  expect(out).toContain("BREAKING: bump the major version in packages/e2b-client/package.json");
  expect(out).toContain("airplane: no change");
});

it("allows the breaking change once the package's major version moved", () => {
  repo.edit("spec/e2b.yaml", removeTitleOperation);
  repo.edit("packages/e2b-client/package.json", (t) => t.replace(/"version": "\d+\./, '"version": "1.'));
  const { code, out } = specDiff();
  expect(code).toBe(0);
  expect(out).toContain("moved to major 1: allowed");
});

it("rates an added optional query parameter as minor and passes", () => {
  repo.edit("spec/airplane.yaml", (t) =>
    t.replace(
      "        - $ref: '#/components/parameters/Limit'\n",
      "        - name: status\n          in: query\n          description: Only list runs with this status.\n          schema:\n            $ref: '#/components/schemas/RunStatus'\n        - $ref: '#/components/parameters/Limit'\n",
    ),
  );
  const { code, out } = specDiff();
  expect(out).toContain("  minor added    Parameter GET /runs/list › query parameter `status`");
  expect(out).toMatch(/airplane: needs a minor bump/);
  expect(code).toBe(0);
});

it("lists every change with its rating and place before the verdict", () => {
  repo.edit("spec/airplane.yaml", (t) =>
    t
      .replace(
        "enum: [ NotStarted, Queued, Active, Succeeded, Failed, Cancelled ]",
        "enum: [ NotStarted, Queued, Active, Succeeded, Failed, Cancelled, Paused ]",
      )
      .replace("        maximum: 50", "        maximum: 100"),
  );
  const { out } = specDiff();
  const lines = out.split("\n");
  expect(lines).toContain("  minor modified Schema GET /runs/get › response 200 › `status`: enum +Paused");
  expect(lines).toContain("  patch modified Schema GET /runs/list › query parameter `limit`: maximum 50 → 100");
  expect(out.indexOf("enum +Paused")).toBeLessThan(out.indexOf("airplane: needs a minor bump"));
});

describe("enum values, rated by what they do to deployed clients", () => {
  const runStatus = "enum: [ NotStarted, Queued, Active, Succeeded, Failed, Cancelled ]";
  it("a value added to an enum that only answers carry is minor: deployed clients pass it through", () => {
    repo.edit("spec/airplane.yaml", (t) => t.replace(runStatus, runStatus.replace(" ]", ", Paused ]")));
    const { code, out } = specDiff();
    expect(out).toContain("  minor modified Schema GET /runs/get › response 200 › `status`: enum +Paused");
    expect(out).toContain("rated minor: a value was added to answers: deployed clients pass it through");
    expect(out).toContain("airplane: needs a minor bump (0 major, 1 minor, 0 patch)");
    expect(code).toBe(0);
  });
  it("a value removed from an answer's enum is major", () => {
    repo.edit("spec/airplane.yaml", (t) => t.replace(runStatus, runStatus.replace(", Cancelled", "")));
    const { code, out } = specDiff();
    expect(out).toContain("  major modified Schema GET /runs/get › response 200 › `status`: enum -Cancelled");
    expect(out).toContain("rated major: a value was removed");
    expect(code).toBe(1);
  });
  it("a value added to an enum that requests take is major, alone or shared with answers", () => {
    repo.edit("spec/e2b-sandbox.yaml", (t) => t.replace("enum: [asc, desc]", "enum: [asc, desc, random]"));
    let run = specDiff();
    expect(run.out).toContain("query parameter `order`: enum +random");
    expect(run.out).toContain("rated major: a value was added to an enum that requests take");
    expect(run.code).toBe(1);
    repo.edit("spec/e2b-sandbox.yaml", (t) =>
      t
        .replace("enum: [asc, desc, random]", "enum: [asc, desc]")
        .replace("enum: [running, paused]", "enum: [running, paused, snapshotting]"),
    );
    run = specDiff();
    expect(run.out).toContain("enum +snapshotting");
    expect(run.out).toContain("rated major: a value was added to an enum that requests take");
    expect(run.code).toBe(1);
  });
});
