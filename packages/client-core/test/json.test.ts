import { describe, expect, it } from "vitest";
import { createRedactor, redactJson } from "../src/index.js";

const KEY = "key_0123456789abcdefghij";
const redact = createRedactor([KEY]);
const MiB = 2 ** 20;

describe("redactJson", () => {
  it("masks every string, keys included", () => {
    expect(redactJson({ [KEY]: [KEY, { a: `x ${KEY}` }], n: 1 }, redact)).toEqual({
      "***": ["***", { a: "x ***" }],
      n: 1,
    });
  });
  it("keeps the first 10,000 values of a body, nested ones included", () => {
    const numbers = Array.from({ length: 20_000 }, (_, i) => i);
    expect(redactJson(numbers, redact)).toEqual(numbers.slice(0, 10_000));
    const kept = redactJson({ a: numbers, b: numbers }, redact) as { a: number[]; b?: number[] };
    expect(kept.a).toHaveLength(9_999);
    expect(kept.b).toBeUndefined();
  });
  it("cuts strings past the first MiB of text, masking what it keeps", () => {
    const cut = redactJson(`x ${KEY} ${"y".repeat(2 * MiB)}`, redact) as string;
    expect(cut.startsWith("x *** y")).toBe(true);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(MiB);
  });
  it("drops the end of the kept text, where the cut may have split a secret", () => {
    const straddling = `${"a".repeat(MiB - 5)}${KEY}${"b".repeat(MiB)}`;
    expect(redactJson(straddling, redact) as string).not.toContain(KEY.slice(0, 5));
  });
  it("shares the text budget between strings: later ones read …", () => {
    const [first, second] = redactJson(["z".repeat(MiB), "later"], redact) as string[];
    expect(first).toBe("z".repeat(MiB));
    expect(second).toBe("…");
  });
});
