import { describe, expect, it } from "vitest";
import { ConfigurationError, createAirplaneClient, RateLimitError, ValidationError } from "../../src/index.js";
import { KEY, RUN, serve, timed } from "./serve.js";

describe("Retry-After is honoured up to a cap", () => {
  it.each(["86400", "3000000"])(
    "Retry-After: %s is not slept on: the 429 comes back at once with retryAfterMs",
    async (after) => {
      const { client, requests } = await serve(() => ({
        status: 429,
        headers: { "retry-after": after },
        body: { error: "slow" },
      }));
      const { error, ms } = await timed(client.runs.get("run1"));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ retryAfterMs: Number(after) * 1000, attempts: 1 });
      expect(requests).toHaveLength(1);
      expect(ms).toBeLessThan(2_000);
    },
  );
  it("maxRetryAfterMs moves the cap", async () => {
    const { client, requests } = await serve(() => ({ status: 503, headers: { "retry-after": "2" } }), {
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1_000 },
    });
    await expect(client.runs.get("run1")).rejects.toMatchObject({ status: 503, retryAfterMs: 2_000 });
    expect(requests).toHaveLength(1);
  });
});

describe("X-Airplane-Retryable", () => {
  it("never repeats a 2xx, whatever the header says", async () => {
    const { client, requests } = await serve(() => ({
      status: 200,
      headers: { "x-airplane-retryable": "true" },
      body: { runID: "run1" },
    }));
    expect(await client.tasks.execute({ slug: "t" })).toEqual({ runID: "run1" });
    expect(requests).toHaveLength(1);
  });
  it("never repeats a 3xx, whatever the header says", async () => {
    const { client, requests } = await serve(() => ({ status: 300, headers: { "x-airplane-retryable": "true" } }));
    await expect(client.runs.get("run1")).rejects.toMatchObject({ status: 300 });
    expect(requests).toHaveLength(1);
  });
  it("is read leniently: ' TRUE ' retries a 409", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 409, headers: { "x-airplane-retryable": " TRUE " } } : { status: 200, body: RUN },
    );
    await client.runs.get("run1");
    expect(requests).toHaveLength(2);
  });
  it("is read leniently: 'False' stops a 503", async () => {
    const { client, requests } = await serve(() => ({ status: 503, headers: { "x-airplane-retryable": "False" } }));
    await expect(client.runs.get("run1")).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });
});

describe("every duration option is checked when the client is created", () => {
  const bad = [Number.NaN, -1, 2 ** 31, Number.POSITIVE_INFINITY];
  const options = {
    timeoutMs: (v: number) => ({ timeoutMs: v }),
    deadlineMs: (v: number) => ({ deadlineMs: v }),
    "retry.baseDelayMs": (v: number) => ({ retry: { baseDelayMs: v } }),
    "retry.maxDelayMs": (v: number) => ({ retry: { maxDelayMs: v } }),
    "retry.maxRetryAfterMs": (v: number) => ({ retry: { maxRetryAfterMs: v } }),
  };
  for (const [name, make] of Object.entries(options)) {
    it.each(bad)(`${name} = %s is a ConfigurationError naming it`, (value) => {
      expect(() => createAirplaneClient({ apiKey: KEY, ...make(value) })).toThrow(ConfigurationError);
      expect(() => createAirplaneClient({ apiKey: KEY, ...make(value) })).toThrow(name);
    });
  }
  it.each([0, Number.NaN, -5])("a poll interval of %s is a ValidationError, before any request", async (intervalMs) => {
    const { client, requests } = await serve(() => ({ status: 200, body: RUN }));
    await expect(client.runs.wait("run1", { intervalMs })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
  it.each([Number.NaN, -1, 2 ** 31])("a per-call timeoutMs of %s is a ValidationError", async (timeoutMs) => {
    const { client, requests } = await serve(() => ({ status: 200, body: RUN }));
    await expect(client.runs.get("run1", { timeoutMs })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});
