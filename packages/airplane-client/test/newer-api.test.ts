// "Old client, new server": this client, built from today's spec, against a Prism mock of a later
// version of it (scripts/testing/newer-spec.mjs) that adds a value to every enum answers carry and a
// field to every object they hold. The contract suite runs against that mock too (vitest project
// "newer-api"); these tests read the answers as the later API sends them (`Prefer: example=later`).
import { describe, expect, it } from "vitest";
import { LATER_FIELD, LATER_VALUE } from "../../../scripts/testing/newer-spec.mjs";
import { TimeoutError } from "../src/index.js";
import { mockClient, prefer } from "./helpers.js";

const later = (path: string) => mockClient({ middleware: [prefer(path, "example=later")] });

describe("answers of a later API", () => {
  it("runs.get passes a new status and a new field through unchanged", async () => {
    const run = await later("/runs/get").runs.get("run20220111zlq2ig4");
    expect(run.status).toBe(LATER_VALUE);
    expect(run.runtime).toBe(LATER_VALUE);
    expect(run.params?.[0]?.type).toBe(LATER_VALUE);
    expect(run).toHaveProperty(LATER_FIELD);
  });
  it("runs.list and sessions.get do too", async () => {
    const { runs } = await later("/runs/list").runs.list();
    expect(runs.every((run) => run.status === LATER_VALUE)).toBe(true);
    expect((await later("/sessions/get").sessions.get("ses20220120za1pskd")).status).toBe(LATER_VALUE);
  });
  it("runs.wait polls through the new status until its timeout, and names it", async () => {
    const error = await later("/runs/get")
      .runs.wait("run20220111zlq2ig4", { intervalMs: 100, timeoutMs: 400 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain(`"${LATER_VALUE}", is not one this client knows`);
  });
});
