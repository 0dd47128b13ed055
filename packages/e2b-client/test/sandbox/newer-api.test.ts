// "Old client, new server" for the sandbox API: see packages/airplane-client/test/newer-api.test.ts.
import { describe, expect, it } from "vitest";
import { LATER_FIELD, LATER_VALUE } from "../../../../scripts/testing/newer-spec.mjs";
import { TimeoutError } from "../../src/sandbox/index.js";
import { mockClient } from "./helpers.js";

const later = () => mockClient({ headers: { Prefer: "example=later" } }).client;
const laterTeam = () => mockClient({ headers: { Prefer: "example=later" } }).team;

describe("answers of a later API", () => {
  it("sandboxes.get and sandboxes.list pass a new state and a new field through unchanged", async () => {
    const sandbox = await later().sandboxes.get("ixq3wq7z4m1o8ka2bd6nc");
    expect(sandbox.state).toBe(LATER_VALUE);
    expect(sandbox).toHaveProperty(LATER_FIELD);
    const page = await later().sandboxes.list();
    expect(page.items.every((item) => item.state === LATER_VALUE)).toBe(true);
  });
  it("templates.buildStatus passes a new build state and log level through", async () => {
    const status = await laterTeam().templates.buildStatus(
      "rki5dems9wqfm4r03t7g",
      "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a",
    );
    expect(status.status).toBe(LATER_VALUE);
    expect(status.logEntries.every((entry) => entry.level === LATER_VALUE)).toBe(true);
  });
  it("templates.waitForBuild polls through the new state until its timeout, and names it", async () => {
    const error = await laterTeam()
      .templates.waitForBuild("rki5dems9wqfm4r03t7g", "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a", {
        intervalMs: 100,
        timeoutMs: 400,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain(`"${LATER_VALUE}", is not one this client knows`);
  });
});
