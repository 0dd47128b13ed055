import { describe, expect, it } from "vitest";
import { elapsed } from "../testing/timing.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const block = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe("elapsed, the clock of the deadline tests", () => {
  it("counts a call that is late on its own timers in full", async () => {
    const { ms, stalledMs } = await elapsed(sleep(300));
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(stalledMs).toBe(0);
  });
  it("leaves out a stretch in which the process could not run", async () => {
    const { ms, wallMs, stalledMs } = await elapsed(sleep(20).then(() => block(400)));
    expect(stalledMs).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(250);
    expect(wallMs).toBeGreaterThanOrEqual(420);
  });
  it("returns what the call resolved to, or what it rejected with", async () => {
    expect(await elapsed(Promise.resolve(7))).toMatchObject({ value: 7, error: undefined });
    const failure = new Error("late");
    expect(await elapsed(Promise.reject(failure))).toMatchObject({ value: undefined, error: failure });
  });
});
