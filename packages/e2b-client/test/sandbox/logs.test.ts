// The log readers (sandboxes.readLogs, templates.readBuildLogs) against fault servers: each entry
// once across pages, following until a signal or the end, and servers that never end, repeat the
// cursor or flood, all paced and bounded.
import { describe, expect, it } from "vitest";
import { InvalidResponseError, ValidationError } from "../../src/sandbox/index.js";
import { query, serve, serveTeam } from "./fault.js";
import { elapsed, SLACK_MS } from "../../../../scripts/testing/timing.js";

const T0 = Date.parse("2026-11-27T08:15:00.000Z");
const entry = (ms: number, message = `line at ${ms}`) => ({
  timestamp: new Date(T0 + ms).toISOString(),
  level: "info",
  message,
  fields: {},
});
const logs = (...entries: object[]) => ({ status: 200, body: { logs: entries } });
const isLogs = (url: string) => url.includes("/logs");
const collect = async <T>(walk: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of walk) out.push(item);
  return out;
};

describe("sandboxes.readLogs", () => {
  it("walks the cursor, each entry once, none lost where a page ends inside one millisecond", async () => {
    const all = [entry(1, "a"), entry(2, "b"), entry(2, "c"), entry(3, "d")];
    const { client, requests } = await serve((req) => {
      const cursor = Number(query(req).get("cursor"));
      const limit = Number(query(req).get("limit"));
      return logs(...all.filter((e) => Date.parse(e.timestamp) >= cursor).slice(0, limit));
    });
    const messages = (await collect(client.sandboxes.readLogs("sbx1", { limit: 2 }))).map((e) => e.message);
    expect(messages).toEqual(["a", "b", "c", "d"]);
    expect(requests.map((r) => query(r).get("direction"))).toEqual(requests.map(() => "forward"));
    expect(requests.map((r) => Number(query(r).get("cursor")) - T0)).toEqual([-T0, 2, 2, 3]);
  });
  it("a server that ignores the cursor and answers the same full page ends the walk with a typed error", async () => {
    const { client, requests } = await serve(() => logs(entry(1, "a"), entry(2, "b")));
    const error = await collect(client.sandboxes.readLogs("sbx1", { limit: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/full page of entries read before: it ignores the cursor/);
    expect(requests).toHaveLength(2);
  });
  it("following a log that never ends reads at intervalMs until the signal aborts, then ends quietly", async () => {
    let n = 0;
    const { client, requests } = await serve((req) => (isLogs(req.url) ? logs(entry(++n)) : { status: 200, body: {} }));
    const signal = AbortSignal.timeout(450);
    const following = collect(client.sandboxes.readLogs("sbx1", { follow: true, intervalMs: 100, signal }));
    const { ms, value: seen, error } = await elapsed(following);
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(450 + SLACK_MS);
    expect(seen?.length).toBeGreaterThanOrEqual(2);
    // One log read and one liveness read per interval, no more.
    expect(requests.filter((r) => isLogs(r.url)).length).toBeLessThanOrEqual(6);
  });
  it("following a flood of full pages reads at most one page per 100 ms", async () => {
    let at = 0;
    const { client, requests } = await serve(() => logs(entry(++at), entry(++at)));
    const seen = await collect(
      client.sandboxes.readLogs("sbx1", { follow: true, limit: 2, signal: AbortSignal.timeout(500) }),
    );
    expect(requests.length).toBeLessThanOrEqual(7);
    expect(seen).toHaveLength(2 * requests.length);
  });
  it("following a server that repeats the same entries yields them once, at intervalMs", async () => {
    const { client, requests } = await serve((req) =>
      isLogs(req.url) ? logs(entry(1, "a"), entry(2, "b")) : { status: 200, body: {} },
    );
    const seen = await collect(
      client.sandboxes.readLogs("sbx1", { follow: true, intervalMs: 100, signal: AbortSignal.timeout(450) }),
    );
    expect(seen.map((e) => e.message)).toEqual(["a", "b"]);
    expect(requests.filter((r) => isLogs(r.url)).length).toBeLessThanOrEqual(6);
  });
  it("stops following once the sandbox is gone, after reading what is left", async () => {
    let reads = 0;
    const { client } = await serve((req) =>
      isLogs(req.url)
        ? logs(...Array.from({ length: ++reads }, (_, i) => entry(i + 1)))
        : reads >= 2
          ? { status: 404, body: { code: 404, message: "sandbox not found" } }
          : { status: 200, body: {} },
    );
    const seen = await collect(client.sandboxes.readLogs("sbx1", { follow: true, intervalMs: 100 }));
    expect(seen.map((e) => Date.parse(e.timestamp) - T0)).toEqual([1, 2, 3]);
  });
  it("refuses a bad cursor or limit before sending", async () => {
    const { client, requests } = await serve(() => logs());
    await expect(collect(client.sandboxes.readLogs("sbx1", { cursor: new Date("x") }))).rejects.toThrow(
      ValidationError,
    );
    await expect(collect(client.sandboxes.readLogs("sbx1", { limit: 1001 }))).rejects.toThrow(/from 1 to 1000/);
    expect(requests).toHaveLength(0);
  });
  it("an entry without a valid timestamp is an InvalidResponseError", async () => {
    const { client } = await serve(() => logs({ ...entry(1), timestamp: "yesterday" }));
    await expect(collect(client.sandboxes.readLogs("sbx1"))).rejects.toThrow(/without a valid timestamp/);
  });
});

describe("a millisecond with more entries than a page holds", () => {
  it("is read a page's worth, then skipped: the walk goes on instead of looping", async () => {
    const all = [entry(1, "a"), entry(1, "b"), entry(1, "c"), entry(2, "d")];
    const { client, requests } = await serve((req) => {
      const cursor = Number(query(req).get("cursor"));
      return logs(...all.filter((e) => Date.parse(e.timestamp) >= cursor).slice(0, 2));
    });
    const messages = (await collect(client.sandboxes.readLogs("sbx1", { limit: 2 }))).map((e) => e.message);
    expect(messages).toEqual(["a", "b", "d"]);
    expect(requests).toHaveLength(3);
  });
});

describe("templates.readBuildLogs", () => {
  it("follows the build until it is ready, then ends", async () => {
    let reads = 0;
    const { client } = await serveTeam((req) =>
      isLogs(req.url)
        ? logs(...Array.from({ length: ++reads }, (_, i) => entry(i + 1)))
        : {
            status: 200,
            body: {
              templateID: "t",
              buildID: "b",
              status: reads >= 2 ? "ready" : "building",
              logs: [],
              logEntries: [],
            },
          },
    );
    const seen = await collect(client.templates.readBuildLogs("t", "b", { follow: true, intervalMs: 100 }));
    expect(seen.length).toBe(3);
  });
});
