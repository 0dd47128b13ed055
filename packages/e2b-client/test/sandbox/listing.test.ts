// Cursor walks over X-Next-Token against a fault server.
import { describe, expect, it } from "vitest";
import { InvalidResponseError, ValidationError } from "../../src/sandbox/index.js";
import { MAX_EMPTY_PAGES } from "@spec-clients/core";
import { query, sandbox, serve, serveTeam } from "./fault.js";

describe("listAll over X-Next-Token", () => {
  it("walks every page, sending each token back, and ends on the page without one", async () => {
    const pages = [["a", "b"], ["c", "d"], ["e"]];
    const { client, requests } = await serve((_req, i) => ({
      status: 200,
      headers: i < 2 ? { "X-Next-Token": `t${i + 1}` } : {},
      body: pages[i]!.map(sandbox),
    }));
    const ids = [];
    for await (const s of client.sandboxes.listAll({ state: ["paused"], limit: 2 })) ids.push(s.sandboxID);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(requests.map((r) => query(r).get("nextToken"))).toEqual([null, "t1", "t2"]);
    expect(requests.every((r) => query(r).get("state") === "paused" && query(r).get("limit") === "2")).toBe(true);
  });
  it("starts at the filter's nextToken and treats an empty header as the last page", async () => {
    const { client, requests } = await serve(() => ({ status: 200, headers: { "X-Next-Token": "" }, body: [] }));
    const items = [];
    for await (const s of client.snapshots.listAll({ nextToken: "resume-here" })) items.push(s);
    expect(items).toEqual([]);
    expect(requests.map((r) => query(r).get("nextToken"))).toEqual(["resume-here"]);
  });
  it("stops with InvalidResponseError when the server hands back a token it already gave", async () => {
    const { client, requests } = await serve((_req, i) => ({
      status: 200,
      headers: { "X-Next-Token": i % 2 ? "t2" : "t1" },
      body: [{ snapshotID: `s${i}`, names: [] }],
    }));
    const seen: string[] = [];
    const walk = async () => {
      for await (const s of client.snapshots.listAll()) seen.push(s.snapshotID);
    };
    await expect(walk()).rejects.toThrow(InvalidResponseError);
    expect(requests).toHaveLength(3);
    expect(seen).toEqual(["s0", "s1", "s2"]);
  });
  it("templates.listBuilds walks the builds of a template page by page", async () => {
    const build = (id: string) => ({
      buildID: id,
      status: "ready",
      cpuCount: 2,
      memoryMB: 512,
      createdAt: "x",
      updatedAt: "x",
    });
    const template = (ids: string[]) => ({
      templateID: "t",
      public: false,
      names: [],
      aliases: [],
      createdAt: "x",
      updatedAt: "x",
      lastSpawnedAt: null,
      spawnCount: 0,
      builds: ids.map(build),
    });
    const { client, requests } = await serveTeam((_req, i) =>
      i === 0
        ? { status: 200, headers: { "X-Next-Token": "n1" }, body: template(["b1", "b2"]) }
        : { status: 200, body: template(["b3"]) },
    );
    const ids = [];
    for await (const b of client.templates.listBuilds("t", { limit: 2 })) ids.push(b.buildID);
    expect(ids).toEqual(["b1", "b2", "b3"]);
    expect(requests.map((r) => r.url)).toEqual(["/templates/t?limit=2", "/templates/t?limit=2&nextToken=n1"]);
  });
  it("reads X-Total-Running when it is a count, and leaves it undefined otherwise", async () => {
    const totals = ["7", undefined, "-1", "many", ""];
    const { client } = await serve((_req, i) => ({
      status: 200,
      headers: totals[i] === undefined ? {} : { "X-Total-Running": totals[i]! },
      body: [],
    }));
    const seen = [];
    for (let i = 0; i < totals.length; i++) seen.push((await client.sandboxes.list()).totalRunning);
    expect(seen).toEqual([7, undefined, undefined, undefined, undefined]);
  });
  it("empty pages that each carry a fresh token end the walk after 10 (MAX_EMPTY_PAGES), with a typed error", async () => {
    // The bound itself, as the README states it: a walk a hostile server can stretch stays short.
    expect(MAX_EMPTY_PAGES).toBe(10);
    const { client, requests } = await serve((_req, i) => ({
      status: 200,
      headers: { "X-Next-Token": `fresh-${i}` },
      body: [],
    }));
    const error = await (async () => {
      for await (const s of client.sandboxes.listAll()) void s;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe(
      `GET /v2/sandboxes answered ${MAX_EMPTY_PAGES} empty pages in a row, each with a new next-page token: the listing would not end.`,
    );
    expect(requests).toHaveLength(10);
  });
  it("empty pages between full ones do not count against the walk", async () => {
    const { client } = await serve((_req, i) => ({
      status: 200,
      headers: i < 30 ? { "X-Next-Token": `t${i}` } : {},
      body: i % 5 === 4 ? [sandbox(`s${i}`)] : [],
    }));
    const ids = [];
    for await (const s of client.sandboxes.listAll()) ids.push(s.sandboxID);
    expect(ids).toEqual(["s4", "s9", "s14", "s19", "s24", "s29"]);
  });
  it.each([null, 7, "sbx", []])(
    "an item %j in a page is an InvalidResponseError before the loop sees it",
    async (bad) => {
      const { client } = await serve(() => ({ status: 200, body: [sandbox("a"), bad] }));
      const seen: unknown[] = [];
      const error = await (async () => {
        for await (const s of client.sandboxes.listAll()) seen.push(s);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(
        /item 1 of the answer is (null|a number|a string|an array), not an object/,
      );
      expect(seen).toEqual([]);
    },
  );
  it("a page that is not an array is an InvalidResponseError", async () => {
    const { client } = await serve(() => ({ status: 200, body: { sandboxes: [] } }));
    await expect(client.sandboxes.list()).rejects.toThrow(/is not an array/);
  });
  it("a limit outside 1..100 is a ValidationError before anything is sent", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [] }));
    await expect(client.sandboxes.list({ limit: 101 })).rejects.toThrow(ValidationError);
    expect(() => client.snapshots.listAll({ limit: 0 })).toThrow(/limit must be an integer from 1 to 100/);
    expect(requests).toHaveLength(0);
  });
});
