import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createBaseClient,
  createLog,
  resolveLogLevel,
  toInit,
  unwrap,
  type Logger,
} from "../src/index.js";

const SECRET = "sk_live_0123456789";
type Paths = { "/things": { get: { responses: { 200: { content: { "application/json": unknown } } } } } };

/** A logger that keeps each line as [level, ...args]. */
function recorder() {
  const lines: [string, ...unknown[]][] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push([level, ...args]);
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { lines, logger };
}

/** A client whose fetch answers 503 once, then 200; `logLevel` and `logger` as given. */
function client(settings: { logLevel?: "debug" | "info" | "warn" | "off"; logger: Logger }) {
  let calls = 0;
  const fetch = async () =>
    ++calls === 1 ? new Response("", { status: 503, headers: { "retry-after": "0" } }) : Response.json({ ok: 1 });
  return createBaseClient<Paths>({
    baseUrl: "http://api.test",
    headers: {},
    timeoutMs: 1_000,
    retry: { attempts: 3, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 60_000 },
    secrets: [SECRET],
    fetch,
    ...settings,
  }).client;
}
const get = (c: ReturnType<typeof client>) => unwrap(c.GET("/things", toInit()));

describe("the log level", () => {
  it("comes from the option, then SPEC_CLIENTS_LOG, then warn", () => {
    expect(resolveLogLevel("debug", "off")).toBe("debug");
    expect(resolveLogLevel(undefined, " INFO ")).toBe("info");
    expect(resolveLogLevel(undefined, undefined)).toBe("warn");
  });
  it("is a ConfigurationError naming its source when it is not a level", () => {
    expect(() => resolveLogLevel("verbose", undefined)).toThrow(
      new ConfigurationError('logLevel must be one of debug, info, warn, error, off: got "verbose".'),
    );
    expect(() => resolveLogLevel(undefined, "toString")).toThrow(/SPEC_CLIENTS_LOG must be one of/);
  });
  it("refuses a logger without the four methods", () => {
    expect(() => createLog({ info() {} }, "warn", String)).toThrow(ConfigurationError);
  });
});

describe("what each level logs", () => {
  it("debug: each request and response, with method, URL, status, attempt and duration", async () => {
    const { lines, logger } = recorder();
    await get(client({ logLevel: "debug", logger }));
    const debug = lines.filter(([level]) => level === "debug");
    expect(debug.map(([, message]) => message)).toEqual([
      expect.stringMatching(/^\[spec-clients\] GET http:\/\/api\.test\/things answered 503 in \d+ ms \(attempt 1\)\.$/),
      expect.stringMatching(/answered 200 in \d+ ms \(attempt 2\)\.$/),
    ]);
    expect(debug[1]![2]).toMatchObject({ method: "GET", url: "http://api.test/things", status: 200, attempt: 2 });
    expect(typeof (debug[1]![2] as { durationMs: unknown }).durationMs).toBe("number");
  });
  it("info: each retry with its reason and delay, and nothing at debug", async () => {
    const { lines, logger } = recorder();
    await get(client({ logLevel: "info", logger }));
    expect(lines).toEqual([
      [
        "info",
        "[spec-clients] GET /things will be retried in 0 ms: it answered 503 (attempt 1 of 3).",
        { method: "GET", path: "/things", attempt: 1, delayMs: 0 },
      ],
    ]);
  });
  it("warn (the default) and off: nothing for a call that succeeds after a retry", async () => {
    for (const logLevel of ["warn", "off"] as const) {
      const { lines, logger } = recorder();
      await get(client({ logLevel, logger }));
      expect(lines).toEqual([]);
    }
  });
});

describe("a log line", () => {
  it("is redacted, message and fields alike", () => {
    const { lines, logger } = recorder();
    createLog(logger, "debug", (text) => text.replaceAll(SECRET, "***")).warn!(`saw ${SECRET}`, {
      url: `/x/${SECRET}`,
    });
    expect(lines).toEqual([["warn", "[spec-clients] saw ***", { url: "/x/***" }]]);
  });
  it("never fails the call when the logger throws", async () => {
    const boom = () => {
      throw new Error("logger down");
    };
    const logger = { debug: boom, info: boom, warn: boom, error: boom };
    await expect(get(client({ logLevel: "debug", logger }))).resolves.toEqual({ ok: 1 });
  });
});
