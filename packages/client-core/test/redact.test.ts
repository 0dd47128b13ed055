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

  describe("a secret too short to tell from ordinary text", () => {
    const redact = createRedactor(["k"]);
    it("is left alone inside a word, so that text that is not the secret never changes", () => {
      const text = "POST /v0/tasks/execute failed with 404: tasks not found (k8s, ok)";
      expect(redact(text)).toBe(text);
    });
    it("is masked where it stands alone, in every encoding", () => {
      expect(redact('X-Api-Key: k, {"key":"k"}, key=K')).toBe('X-Api-Key: ***, {"key":"***"}, key=***');
      // btoa("k") is "aw==": its forms stand alone too.
      expect(redact("auth aw== and aw, but away")).toBe("auth *** and ***, but away");
    });
    it("of seven characters is still masked only alone, and one of eight anywhere", () => {
      expect(createRedactor(["abc1234"])("xabc1234y abc1234")).toBe("xabc1234y ***");
      expect(createRedactor(["abcd1234"])("xabcd1234y")).toBe("x***y");
    });
  });
});
