import { invalidGetAnswer } from "./errors.js";

/** Deeper than this a server's JSON is cut: no answer of these APIs nests so deep, and walking it could overflow the stack. */
const MAX_DEPTH = 64;
/** How many values and string characters of one body are redacted and kept: a huge one cannot stall the event loop. */
const MAX_VALUES = 10_000;
const MAX_CHARS = 2 ** 20;
/** Dropped from the redacted prefix of a cut string: more than any credential's longest form, which a cut may split. */
const CUT_TAIL = 2 ** 16;

/**
 * Masks every string (keys included) inside a parsed JSON value, within a budget: what nests deeper
 * than 64 levels reads "…", values past the first 10,000 are dropped, and strings past the first
 * MiB of text are cut (ending in "…").
 */
export function redactJson(value: unknown, redact: (text: string) => string): unknown {
  let values = MAX_VALUES;
  let chars = MAX_CHARS;
  const text = (s: string) => {
    if (s.length <= chars) return ((chars -= s.length), redact(s));
    const kept = redact(s.slice(0, chars));
    chars = 0;
    return `${kept.slice(0, Math.max(0, kept.length - CUT_TAIL))}…`;
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return text(v);
    if (typeof v !== "object" || v === null) return v;
    if (depth === MAX_DEPTH) return "…";
    if (Array.isArray(v)) {
      const items: unknown[] = [];
      for (let i = 0; i < v.length && values-- > 0; i++) items.push(walk(v[i], depth + 1));
      return items;
    }
    const entries: [string, unknown][] = [];
    for (const k of Object.keys(v)) {
      if (values-- <= 0) break;
      entries.push([text(k), walk((v as Record<string, unknown>)[k], depth + 1)]);
    }
    return Object.fromEntries(entries);
  };
  return walk(value, 0);
}

/** Deeper than this, a listing's page or a build's log is refused: on every runtime alike, whatever its JSON.stringify takes. */
export const MAX_ANSWER_DEPTH = 256;

/** Whether `value` nests objects or arrays deeper than `max` levels; walked without recursion. */
function nestsDeeper(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node as object)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A parsed answer of `GET path` written back as JSON, to compare it with another; an
 * InvalidResponseError when it nests deeper than MAX_ANSWER_DEPTH (JSON.parse takes any depth,
 * and only some runtimes' JSON.stringify does).
 */
export function answerText(value: unknown, path: string): string {
  const refuse = () => invalidGetAnswer(path, `GET ${path} answered with JSON nested too deeply to handle.`);
  if (typeof value === "object" && value !== null && nestsDeeper(value, MAX_ANSWER_DEPTH)) throw refuse();
  try {
    return JSON.stringify(value);
  } catch {
    throw refuse();
  }
}
