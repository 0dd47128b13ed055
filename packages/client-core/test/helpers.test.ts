import { describe, expect, it } from "vitest";
import {
  apiErrorFor,
  ApiError,
  InternalServerError,
  operationMatcher,
  NotFoundError,
  paginate,
  pollUntil,
  RateLimitError,
  TimeoutError,
  ValidationError,
  InvalidResponseError,
} from "../src/index.js";
import { elapsed, SLACK_MS } from "../../../scripts/testing/timing.js";

describe("apiErrorFor", () => {
  const base = { message: "m", method: "GET", path: "/x", attempts: 1 };
  it.each([
    [404, NotFoundError],
    [429, RateLimitError],
    [503, InternalServerError],
    [418, ApiError],
    [600, ApiError],
    [999, ApiError],
  ])("maps %i", (status, ErrorClass) => {
    const error = apiErrorFor({ ...base, status });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
  });
});

describe("paginate", () => {
  const listing = { path: "/x/list", maxLimit: 3 };
  const walk = async (fetchPage: (page: number, limit: number) => Promise<number[]>, start = {}) => {
    const items: number[] = [];
    for await (const item of paginate(fetchPage, start, listing)) items.push(item);
    return items;
  };
  it("stops on a short page", async () => {
    const pages: number[] = [];
    const items = await walk(async (page, limit) => (pages.push(page), page < 2 ? Array(limit).fill(page) : [9]));
    expect(pages).toEqual([0, 1, 2]);
    expect(items).toEqual([0, 0, 0, 1, 1, 1, 9]);
  });
  it("stops on an empty page", async () => {
    expect(await walk(async (page) => (page === 0 ? [1, 2, 3] : []))).toEqual([1, 2, 3]);
  });
  it.each([0, 4, 1.5, Number.NaN])("refuses limit %s, outside 1 to the spec's maximum", async (limit) => {
    await expect(walk(async () => [], { limit })).rejects.toThrow(/limit must be an integer from 1 to 3/);
  });
  it("refuses a negative page", async () => {
    await expect(walk(async () => [], { page: -1 })).rejects.toBeInstanceOf(ValidationError);
  });
  it("ends with InvalidResponseError when the server answers the same full page again", async () => {
    let calls = 0;
    const error = await walk(async () => (calls++, [1, 2, 3])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toMatch(/GET \/x\/list answered page 1 with the items of page 0/);
    expect(calls).toBe(2);
  });
});

describe("pollUntil", () => {
  it("reads until done", async () => {
    let n = 0;
    expect(
      await pollUntil(
        async () => ++n,
        (v) => v === 3,
        { intervalMs: 100, what: "x", path: "/x" },
      ),
    ).toBe(3);
  });
  it("gives up with TimeoutError at its timeout", async () => {
    const { ms, error } = await elapsed(
      pollUntil(
        async () => 0,
        () => false,
        { intervalMs: 100, timeoutMs: 150, what: "run r1", path: "/x" },
      ),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(150 + SLACK_MS);
  });
});

describe("operationMatcher", () => {
  const match = operationMatcher({ "GET /health": "none", "DELETE /sessions/{sessionID}": "required" });
  it("matches templates segment by segment", () => {
    expect(match("DELETE", "/sessions/abc")).toBe("required");
    expect(match("GET", "/health")).toBe("none");
    expect(match("DELETE", "/sessions/a/b")).toBeUndefined();
    expect(match("DELETE", "/sessions/")).toBeUndefined();
    expect(match("GET", "/sessions/abc")).toBeUndefined();
  });
});
