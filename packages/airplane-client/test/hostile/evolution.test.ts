// A later API may add a status: a deployed client must read it, and wait helpers must neither
// hang past their timeout nor take it for a final one.
import { describe, expect, it } from "vitest";
import { AbortError, TimeoutError } from "../../src/index.js";
import { failure, RUN, serve, timed } from "./serve.js";

const SESSION = { id: "ses1", status: "Active", paramValues: {}, createdAt: "2022-01-11 22:32:45+00" };

/** A logger that keeps every line it is given. */
function recorder() {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => void lines.push({ level, message });
  return { lines, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

describe("a status the spec does not list", () => {
  it("comes back unchanged from runs.get, runs.list and sessions.get", async () => {
    const { client } = await serve((req) =>
      req.url!.startsWith("/runs/list")
        ? { status: 200, body: { runs: [{ ...RUN, status: "Paused" }] } }
        : req.url!.startsWith("/sessions")
          ? { status: 200, body: { ...SESSION, status: "Paused" } }
          : { status: 200, body: { ...RUN, status: "Paused", newField: { nested: true } } },
    );
    expect(await client.runs.get("run1")).toEqual({ ...RUN, status: "Paused", newField: { nested: true } });
    expect((await client.runs.list()).runs[0]!.status).toBe("Paused");
    expect((await client.sessions.get("ses1")).status).toBe("Paused");
  });
  it("is polled through by runs.wait, which returns the final status after it", async () => {
    const statuses = ["Queued", "Paused", "Paused", "Succeeded"];
    const { client, requests } = await serve((_, i) => ({ status: 200, body: { ...RUN, status: statuses[i] } }));
    const run = await client.runs.wait("run1", { intervalMs: 100 });
    expect(run.status).toBe("Succeeded");
    expect(requests).toHaveLength(4);
  });
  it("ends runs.wait at timeoutMs with a TimeoutError that names it, and warns when it appears", async () => {
    const { lines, logger } = recorder();
    const { client, requests } = await serve(() => ({ status: 200, body: { ...RUN, status: "Paused" } }), {
      logger,
      logLevel: "warn",
    });
    const { error, ms } = await timed(client.runs.wait("run1", { intervalMs: 100, timeoutMs: 450 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error!.message).toBe(
      'Timed out after 450 ms waiting for run run1 to finish (its last status, "Paused", is not one this client knows).',
    );
    expect(ms).toBeGreaterThanOrEqual(400);
    expect(ms).toBeLessThan(450 + 400);
    // It polled on past the unknown status (a loaded machine may fit only two polls in 450 ms).
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => line.level === "warn")).toEqual([
      {
        level: "warn",
        message:
          '[spec-clients] run run1 has status "Paused", which this client does not know (a newer API?): it keeps polling until the status is final or timeoutMs runs out.',
      },
    ]);
  });
  it("keeps tasks.run waiting instead of reading the output of a run that has not finished", async () => {
    const { client, requests } = await serve((req) =>
      req.url!.startsWith("/tasks/execute")
        ? { status: 200, body: { runID: "run1" } }
        : { status: 200, body: { ...RUN, status: "Paused" } },
    );
    const error = await failure(client.tasks.run({ slug: "t" }, { intervalMs: 100, timeoutMs: 300 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requests.some((req) => req.url!.startsWith("/runs/getOutputs"))).toBe(false);
  });
  it("keeps sessions.wait and runbooks.run waiting, and names it on timeout", async () => {
    const { client } = await serve((req) =>
      req.url!.startsWith("/runbooks")
        ? { status: 200, body: { sessionID: "ses1" } }
        : { status: 200, body: { ...SESSION, status: "Suspended" } },
    );
    const error = await failure(client.runbooks.run({ slug: "r" }, { intervalMs: 100, timeoutMs: 300 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain('"Suspended", is not one this client knows');
  });
});

describe("a signal that fires while a wait helper sleeps between polls", () => {
  it("AbortSignal.timeout() is a TimeoutError, as for a request", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { ...RUN, status: "Active" } }));
    const { error, ms } = await timed(
      client.runs.wait("run1", { intervalMs: 5_000, signal: AbortSignal.timeout(150) }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: "GET", path: "/runs/get" });
    expect(requests).toHaveLength(1);
    expect(ms).toBeLessThan(150 + 400);
  });
  it("any other abort is an AbortError carrying the reason", async () => {
    const { client } = await serve(() => ({ status: 200, body: { ...SESSION, status: "Active" } }));
    const controller = new AbortController();
    const reason = new Error("the user left");
    setTimeout(() => controller.abort(reason), 150);
    const error = await failure(client.sessions.wait("ses1", { intervalMs: 5_000, signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBe(reason);
  });
});
