import { describe, expect, it } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../../src/index.js";
import { failure, RUN, serve, timed } from "./serve.js";

describe("one deadline covers the whole response, body included", () => {
  it("a stall after the headers is a TimeoutError within timeoutMs, retried for a GET", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: RUN, cut: "stall" }), { timeoutMs: 150 });
    const { error, ms } = await timed(client.runs.get("run1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 3 });
    expect(requests).toHaveLength(3);
    expect(ms).toBeLessThan(3 * 150 + 1_000);
  });
  it("a body dripped at one byte per 50 ms is a TimeoutError", async () => {
    const { client } = await serve(() => ({ status: 200, body: RUN, dripMs: 50 }), { timeoutMs: 200, retry: false });
    await expect(client.runs.get("run1")).rejects.toBeInstanceOf(TimeoutError);
  });
  it("the caller's abort during a stalled body is an AbortError at once", async () => {
    const { client } = await serve(() => ({ status: 200, body: RUN, cut: "stall" }), { timeoutMs: 60_000 });
    const controller = new AbortController();
    const reason = new Error("the user left");
    setTimeout(() => controller.abort(reason), 100);
    const { error, ms } = await timed(client.runs.get("run1", { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error!.cause).toBe(reason);
    expect(ms).toBeLessThan(2_000);
  });
  it("AbortSignal.timeout() firing is our TimeoutError", async () => {
    const { client } = await serve(() => "hang", { timeoutMs: 60_000 });
    await expect(client.runs.get("run1", { signal: AbortSignal.timeout(100) })).rejects.toBeInstanceOf(TimeoutError);
  });
  it("a reset mid-body is a ConnectionError, retried for a GET", async () => {
    const { client, requests } = await serve((_, i) =>
      i === 0 ? { status: 200, body: RUN, cut: "reset" } : { status: 200, body: RUN },
    );
    expect((await client.runs.get("run1")).id).toBe("run1");
    expect(requests).toHaveLength(2);
  });
  it("a reset mid-body on every attempt ends in a ConnectionError", async () => {
    const { client } = await serve(() => ({ status: 200, body: RUN, cut: "reset" }));
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 3 });
  });
});

describe("the overall deadline", () => {
  it("deadlineMs bounds every attempt and backoff of a call", async () => {
    const { client, requests } = await serve(() => "hang", {
      timeoutMs: 200,
      deadlineMs: 500,
      retry: { attempts: 10, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const { error, ms } = await timed(client.runs.get("run1"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error!.message).toMatch(/500 ms deadline/);
    expect(ms).toBeLessThan(1_500);
    expect(requests.length).toBeLessThanOrEqual(3);
  });
  it("a per-call deadlineMs overrides the client's", async () => {
    const { client } = await serve(() => "hang", { timeoutMs: 60_000 });
    const { error, ms } = await timed(client.runs.get("run1", { deadlineMs: 150 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(1_500);
  });
  it("a backoff that would cross the deadline is not slept: the last error comes at once", async () => {
    const { client, requests } = await serve(() => ({ status: 503, body: { error: "busy" } }), {
      deadlineMs: 300,
      retry: { attempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
    });
    const { error, ms } = await timed(client.runs.get("run1"));
    expect(error).toMatchObject({ status: 503 });
    expect(requests.length).toBeLessThanOrEqual(2);
    expect(ms).toBeLessThan(1_500);
  });
  it("runs.wait's timeoutMs holds while a poll request is in flight", async () => {
    const { client } = await serve((_, i) => (i === 0 ? { status: 200, body: { ...RUN, status: "Active" } } : "hang"));
    const { error, ms } = await timed(client.runs.wait("run1", { intervalMs: 100, timeoutMs: 500 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error!.message).toMatch(/waiting for run run1/);
    expect(ms).toBeLessThan(2_000);
  });
  it("tasks.run's timeoutMs bounds the whole helper; it is not the execute call's per-attempt timeout", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { runID: "run1" }, delayMs: 400 }), {
      timeoutMs: 10_000,
    });
    const { error, ms } = await timed(client.tasks.run({ slug: "t" }, { timeoutMs: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requests.filter((r) => r.url.startsWith("/tasks/execute"))).toHaveLength(1);
    expect(ms).toBeLessThan(1_500);
  });
});
