// Runs `pnpm spec:score` on a scratch copy of the specs.
import { afterEach, beforeEach, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { apis } from "../apis.mjs";
import { scratchRepo, type ScratchRepo } from "./scratch-repo.js";

let repo: ScratchRepo;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.remove());

const passes = (name: keyof typeof apis) => new RegExp(`${name}: [\\d.]+ \\(at least ${apis[name].minScore}\\) ok`);

type Schema = { properties?: Record<string, { description?: string }> };

/** Drops every schema property's description: the kind of slip that lowers a spec's rating. */
const undocumentProperties = (text: string) => {
  const spec = parse(text) as { components: { schemas: Record<string, Schema> } };
  for (const schema of Object.values(spec.components.schemas)) {
    for (const property of Object.values(schema.properties ?? {})) delete property.description;
  }
  return stringify(spec);
};

it("rates every spec at or above its floor", () => {
  const { code, out } = repo.run("spec-score.mjs");
  expect(code).toBe(0);
  for (const name of Object.keys(apis) as (keyof typeof apis)[]) expect(out).toMatch(passes(name));
});

it("fails when a spec's rating drops below its floor, and names the weakest operations", () => {
  repo.edit("spec/airplane.yaml", undocumentProperties);
  const { code, out } = repo.run("spec-score.mjs");
  expect(code).toBe(1);
  expect(out).toMatch(/airplane: [\d.]+ .* TOO LOW\n  weakest operations: ([a-zA-Z]+ [\d.]+(, )?){3}\n/);
  expect(out).toMatch(passes("e2b"));
  expect(out).toMatch(passes("e2b-sandbox"));
});

it("passes a spec that grew by correct operations rating below its median (three copies of its weakest)", () => {
  const rating = (out: string) => Number(out.match(/e2b-sandbox: ([\d.]+)/)![1]);
  const before = rating(repo.run("spec-score.mjs").out);
  repo.edit("spec/e2b-sandbox.yaml", (text) => {
    const spec = parse(text) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const [path, item] = Object.entries(spec.paths).find(([, i]) => i["put"]?.operationId === "updateSandboxNetwork")!;
    for (const n of [1, 2, 3])
      spec.paths[`${path}/copy${n}`] = { ...item, put: { ...item["put"], operationId: `updateNetworkCopy${n}` } };
    return stringify(spec);
  });
  const { code, out } = repo.run("spec-score.mjs");
  // The rating went down: a floor equal to today's rating would fail this correct change.
  expect(rating(out)).toBeLessThan(before);
  expect(out).toMatch(passes("e2b-sandbox"));
  expect(code).toBe(0);
});
