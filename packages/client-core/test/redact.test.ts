import { describe, expect, it } from "vitest";
import { createRedactor, redactText } from "../src/index.js";

describe("redaction", () => {
  it("masks every occurrence of each secret", () => {
    expect(redactText("a sk_1 b sk_1 c tok", ["sk_1", "tok"])).toBe("a *** b *** c ***");
  });
  it("masks secret-bearing query parameters whatever their value", () => {
    expect(redactText("GET https://x/sessions?api_key=abc&x=1 failed", [])).toBe(
      "GET https://x/sessions?api_key=***&x=1 failed",
    );
    expect(redactText("/a?x=1&token=t1", [])).toBe("/a?x=1&token=***");
  });
  it("ignores empty or missing secrets", () => {
    expect(createRedactor([undefined, ""])("nothing to hide")).toBe("nothing to hide");
  });
});
