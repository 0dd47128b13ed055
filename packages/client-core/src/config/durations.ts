import { ConfigurationError, ValidationError } from "../answers/errors.js";

/** The largest delay a timer accepts (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/** Why `value` is not a duration of at least `floor` ms, or undefined when it is one. */
function durationProblem(value: unknown, floor: number): string | undefined {
  if (typeof value !== "number" || Number.isNaN(value)) return "is not a number";
  if (value < floor) return floor > 0 ? `is below the floor of ${floor} ms` : "is negative";
  if (value > MAX_DURATION_MS) return `is above ${MAX_DURATION_MS} ms (the longest timer a runtime keeps)`;
  return undefined;
}

/** Checks a client option in milliseconds (ConfigurationError), falling back to `fallback` when undefined. */
export function resolveDuration<F extends number | undefined>(
  value: number | undefined,
  fallback: F,
  option: string,
  floor = 0,
): number | F {
  if (value === undefined) return fallback;
  const problem = durationProblem(value, floor);
  if (problem) throw new ConfigurationError(`${option} ${problem}: got ${String(value)}; pass milliseconds.`);
  return value;
}

/** Checks a per-call option in milliseconds (ValidationError); undefined passes. */
export function checkDuration<T extends number | undefined>(value: T, option: string, floor = 0): T {
  if (value === undefined) return value;
  const problem = durationProblem(value, floor);
  if (problem) throw new ValidationError(`${option} ${problem}: got ${String(value)}; pass milliseconds.`);
  return value;
}
