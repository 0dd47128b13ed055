// The statistics behind every verdict of BENCHMARKS.md: the interval, and how a budget is judged on it.
import { describe, expect, it } from "vitest";
import { aheadOf, judge, medianInterval, parseRatio, ratio, worstOf } from "./stats.js";

describe("medianInterval", () => {
  it("holds the median, within the range of the rounds", () => {
    const c = medianInterval([0.9, 0.95, 1.0, 1.02, 1.05, 1.1, 0.97]);
    expect(c.median).toBe(1.0);
    expect(c.lo).toBeLessThanOrEqual(c.median);
    expect(c.hi).toBeGreaterThanOrEqual(c.median);
    expect(c.lo).toBeGreaterThanOrEqual(0.9);
    expect(c.hi).toBeLessThanOrEqual(1.1);
  });
  it("is narrower for rounds that agree than for rounds that scatter", () => {
    const tight = medianInterval([1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0]);
    const loose = medianInterval([0.7, 1.3, 0.8, 1.0, 1.25, 0.75, 1.1]);
    expect(tight.hi - tight.lo).toBeLessThan((loose.hi - loose.lo) / 5);
  });
  it("is the same on every run of the same rounds (seeded resampling)", () => {
    const rounds = [1.1, 0.9, 1.3, 0.95, 1.05, 1.2, 0.85];
    expect(medianInterval(rounds)).toEqual(medianInterval(rounds));
  });
  it("is written and read back as median [lo, hi]", () => {
    const text = ratio([1.0, 1.1, 0.9]);
    expect(text).toMatch(/^\d\.\d\d \[\d\.\d\d, \d\.\d\d\]$/);
    expect(parseRatio(text).median).toBe(1);
    expect(() => parseRatio("0.97 (0.95–0.99)")).toThrow(/not a ratio/);
  });
});

describe("judge", () => {
  it("meets an at-least budget only when the whole interval is above it", () => {
    expect(judge({ median: 1, lo: 0.96, hi: 1.04 }, 0.95, "at least")).toBe("met");
    expect(judge({ median: 0.97, lo: 0.93, hi: 1.01 }, 0.95, "at least")).toBe("within noise");
    expect(judge({ median: 0.9, lo: 0.88, hi: 0.94 }, 0.95, "at least")).toBe("**missed**");
  });
  it("meets an at-most budget only when the whole interval is below it", () => {
    expect(judge({ median: 1.05, lo: 1.02, hi: 1.1 }, 1.15, "at most")).toBe("met");
    expect(judge({ median: 1.14, lo: 1.1, hi: 1.2 }, 1.15, "at most")).toBe("within noise");
    expect(judge({ median: 1.3, lo: 1.2, hi: 1.4 }, 1.15, "at most")).toBe("**missed**");
  });
  it("puts one contender ahead of another only when their intervals do not overlap", () => {
    expect(aheadOf({ median: 2, lo: 1.9, hi: 2.1 }, { median: 1, lo: 0.9, hi: 1.1 })).toBe("met");
    expect(aheadOf({ median: 1.1, lo: 1.0, hi: 1.2 }, { median: 1, lo: 0.9, hi: 1.1 })).toBe("within noise");
    expect(aheadOf({ median: 0.8, lo: 0.7, hi: 0.85 }, { median: 1, lo: 0.9, hi: 1.1 })).toBe("**missed**");
  });
  it("takes the worst of several verdicts", () => {
    expect(worstOf(["met", "met"])).toBe("met");
    expect(worstOf(["met", "within noise"])).toBe("within noise");
    expect(worstOf(["within noise", "**missed**", "met"])).toBe("**missed**");
  });
});
