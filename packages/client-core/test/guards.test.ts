import { describe, expect, it } from "vitest";
import {
  checkDuration,
  ConfigurationError,
  createRedactor,
  defined,
  isLoopback,
  requireId,
  resolveBaseUrl,
  resolveDuration,
  ValidationError,
} from "../src/index.js";
import { serveBuffered } from "../src/transport/buffered.js";

describe("durations", () => {
  it.each([Number.NaN, -1, 2 ** 31, Number.POSITIVE_INFINITY])("refuse %s", (ms) => {
    expect(() => resolveDuration(ms, 1, "timeoutMs")).toThrow(ConfigurationError);
    expect(() => checkDuration(ms, "timeoutMs")).toThrow(ValidationError);
  });
  it("accept the range and fall back when undefined", () => {
    expect(resolveDuration(undefined, 7, "x")).toBe(7);
    expect(resolveDuration(2 ** 31 - 1, 7, "x")).toBe(2 ** 31 - 1);
    expect(() => checkDuration(50, "intervalMs", 100)).toThrow(/below the floor of 100 ms/);
  });
});

describe("base URLs", () => {
  const check = { source: "baseUrl", credentials: true };
  it("recognise loopback hosts", () => {
    for (const url of ["http://localhost:1", "http://a.localhost", "http://127.0.0.9", "http://[::1]:8"]) {
      expect(isLoopback(new URL(url))).toBe(true);
    }
    expect(isLoopback(new URL("http://127.example.com"))).toBe(false);
  });
  it("drop a trailing slash", () => {
    expect(resolveBaseUrl("https://api.example.com/v0/", check)).toBe("https://api.example.com/v0");
  });
  it("never repeat the password of a URL they refuse", () => {
    expect(() => resolveBaseUrl("ftp://u:hunter2@x", check)).toThrow(/"ftp:\/\/\*\*\*@x"/);
  });
});

describe("defined", () => {
  it("drops undefined entries and keeps an own __proto__ key as a key", () => {
    const value = JSON.parse('{"a":1,"__proto__":"x"}') as Record<string, unknown>;
    const out = defined({ ...value, b: undefined });
    expect(Object.keys(out)).toEqual(["a", "__proto__"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe("ids", () => {
  it.each([".", "..", "", "  ", 1, null, 10n, {}])("refuse %s without dumping it", (id) => {
    expect(() => requireId(id, "runID")).toThrow(ValidationError);
  });
  it("accept any other one-segment string", () => {
    expect(requireId("run...1", "runID")).toBe("run...1");
  });
});

describe("redaction", () => {
  const redact = createRedactor(["k/ey+1"]);
  it.each([
    ["raw", "k/ey+1"],
    ["percent", "k%2Fey%2B1"],
    ["lower-case percent", "k%2fey%2b1"],
    ["base64", btoa("k/ey+1")],
    ["JSON with escaped slashes", "k\\/ey+1"],
    ["hex", "6b2f65792b31"],
    ["upper-case hex", "6B2F65792B31"],
  ])("masks the %s form", (_, form) => {
    expect(redact(`x ${form} y`)).toBe("x *** y");
  });
  it.each([0, 1, 2, 3, 4, 5])("masks the base64 of a key %i bytes into a longer encoded text", (offset) => {
    const key = "key_0123456789abcdef/+";
    const encoded = Buffer.from(`${"u".repeat(offset)}${key}:tail`);
    for (const form of [encoded.toString("base64"), encoded.toString("base64url")]) {
      const masked = createRedactor([key])(form);
      expect(masked).toContain("***");
      // What is left is the few characters that mix the key's bytes with their neighbours'.
      for (const piece of masked.split("***"))
        expect(piece.length).toBeLessThanOrEqual(4 * Math.ceil((offset + 7) / 3));
    }
  });
  it("masks no base64 core shorter than 8 characters: a short secret only in its whole forms", () => {
    expect(createRedactor(["abc"])(btoa("xxabcxx"))).toBe(btoa("xxabcxx"));
  });
  it("masks secret parameters after ?, &, &amp; and their percent-encoded forms", () => {
    expect(redact("/a?api_key=1&token=2&amp;access_token=3")).toBe("/a?api_key=***&token=***&amp;access_token=***");
    expect(redact("next=%2Fx%3Fapi_key%3Dabc%26y%3D1")).toBe("next=%2Fx%3Fapi_key%3D***%26y%3D1");
  });
});

describe("buffered responses", () => {
  it("serve the text to every reader, clone included, and show the request URL", async () => {
    const response = serveBuffered(
      new Response("ignored", { status: 201, headers: { a: "1" } }),
      '{"a":1}',
      "http://x/",
    );
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.headers.get("a"), response.url]).toEqual([201, "1", "http://x/"]);
    expect(await response.json()).toEqual({ a: 1 });
    const copy = response.clone();
    expect([await copy.text(), copy.status, copy.url]).toEqual(['{"a":1}', 201, "http://x/"]);
    expect(await new Response(response.body).text()).toBe('{"a":1}');
  });
});
