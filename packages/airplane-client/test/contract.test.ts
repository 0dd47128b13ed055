import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunFailedError,
  SessionFailedError,
  type ApiError,
} from "../src/index.js";
import { recordingTransport } from "../../../scripts/testing/path.js";
import { mockClient, prefer } from "./helpers.js";

const airplane = mockClient();

describe("every operation against the Prism mock", () => {
  it("a 400 from the mock says it is not retryable, so a client that retries sends it once", async () => {
    const sent: string[] = [];
    const client = mockClient({
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 1 },
      transport: recordingTransport(sent),
      middleware: [prefer("/tasks/execute", "code=400")],
    });
    const error = await client.tasks.execute({ slug: "refund_order" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(sent).toHaveLength(1);
  });
  it("tasks.execute", async () => {
    expect(
      await airplane.tasks.execute({ slug: "refund_order", paramValues: { amount: 12.5 }, envSlug: "prod" }),
    ).toEqual({
      runID: "run20220111zlq2ig4",
    });
    expect(
      await airplane.tasks.execute({ id: "tsk20220111zlq2ig4", resources: { db: "prod_postgres" } }),
    ).toHaveProperty("runID");
  });
  it("runs.get returns the terminal default example", async () => {
    const run = await airplane.runs.get("run20220111zlq2ig4");
    expect(run.status).toBe("Succeeded");
    expect(run.paramValues).toMatchObject({ order_id: "ord_8123" });
  });
  it("runs.list and runs.listAll", async () => {
    const { runs } = await airplane.runs.list({ taskSlug: "refund_order", since: "2022-01-11T00:00:00Z", limit: 10 });
    expect(runs.map((r) => r.status)).toEqual(["Succeeded", "Failed"]);
    const all = [];
    for await (const run of airplane.runs.listAll({ taskID: "tsk20220111zlq2ig4", limit: 10 })) all.push(run.id);
    expect(all).toHaveLength(2);
  });
  it("runs.getOutputs returns any JSON", async () => {
    expect(await airplane.runs.getOutputs("run20220111zlq2ig4")).toEqual({
      output: [{ order_id: "ord_8123", refunded: true }],
    });
  });
  it("runs.cancel resolves with nothing", async () => {
    await expect(airplane.runs.cancel("run20220111zlq2ig4")).resolves.toBeUndefined();
  });
  it("runs.wait ends on the terminal example", async () => {
    expect((await airplane.runs.wait("run20220111zlq2ig4", { intervalMs: 100 })).status).toBe("Succeeded");
  });
  it("tasks.run executes, waits and reads outputs", async () => {
    const { run, output } = await airplane.tasks.run({ slug: "refund_order" }, { intervalMs: 100 });
    expect(run.status).toBe("Succeeded");
    expect(output).toEqual([{ order_id: "ord_8123", refunded: true }]);
  });
  it("runbooks.execute, runbooks.run and sessions.wait", async () => {
    expect(await airplane.runbooks.execute({ slug: "hello_world", paramValues: { name: "Ada" } })).toEqual({
      sessionID: "ses20220120za1pskd",
    });
    expect((await airplane.runbooks.run({ id: "rbk20220120z15kl79" }, { intervalMs: 100 })).status).toBe("Succeeded");
  });
  it("sessions.get, sessions.list and sessions.listAll", async () => {
    expect((await airplane.sessions.get("ses20220120za1pskd")).status).toBe("Succeeded");
    const { sessions } = await airplane.sessions.list({
      runbookID: "rbk20220120z15kl79",
      updatedAfter: "2022-01-11T00:00:00Z",
    });
    expect(sessions[0]?.id).toBe("ses20220120za1pskd");
    const ids = [];
    for await (const session of airplane.sessions.listAll({ limit: 5 })) ids.push(session.id);
    expect(ids).toEqual(["ses20220120za1pskd"]);
  });
  it("prompts.get, list, submit and cancel", async () => {
    expect((await airplane.prompts.get("pmt20220122zl0ccs4")).prompt.runID).toBe("run20220111zlq2ig4");
    expect((await airplane.prompts.list("run20220111zlq2ig4")).prompts).toHaveLength(1);
    expect(await airplane.prompts.submit({ id: "pmt20220122zl0ccs4", values: { approved: true } })).toEqual({
      id: "pmt20220122zl0ccs4",
    });
    expect(await airplane.prompts.cancel("pmt20220122zl0ccs4")).toEqual({ id: "pmt20220122zl0ccs4" });
  });
  it("the typed openapi-fetch methods reach the same operations", async () => {
    const { data, error } = await airplane.GET("/runs/get", { params: { query: { id: "run20220111zlq2ig4" } } });
    expect(error).toBeUndefined();
    expect(data?.status).toBe("Succeeded");
  });
});

describe("named examples", () => {
  it("a failed run makes tasks.run throw RunFailedError carrying the run", async () => {
    const client = mockClient({ middleware: [prefer("/runs/get", "example=failed")] });
    const error = await client.tasks.run({ slug: "refund_order" }, { intervalMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunFailedError);
    expect((error as RunFailedError).run.status).toBe("Failed");
  });
  it("a cancelled run also throws", async () => {
    const client = mockClient({ middleware: [prefer("/runs/get", "example=cancelled")] });
    await expect(client.tasks.run({ slug: "refund_order" }, { intervalMs: 100 })).rejects.toBeInstanceOf(
      RunFailedError,
    );
  });
  it("an active run keeps runs.wait polling until its timeout", async () => {
    const client = mockClient({ middleware: [prefer("/runs/get", "example=active")] });
    await expect(client.runs.wait("run20220114za7tv9q", { intervalMs: 100, timeoutMs: 300 })).rejects.toThrow(
      /Timed out/,
    );
  });
  it("a failed session makes runbooks.run throw SessionFailedError", async () => {
    const client = mockClient({ middleware: [prefer("/sessions/get", "example=failed")] });
    const error = await client.runbooks.run({ slug: "hello_world" }, { intervalMs: 100 }).catch((e: unknown) => e);
    expect((error as SessionFailedError).session.status).toBe("Failed");
  });
  it("a waiting session is not terminal", async () => {
    const client = mockClient({ middleware: [prefer("/sessions/get", "example=waiting")] });
    expect((await client.sessions.get("ses20220122zwa1tng")).status).toBe("Waiting");
  });
  it("a submitted prompt carries its values", async () => {
    const client = mockClient({ middleware: [prefer("/prompts/get", "example=submitted")] });
    expect((await client.prompts.get("pmt20220122zl0ccs4")).prompt.values).toEqual({ approved: true });
  });
});

const calls: Record<string, (c: ReturnType<typeof mockClient>) => Promise<unknown>> = {
  "/tasks/execute": (c) => c.tasks.execute({ slug: "refund_order" }),
  "/runs/get": (c) => c.runs.get("run20220111zlq2ig4"),
  "/runs/getOutputs": (c) => c.runs.getOutputs("run20220111zlq2ig4"),
  "/runs/list": (c) => c.runs.list(),
  "/runs/cancel": (c) => c.runs.cancel("run20220111zlq2ig4"),
  "/runbooks/execute": (c) => c.runbooks.execute({ slug: "hello_world" }),
  "/sessions/get": (c) => c.sessions.get("ses20220120za1pskd"),
  "/sessions/list": (c) => c.sessions.list(),
  "/prompts/get": (c) => c.prompts.get("pmt20220122zl0ccs4"),
  "/prompts/list": (c) => c.prompts.list("run20220111zlq2ig4"),
  "/prompts/submit": (c) => c.prompts.submit({ id: "pmt20220122zl0ccs4", values: {} }),
  "/prompts/cancel": (c) => c.prompts.cancel("pmt20220122zl0ccs4"),
};
const statuses = [
  [400, BadRequestError, "invalid_param_value"],
  [401, AuthenticationError, "unauthorized"],
  [403, PermissionDeniedError, "forbidden"],
  [404, NotFoundError, "not_found"],
  [429, RateLimitError, "rate_limited"],
  [500, InternalServerError, undefined],
] as const;

describe("every documented error status of every operation", () => {
  for (const [path, call] of Object.entries(calls)) {
    it.each(statuses)(`${path} → %i`, async (status, ErrorClass, code) => {
      const error = (await call(mockClient({ middleware: [prefer(path, `code=${status}`)] })).catch(
        (e: unknown) => e,
      )) as ApiError;
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error.status).toBe(status);
      expect(error.code).toBe(code);
      expect(error.body).toMatchObject({ error: expect.any(String), ...(code ? { code } : {}) });
      expect(error.path).toBe(`/v0${path}`);
      expect(error.method).toBe(path.match(/execute|cancel|submit/) ? "POST" : "GET");
      expect(error.message).toMatch(new RegExp(`failed with ${status}: \\S`));
    });
  }
  it("a 429 carries Retry-After in milliseconds", async () => {
    const error = (await mockClient({ middleware: [prefer("/runs/get", "code=429")] })
      .runs.get("run1")
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfterMs).toBe(2000);
  });
  it("a request that drifts from the spec (no credentials) fails the call", async () => {
    const client = mockClient({ headers: { "X-Airplane-API-Key": "" } });
    await expect(client.runs.get("run1")).rejects.toThrow(/drift from the spec.*security/i);
  });
});
