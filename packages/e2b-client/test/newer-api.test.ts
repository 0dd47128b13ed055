// "Old client, new server" for e2b's sessions API: see packages/airplane-client/test/newer-api.test.ts.
import { describe, expect, it } from "vitest";
import { LATER_FIELD, LATER_VALUE } from "../../../scripts/testing/newer-spec.mjs";
import { mockClient } from "./helpers.js";

describe("answers of a later API", () => {
  it("envs.list passes a new template and a new field through unchanged", async () => {
    const { client } = mockClient({ headers: { Prefer: "example=later" } });
    const envs = await client.envs.list();
    expect(envs.length).toBeGreaterThan(0);
    expect(envs.every((env) => env.template === LATER_VALUE)).toBe(true);
    expect(envs[0]).toHaveProperty(LATER_FIELD);
  });
});
