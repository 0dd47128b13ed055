/** Median and spread of a list of numbers. */
export function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** "0.97 (0.95–0.99)": the median ratio with its spread over the rounds. */
export const ratio = (values: number[]) => {
  const s = summarize(values);
  return `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
};

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
