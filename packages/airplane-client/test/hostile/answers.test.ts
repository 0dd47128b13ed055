import { describe, expect, it } from "vitest";
import { BadRequestError, InternalServerError, InvalidResponseError, ValidationError } from "../../src/index.js";
import { failure, RUN, serve } from "./serve.js";
import { deep } from "../../../../scripts/testing/deep-json.js";

describe("bad input is a ValidationError before anything is sent", () => {
  it.each([".", "..", "", " "])("an id of %j", async (id) => {
    const { client, requests } = await serve(() => ({ status: 200, body: RUN }));
    await expect(client.runs.get(id)).rejects.toBeInstanceOf(ValidationError);
    await expect(client.runs.cancel(id)).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
  it("a BigInt or a cycle in the body", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { runID: "r" } }));
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    await expect(client.tasks.execute({ slug: "t", paramValues: { n: 1n } })).rejects.toThrow(/cannot be sent as JSON/);
    await expect(client.tasks.execute({ slug: "t", paramValues: cyclic })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
  it("a missing input object, or a BigInt id, with a message that names the argument", async () => {
    const { client } = await serve(() => ({ status: 200, body: RUN }));
    const execute = client.tasks.execute as (input: unknown) => Promise<unknown>;
    await expect(execute(undefined)).rejects.toThrow(/input must be an object/);
    await expect(client.runs.get(10n as unknown as string)).rejects.toThrow(
      /runID must be an id, which is a string: got .*bigint/,
    );
    await expect(client.runs.get(42 as unknown as string)).rejects.toThrow(/runID must be an id, which is a string/);
  });
  it("a limit above the spec's maximum of 50", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { runs: [] } }));
    await expect(client.runs.listAll({ limit: 100 }).next()).rejects.toThrow(/from 1 to 50/);
    await expect(client.runs.list({ limit: 51 })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

describe("odd answers are InvalidResponseErrors", () => {
  it("a 200 with an empty body where the spec declares one", async () => {
    const { client } = await serve(() => ({ status: 200 }));
    await expect(client.runs.get("run1")).rejects.toThrow(/empty body, where the spec promises one/);
  });
  it("tasks.run whose execute answers an empty object", async () => {
    const { client } = await serve(() => ({ status: 200, body: {} }));
    const error = await failure(client.tasks.run({ slug: "t" }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/`runID` is not a string/);
  });
  it("a page without its array", async () => {
    const { client } = await serve(() => ({ status: 200, body: { items: [] } }));
    await expect(client.runs.listAll().next()).rejects.toThrow(/`runs` is not an array/);
  });
  it("an array that is not of objects ends listAll with a typed error, before the caller's loop sees an item", async () => {
    for (const bad of [null, 7, "run2"]) {
      const { client } = await serve(() => ({ status: 200, body: { runs: [RUN, bad] } }));
      const seen: unknown[] = [];
      const error = await (async () => {
        for await (const run of client.runs.listAll()) seen.push(run);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/item 1 of `runs` is (null|a number|a string), not an object/);
      expect(seen).toEqual([]);
    }
  });
  it("a server that ignores page ends listAll with a typed error", async () => {
    const page = { runs: Array.from({ length: 50 }, (_, i) => ({ ...RUN, id: `run${i}` })) };
    const { client, requests } = await serve(() => ({ status: 200, body: page }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const run of client.runs.listAll()) seen.push(run.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(seen).toHaveLength(50);
    expect(requests).toHaveLength(2);
  });
});

describe("error bodies are summarised whatever their shape", () => {
  it("problem+json's title and detail", async () => {
    const body = { type: "about:blank", title: "Bad Request", detail: "limit is too large" };
    const { client } = await serve(() => ({
      status: 400,
      headers: { "content-type": "application/problem+json" },
      body,
    }));
    await expect(client.runs.get("run1")).rejects.toThrow(
      "GET /runs/get failed with 400: Bad Request: limit is too large",
    );
  });
  it("any other JSON", async () => {
    const { client } = await serve(() => ({ status: 400, body: { reason: "nope", retry: false } }));
    await expect(client.runs.get("run1")).rejects.toThrow(/application\/json body: \{"reason":"nope","retry":false\}/);
  });
});

describe("JSON nested deeper than any stack", () => {
  // JSON.parse takes any depth; JSON.stringify and any recursive walk overflow the stack long before.
  const json = (status: number, body: string) => ({
    status,
    body,
    headers: { "content-type": "application/json" },
  });
  it("in an error body is a typed error whose body is cut at 64 levels", async () => {
    const { client } = await serve(() => json(400, `{"error":"bad","details":{"a":${deep(200_000)}}}`));
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe("GET /runs/get failed with 400: bad");
    // The body is level 0, `details` 1, `a` 2: 62 arrays, then the cut.
    let level: unknown = (error["details"] as { a: unknown }).a;
    let arrays = 0;
    for (; Array.isArray(level); arrays++) [level] = level as unknown[];
    expect([arrays, level]).toEqual([62, "…"]);
  });
  it("in an error body without a message is summarised from the cut body", async () => {
    const { client } = await serve(() => json(503, deep(10_000)));
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toMatch(/failed with 503: application\/json body: \[\[\[/);
  });
  it("as a run's status is an InvalidResponseError", async () => {
    const { client } = await serve(() => json(200, `{"id":"run1","status":${deep(10_000)}}`));
    await expect(client.runs.get("run1")).rejects.toThrow(/`status` is not a string/);
  });
  it("as a listing's item is an InvalidResponseError on every runtime", async () => {
    const { client } = await serve(() => json(200, `{"runs":[${deep(10_000)}]}`));
    await expect(client.runs.listAll().next()).rejects.toThrow("item 0 of `runs` is an array, not an object");
  });
  it("inside a listing's item ends listAll with an InvalidResponseError on every runtime", async () => {
    const { client } = await serve(() => json(200, `{"runs":[{"id":"run1","params":${deep(10_000)}}]}`));
    const runs: unknown[] = [];
    const error = await (async () => {
      for await (const run of client.runs.listAll()) runs.push(run);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe("GET /runs/list answered with JSON nested too deeply to handle.");
    expect(runs).toEqual([]);
  });
  it("257 levels inside a listing's item are refused, 256 read", async () => {
    const item = (levels: number) => `{"id":"run1","params":${deep(levels - 1)}}`;
    for (const [levels, ok] of [
      [256, true],
      [257, false],
    ] as const) {
      const { client } = await serve(() => json(200, `{"runs":[${item(levels)}]}`));
      const result = await client.runs
        .listAll()
        .next()
        .then(
          () => true,
          () => false,
        );
      expect([levels, result]).toEqual([levels, ok]);
    }
  });
});

describe("a body too big to keep whole in an error", () => {
  it("an error body of 100,000 values keeps its first 10,000", async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `item ${i}`);
    const { client } = await serve(() => ({ status: 400, body: { error: "bad", items } }));
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe("GET /runs/get failed with 400: bad");
    expect((error["body"] as { items: string[] }).items).toEqual(items.slice(0, 9_998));
  });
  it("a 2xx of 8 MiB that is not JSON is quoted from its start", async () => {
    const body = `<html>${"x".repeat(8 * 2 ** 20)}</html>`;
    const { client } = await serve(() => ({ status: 200, body, headers: { "content-type": "text/html" } }));
    const error = await failure(client.runs.get("run1"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/not JSON \(content-type text\/html\): <html>x{194}…$/);
  });
});
