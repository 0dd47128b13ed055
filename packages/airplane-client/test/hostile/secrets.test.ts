import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigurationError, createAirplaneClient, ValidationError } from "../../src/index.js";
import { failure, KEY, RUN, serve } from "./serve.js";

/** A key with characters that every encoding changes, and every form of it a server may echo back. */
const ODD_KEY = `${KEY}/SEC RET+"&<'>>>>???`;
const percent = encodeURIComponent(ODD_KEY);
const base64 = Buffer.from(ODD_KEY).toString("base64");
const FORMS = {
  raw: ODD_KEY,
  "percent-encoded": percent,
  "lower-case percent": percent.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
  "form-encoded": percent.replace(/%20/g, "+"),
  "JSON-escaped": JSON.stringify(ODD_KEY).slice(1, -1),
  "HTML-escaped": ODD_KEY.replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;"),
  base64,
  "URL-safe base64": base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
  "JSON with escaped slashes": JSON.stringify(ODD_KEY).slice(1, -1).replace(/\//g, "\\/"),
  hex: Buffer.from(ODD_KEY).toString("hex"),
};
const leaks = (error: unknown, secret: string) => {
  const all = [String(error), JSON.stringify(error), inspect(error, { depth: 5 }), String((error as Error).cause)];
  return all.some((text) => text.toLowerCase().includes(secret.toLowerCase()));
};

describe("secrets stay secret in every form", () => {
  it("the test key's base64 has both characters that URL-safe base64 changes", () => {
    expect(base64).toMatch(/\+/);
    expect(base64).toMatch(/\//);
  });
  for (const [name, form] of Object.entries(FORMS)) {
    it(`a ${name} key in the error body, code, details and X-Request-Id is redacted everywhere`, async () => {
      const { client } = await serve(
        () => ({
          status: 400,
          headers: { "x-request-id": `req-${form}` },
          body: { error: `bad key ${form}`, code: `c-${form}`, details: { echo: form, nested: [form] } },
        }),
        { apiKey: ODD_KEY },
      );
      const error = await failure(client.runs.get("run1"));
      expect(error.message).toContain("***");
      expect(leaks(error, KEY.slice(8))).toBe(false);
      expect(leaks(error, form)).toBe(false);
    });
  }
  it.each([0, 1, 2])("a key inside a base64 header dump (%i bytes off a group) is redacted", async (shift) => {
    const head = `${"h".repeat(shift)}X-Airplane-API-Key: `;
    const dump = Buffer.from(`${head}${ODD_KEY}\n`).toString("base64");
    const { client } = await serve(() => ({ status: 400, body: { error: `you sent ${dump}` } }), { apiKey: ODD_KEY });
    const error = await failure(client.runs.get("run1"));
    expect(error.message).toContain("***");
    // The characters of the dump's 3-byte groups that lie wholly inside the key: no 12 of them survive.
    const decided = dump.slice(Math.ceil(head.length / 3) * 4, Math.floor((head.length + ODD_KEY.length) / 3) * 4);
    for (let i = 0; i + 12 <= decided.length; i++) expect(leaks(error, decided.slice(i, i + 12))).toBe(false);
  });
  it("an HTML-escaped &amp;api_key= parameter is masked whatever its value", async () => {
    const { client } = await serve(() => ({ status: 400, body: "<a href='/x?a=1&amp;api_key=zz_unknown_zz'>" }));
    const error = await failure(client.runs.get("run1"));
    expect(error.message).not.toContain("zz_unknown_zz");
  });
  it("an InvalidResponseError never repeats a key echoed in the body or the content-type", async () => {
    const { client } = await serve(() => ({
      status: 200,
      headers: { "content-type": `text/${KEY}` },
      body: `<p>${KEY}</p>`,
    }));
    const error = await failure(client.runs.get("run1"));
    expect(error.name).toBe("InvalidResponseError");
    expect(leaks(error, KEY)).toBe(false);
  });
  it("is redacted before the snippet is cut, so no prefix of the key survives the cut", async () => {
    const body = `${"x".repeat(190)} ${KEY}`;
    const { client } = await serve(() => ({ status: 502, body }), { retry: false });
    const error = await failure(client.runs.get("run1"));
    expect(error.message).not.toContain(KEY.slice(0, 8));
  });
  it.each([
    ["CR LF", `${KEY}\r\nX-Evil: 1`],
    ["NUL", `${KEY}\0`],
    ["non-Latin-1", `${KEY}€`],
  ])("a key with %s is a ConfigurationError that does not repeat it", (_, apiKey) => {
    let error: unknown;
    try {
      createAirplaneClient({ apiKey, baseUrl: "https://api.example.com/v0" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(leaks(error, KEY)).toBe(false);
  });
  it("a client header with a line break is a ConfigurationError", () => {
    expect(() => createAirplaneClient({ apiKey: KEY, headers: { "X-Trace": "a\nb" } })).toThrow(ConfigurationError);
  });
  it("a per-call header or idempotencyKey with a line break is a ValidationError; nothing is sent", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { runID: "r" } }));
    await expect(client.runs.get("run1", { headers: { "X-Trace": "a\r\nb" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.tasks.execute({ slug: "t" }, { idempotencyKey: "k\n1" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(requests).toHaveLength(0);
  });
});

describe("log lines never carry a secret", () => {
  for (const [name, form] of Object.entries(FORMS)) {
    it(`a ${name} key echoed in a retried call's URL and answers is masked in every line`, async () => {
      const lines: unknown[][] = [];
      const at = (...args: unknown[]) => void lines.push(args);
      const logger = { debug: at, info: at, warn: at, error: at };
      const { client } = await serve(
        (_, i) =>
          i === 0
            ? { status: 503, body: { error: `down ${form}` } }
            : { status: 200, body: { ...RUN, status: i === 1 ? `Paused ${form}` : "Succeeded" } },
        { apiKey: ODD_KEY, logger, logLevel: "debug" },
      );
      // The URL carries the key as the run's ID (percent-encoded there); the answers echo it as `form`.
      await client.runs.wait(`run-${ODD_KEY}`, { intervalMs: 100 });
      const text = lines.map((line) => inspect(line, { depth: 5 })).join("\n");
      expect(text).toContain("will be retried");
      expect(text).toContain("answered 200");
      expect(text).toContain("which this client does not know");
      expect(text.toLowerCase()).not.toContain(form.toLowerCase());
      expect(text).not.toContain(KEY.slice(8));
    });
  }
});
