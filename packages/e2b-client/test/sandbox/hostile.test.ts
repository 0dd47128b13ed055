// The sandbox client against servers that misbehave on purpose: its X-API-Key must reach the
// configured origin only and never come back out of an error; a stalled or reset listing or build
// wait ends in time with a typed error. Runs on both transports.
import { describe, expect, it } from "vitest";
import { startFaultServer } from "../../../../scripts/testing/fault-server.js";
import { elapsed, SLACK_MS } from "../../../../scripts/testing/timing.js";
import { ConnectionError, InternalServerError, RedirectError, TimeoutError } from "../../src/sandbox/index.js";
import { KEY } from "./helpers.js";
import { sandbox, serve, serveTeam } from "./fault.js";
import { exposed } from "../../../../scripts/testing/exposed.js";

describe("the X-API-Key header", () => {
  it("is not sent to another origin a 307 points to", async () => {
    const elsewhere = await startFaultServer(() => ({ status: 201, body: sandbox("stolen") }));
    try {
      const { client } = await serve(() => ({ status: 307, headers: { location: `${elsewhere.url}/v2/sandboxes` } }));
      const error = await client.sandboxes.create({ templateID: "base" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
  it("echoed back by the server, raw, percent-encoded or base64, never shows in the error", async () => {
    const echo = `key ${KEY} / ${encodeURIComponent(KEY)} / ${Buffer.from(KEY).toString("base64")}`;
    const { client } = await serve((req) => ({
      status: 500,
      headers: { "x-request-id": req.headers["x-api-key"] as string },
      body: { code: 500, message: echo, error_code: KEY },
    }));
    const error = await client.sandboxes.get("s1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(exposed(error)).not.toContain(KEY);
    expect(exposed(error)).not.toContain(Buffer.from(KEY).toString("base64"));
  });
});

describe("deadlines over the helpers", () => {
  it("a listing page that stalls mid-body ends with TimeoutError within the attempt's timeout", async () => {
    const { client } = await serve(
      () => ({ status: 200, headers: { "X-Next-Token": "t" }, body: [sandbox("a"), sandbox("b")], cut: "stall" }),
      { timeoutMs: 300, retry: false },
    );
    const walk = async () => {
      for await (const _ of client.sandboxes.listAll()) void _;
    };
    const { ms, error } = await elapsed(walk());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(300 + SLACK_MS);
  });
  it("a build status read reset mid-body is retried (a GET), and the wait goes on", async () => {
    const ready = { templateID: "t", buildID: "b", status: "ready", logs: [], logEntries: [] };
    const { client, requests } = await serveTeam((_req, i) =>
      i === 0 ? { status: 200, body: ready, cut: "reset" } : { status: 200, body: ready },
    );
    expect((await client.templates.waitForBuild("t", "b")).status).toBe("ready");
    expect(requests).toHaveLength(2);
  });
  it("a create reset mid-body is a ConnectionError, not retried: it may have started a sandbox", async () => {
    const { client, requests } = await serve(() => ({ status: 201, body: sandbox("s1"), cut: "reset" }));
    await expect(client.sandboxes.create({ templateID: "base" })).rejects.toThrow(ConnectionError);
    expect(requests).toHaveLength(1);
  });
});
