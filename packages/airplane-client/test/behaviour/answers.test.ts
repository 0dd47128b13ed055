// What came back, and the helpers built on it, against a fault server.
import { describe, expect, it } from "vitest";
import {
  AbortError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
} from "../../src/index.js";
import { serve } from "./serve.js";
import { RUN } from "../fixtures.js";

describe("what came back", () => {
  it("turns an HTML error page into a typed error that quotes it", async () => {
    const { client } = await serve(
      () => ({ status: 502, headers: { "content-type": "text/html" }, body: "<html><h1>Bad gateway</h1></html>" }),
      { retry: false },
    );
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain("text/html body: <html><h1>Bad gateway</h1></html>");
  });
  it("names an empty error body", async () => {
    const { client } = await serve(() => ({ status: 404 }));
    await expect(client.runs.get("run1")).rejects.toThrow(/GET \/runs\/get failed with 404: empty body/);
  });
  it("reads error, code, details and request id from the body", async () => {
    const { client } = await serve(() => ({
      status: 400,
      headers: { "x-request-id": "req-9" },
      body: { error: "bad param", code: "invalid_param", details: { param: "id" } },
    }));
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as BadRequestError;
    expect(error).toMatchObject({ status: 400, code: "invalid_param", details: { param: "id" }, requestId: "req-9" });
    expect(error.message).toBe("GET /runs/get failed with 400: bad param");
  });
  it("turns a 200 that is not JSON into InvalidResponseError", async () => {
    const { client } = await serve(() => ({
      status: 200,
      headers: { "content-type": "text/html" },
      body: "<html>login</html>",
    }));
    const error = (await client.runs.get("run1").catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain("content-type text/html");
    expect(error.message).toContain("<html>login</html>");
  });
});

describe("helpers", () => {
  it("listAll walks pages until a short one", async () => {
    const { client, requests } = await serve((req) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      return {
        status: 200,
        body: { runs: Array.from({ length: page < 2 ? 2 : 1 }, (_, i) => ({ ...RUN, id: `r${page}${i}` })) },
      };
    });
    const ids = [];
    for await (const run of client.runs.listAll({ taskSlug: "t", limit: 2 })) ids.push(run.id);
    expect(ids).toEqual(["r00", "r01", "r10", "r11", "r20"]);
    expect(requests.map((r) => r.url)).toEqual([
      "/runs/list?taskSlug=t&limit=2&page=0",
      "/runs/list?taskSlug=t&limit=2&page=1",
      "/runs/list?taskSlug=t&limit=2&page=2",
    ]);
  });
  it("wait polls until a terminal status", async () => {
    const statuses = ["Queued", "Active", "Active", "Failed"];
    const { client, requests } = await serve((_, i) => ({ status: 200, body: { ...RUN, status: statuses[i] } }));
    expect((await client.runs.wait("run1", { intervalMs: 100 })).status).toBe("Failed");
    expect(requests).toHaveLength(4);
  });
  it("tasks.run returns the run and its output", async () => {
    const { client, requests } = await serve((req) =>
      req.url.startsWith("/tasks/execute")
        ? { status: 200, body: { runID: "run1" } }
        : req.url.startsWith("/runs/getOutputs")
          ? { status: 200, body: { output: { rows: 3 } } }
          : { status: 200, body: RUN },
    );
    expect(await client.tasks.run({ slug: "t", envSlug: "prod" }, { intervalMs: 100 })).toEqual({
      run: RUN,
      output: { rows: 3 },
    });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /tasks/execute?envSlug=prod",
      "GET /runs/get?id=run1",
      "GET /runs/getOutputs?id=run1",
    ]);
  });
  it("runbooks.execute allows 30 s per attempt", async () => {
    const { client } = await serve(() => "hang", { retry: false, timeoutMs: 20 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    // With the client's 20 ms it would time out; it is still waiting when the caller aborts.
    await expect(client.runbooks.execute({ slug: "r" }, { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
  });
  it("a 404 on get is NotFoundError", async () => {
    const { client } = await serve(() => ({ status: 404, body: { error: "run not found", code: "not_found" } }));
    await expect(client.runs.get("nope")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("RateLimitError carries retryAfterMs", async () => {
    const { client } = await serve(() => ({ status: 429, headers: { "retry-after": "0" }, body: { error: "x" } }), {
      retry: false,
    });
    await expect(client.runs.get("r")).rejects.toMatchObject({ retryAfterMs: 0, constructor: RateLimitError });
  });
});
