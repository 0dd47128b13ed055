import { describe, expect, it } from "vitest";
import { AbortError, backoffMs, isRetryableStatus, parseRetryAfter, sleep } from "../src/index.js";

const policy = { attempts: 10, baseDelayMs: 200, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

describe("isRetryableStatus", () => {
  it.each([429, 500, 502, 503, 504, 599])("retries %i", (s) => expect(isRetryableStatus(s)).toBe(true));
  it.each([200, 400, 401, 403, 404, 409, 422, 501, 600, 999])("does not retry %i", (s) =>
    expect(isRetryableStatus(s)).toBe(false),
  );
});

describe("backoffMs (full jitter)", () => {
  it("spans 0 up to base × 2^(n-1)", () => {
    expect(backoffMs(1, policy, () => 0)).toBe(0);
    expect(backoffMs(1, policy, () => 0.999999)).toBe(199);
    expect(backoffMs(3, policy, () => 0.5)).toBe(400);
  });
  it("is capped at maxDelayMs", () => {
    expect(backoffMs(30, policy, () => 0.999999)).toBe(29_999);
  });
});

describe("parseRetryAfter", () => {
  it("reads delta seconds", () => expect(parseRetryAfter("2")).toBe(2_000));
  it("reads fractional seconds", () => expect(parseRetryAfter("0.5")).toBe(500));
  it("reads an HTTP date relative to now", () => {
    const now = Date.parse("Sun, 22 Nov 2026 12:00:00 GMT");
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:00:03 GMT", now)).toBe(3_000);
  });
  it("never returns a negative wait for a past date", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2020 12:00:00 GMT")).toBe(0);
  });
  it.each([null, "", "soon"])("ignores %j", (v) => expect(parseRetryAfter(v)).toBeUndefined());
});

describe("sleep", () => {
  it("rejects at once with AbortError when aborted", async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });
  it("rejects when the signal is already aborted", async () => {
    await expect(sleep(1, AbortSignal.abort())).rejects.toBeInstanceOf(AbortError);
  });
});

it("an aborted sleep rejects with AbortError carrying the signal's reason", async () => {
  const controller = new AbortController();
  const reason = new Error("user cancelled");
  const pending = sleep(60_000, controller.signal);
  controller.abort(reason);
  await expect(pending).rejects.toMatchObject({ name: "AbortError", cause: reason });
});
