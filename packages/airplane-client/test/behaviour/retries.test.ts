// Retries, timeouts and aborts against a fault server.
import { describe, expect, it } from "vitest";
import { AbortError, ConnectionError, InternalServerError, TimeoutError } from "../../src/index.js";
import { serve } from "./serve.js";
import { RUN } from "../fixtures.js";

describe("retries", () => {
  it("retries a 429 and waits at least Retry-After", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0
        ? { status: 429, headers: { "retry-after": "1" }, body: { error: "slow down" } }
        : { status: 200, body: RUN },
    );
    const started = Date.now();
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
  it("accepts Retry-After as an HTTP date", async () => {
    const when = new Date(Date.now() + 1500).toUTCString();
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 429, headers: { "retry-after": when } } : { status: 200, body: RUN },
    );
    const started = Date.now();
    await client.runs.get("run1");
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });
  it("retries a 503 and a reset connection", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 503, body: { error: "busy" } } : i === 1 ? "reset" : { status: 200, body: RUN },
    );
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect(requests).toHaveLength(3);
  });
  it.each([400, 401, 404, 409, 422, 501])("never retries %i", async (status) => {
    const { client, requests } = await serve(() => ({ status, body: { error: "no" } }));
    await expect(client.runs.get("run1")).rejects.toMatchObject({ status, attempts: 1 });
    expect(requests).toHaveLength(1);
  });
  it("obeys X-Airplane-Retryable both ways", async () => {
    const never = await serve(() => ({
      status: 503,
      headers: { "x-airplane-retryable": "false" },
      body: { error: "x" },
    }));
    await expect(never.client.runs.get("run1")).rejects.toBeInstanceOf(InternalServerError);
    expect(never.requests).toHaveLength(1);
    const always = await serve((_, i) =>
      i === 0
        ? { status: 400, headers: { "x-airplane-retryable": "true" }, body: { error: "x" } }
        : { status: 200, body: RUN },
    );
    await always.client.runs.get("run1");
    expect(always.requests).toHaveLength(2);
  });
  it("stops after the attempt cap and reports the attempts", async () => {
    const { client, requests } = await serve(() => ({ status: 500, body: { error: "down", code: "internal" } }));
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(4);
    expect(requests).toHaveLength(4);
  });
  it("retry: false sends once", async () => {
    const { client, requests } = await serve(() => ({ status: 503 }), { retry: false });
    await expect(client.runs.get("run1")).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
  it("keeps one Idempotency-Key across the retries of a POST, a new one per call", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 503 } : { status: 200, body: { runID: "r" } },
    );
    await client.tasks.execute({ slug: "refund_order" });
    await client.tasks.execute({ slug: "refund_order" });
    const keys = requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(JSON.parse(requests[1]!.body)).toEqual({ slug: "refund_order" });
  });
  it("lets the caller choose the Idempotency-Key", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { runID: "r" } }));
    await client.tasks.execute({ slug: "a" }, { idempotencyKey: "my-key" });
    expect(requests[0]!.headers["idempotency-key"]).toBe("my-key");
  });
});

describe("timeouts and abort", () => {
  it("times out a hanging attempt with TimeoutError", async () => {
    const { client } = await serve(() => "hang", { retry: false, timeoutMs: 100 });
    await expect(client.runs.get("run1")).rejects.toBeInstanceOf(TimeoutError);
  });
  it("a per-call timeoutMs overrides the client's", async () => {
    const { client } = await serve(() => "hang", { retry: false, timeoutMs: 60_000 });
    await expect(client.runs.get("run1", { timeoutMs: 50 })).rejects.toThrow(/timed out after 50 ms/);
  });
  it("aborts a request in flight at once", async () => {
    const { client } = await serve(() => "hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(client.runs.get("run1", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
  it("aborts during a backoff sleep", async () => {
    const controller = new AbortController();
    const { client, requests } = await serve(() => {
      // Abort once the client is waiting out the 30 s Retry-After of this answer.
      setTimeout(() => controller.abort(), 50);
      return { status: 429, headers: { "retry-after": "30" } };
    });
    const started = Date.now();
    await expect(client.runs.get("run1", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(requests).toHaveLength(1);
  });
  it("reports a refused connection as ConnectionError after retrying", async () => {
    const { client, close } = await serve(() => ({ status: 200 }));
    await close();
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(4);
  });
});
