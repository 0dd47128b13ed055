/** Median and spread of a list of numbers. */
export function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: medianOf(sorted), min: sorted[0]!, max: sorted.at(-1)! };
}

const medianOf = (sorted: number[]) => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A seeded generator (mulberry32): the same rounds give the same interval on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An estimate with its 95% confidence interval. */
export interface Interval {
  median: number;
  lo: number;
  hi: number;
}

/** The median with a 95% percentile-bootstrap interval: 2,000 resamples of the rounds, with replacement. */
export function medianInterval(values: number[], resamples = 2_000): Interval {
  const random = seeded(values.length);
  const medians = Array.from({ length: resamples }, () =>
    medianOf(values.map(() => values[Math.floor(random() * values.length)]!).sort((a, b) => a - b)),
  ).sort((a, b) => a - b);
  return {
    median: summarize(values).median,
    lo: medians[Math.floor(resamples * 0.025)]!,
    hi: medians[Math.ceil(resamples * 0.975) - 1]!,
  };
}

/** "0.97 [0.95, 0.99]": the median ratio and its 95% bootstrap interval over the rounds. */
export const ratio = (values: number[]) => {
  const c = medianInterval(values);
  return `${c.median.toFixed(2)} [${c.lo.toFixed(2)}, ${c.hi.toFixed(2)}]`;
};

/** Reads back what `ratio` wrote. */
export function parseRatio(text: string): Interval {
  const m = /^([\d.]+) \[([\d.]+), ([\d.]+)\]$/.exec(text);
  if (!m) throw new Error(`not a ratio with its interval: ${text}`);
  return { median: Number(m[1]), lo: Number(m[2]), hi: Number(m[3]) };
}

export type Verdict = "met" | "**missed**" | "within noise";

/**
 * A budget judged on the interval, not the median alone: met when the whole interval is on the
 * right side of the bound, missed when the whole of it is on the wrong side, else within noise.
 */
export function judge(c: Interval, bound: number, want: "at least" | "at most"): Verdict {
  const [good, bad] = want === "at least" ? [c.lo >= bound, c.hi < bound] : [c.hi <= bound, c.lo > bound];
  return good ? "met" : bad ? "**missed**" : "within noise";
}

/** The worst of several verdicts: one missed budget is missed, one within noise is within noise. */
export const worstOf = (verdicts: Verdict[]): Verdict =>
  verdicts.includes("**missed**") ? "**missed**" : verdicts.includes("within noise") ? "within noise" : "met";

/**
 * Runs each contender once per round, rotating the order every round so none always goes first,
 * and reversing it every other round so that neighbours take turns at going first.
 */
export async function interleave<T>(names: string[], rounds: number, measure: (name: string) => Promise<T>) {
  const results: Record<string, T[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]!);
    for (const name of r % 2 ? order.reverse() : order) results[name]!.push(await measure(name));
  }
  return results;
}

/** Divides each round's value by the baseline's value of the same round. */
export const perRound = (values: number[], baseline: number[]) => values.map((v, i) => v / baseline[i]!);

/** Makes `total` calls, `concurrency` at a time, each starting as soon as one before it ends. */
export async function drive(call: () => Promise<unknown>, total: number, concurrency: number) {
  let left = total;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) await call();
    }),
  );
}

/** Whether `ours` is ahead of `theirs` (higher is better): met when the intervals do not overlap in our favour. */
export function aheadOf(ours: Interval, theirs: Interval): Verdict {
  return ours.lo > theirs.hi ? "met" : ours.hi < theirs.lo ? "**missed**" : "within noise";
}
