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
} from "../src/index.js";

describe("apiErrorFor", () => {
  const base = { message: "m", method: "GET", path: "/x", attempts: 1 };
  it.each([
    [404, NotFoundError],
    [429, RateLimitError],
    [503, InternalServerError],
    [418, ApiError],
  ])("maps %i", (status, ErrorClass) => {
    const error = apiErrorFor({ ...base, status });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
  });
});

describe("paginate", () => {
  it("stops on a short page", async () => {
    const pages: number[] = [];
    const items = [];
    for await (const item of paginate(
      async (page, limit) => (pages.push(page), page < 2 ? Array(limit).fill(page) : [9]),
      { limit: 3 },
    ))
      items.push(item);
    expect(pages).toEqual([0, 1, 2]);
    expect(items).toEqual([0, 0, 0, 1, 1, 1, 9]);
  });
  it("stops on an empty page even when limit is 0", async () => {
    const seen: number[] = [];
    for await (const item of paginate(async (page) => (page === 0 ? [1, 2] : []), { limit: 0 })) seen.push(item);
    expect(seen).toEqual([1, 2]);
  });
});

describe("pollUntil", () => {
  it("reads until done", async () => {
    let n = 0;
    expect(
      await pollUntil(
        async () => ++n,
        (v) => v === 3,
        { intervalMs: 1, what: "x", path: "/x" },
      ),
    ).toBe(3);
  });
  it("gives up with TimeoutError", async () => {
    await expect(
      pollUntil(
        async () => 0,
        () => false,
        { intervalMs: 5, timeoutMs: 20, what: "run r1", path: "/x" },
      ),
    ).rejects.toBeInstanceOf(TimeoutError);
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
