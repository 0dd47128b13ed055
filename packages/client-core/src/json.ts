import { InvalidResponseError } from "./errors.js";

/** Deeper than this a server's JSON is cut: no answer of these APIs nests so deep, and walking it could overflow the stack. */
const MAX_DEPTH = 64;

/** Masks every string (keys included) inside a parsed JSON value; what nests deeper than 64 levels becomes "…". */
export function redactJson(value: unknown, redact: (text: string) => string, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth === MAX_DEPTH) return "…";
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactJson(v, redact, depth + 1)]));
}

/**
 * A parsed answer of `GET path` written back as JSON, to compare it with another; an
 * InvalidResponseError when it nests too deep to write (JSON.parse takes any depth, JSON.stringify not).
 */
export function answerText(value: unknown, path: string): string {
  try {
    return JSON.stringify(value);
  } catch {
    const message = `GET ${path} answered with JSON nested too deeply to handle.`;
    throw new InvalidResponseError(message, { status: 200, contentType: null, method: "GET", path });
  }
}
