// Every operation of spec/e2b-volume.yaml against its Prism mock (`--errors`: a request that drifts
// from the spec fails), through the volume client's methods.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { mockUrl } from "../../../../scripts/testing/mock-setup.js";
import { recordingTransport } from "../../../../scripts/testing/path.js";
import { noViolations } from "../../../../scripts/testing/prism-middleware.js";
import {
  AuthenticationError,
  BadRequestError,
  createE2bVolumeClient,
  InternalServerError,
  NotFoundError,
  type E2bVolumeClient,
  type Transport,
} from "../../src/volume/index.js";

const VOL = "vol_3f9a1e5c2b4e8d9a";
const TOKEN = "vtok_9c2e4b7a1d3f5e8c0a6b2d4f";

/** A client of the mock that records what it sends: method, URL and the authorization header. */
function mockClient(headers: Record<string, string> = {}) {
  const sent: { method: string; url: URL; auth: string | null }[] = [];
  const inner = recordingTransport([]);
  const transport: Transport = {
    send: (url, init) => {
      sent.push({ method: init.method, url: new URL(url), auth: init.headers.get("authorization") });
      return inner.send(url, init);
    },
    finish: inner.finish,
  };
  const client = createE2bVolumeClient(
    { volumeID: VOL, token: TOKEN },
    { baseUrl: mockUrl(inject, "e2b-volume"), retry: false, transport, headers, middleware: [noViolations] },
  );
  return { client, sent };
}

/** One call per operation, keyed by operationId. */
const calls: Record<string, (c: E2bVolumeClient) => Promise<unknown>> = {
  listVolumeDir: (c) => c.list("/data", { depth: 1 }),
  makeVolumeDir: (c) => c.makeDir("/data/images", { force: true, mode: 0o755 }),
  getVolumeEntry: (c) => c.getInfo("/data/train.csv"),
  updateVolumeEntry: (c) => c.updateMetadata("/data/train.csv", { mode: 0o600 }),
  removeVolumeEntry: (c) => c.remove("/data/old"),
  readVolumeFile: (c) => c.readFile("/data/train.csv"),
  writeVolumeFile: (c) => c.writeFile("/data/train.csv", "id,label\n1,cat\n", { force: true }),
};

const spec = parse(readFileSync(new URL("../../../../spec/e2b-volume.yaml", import.meta.url), "utf8"));
const operations = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== "parameters")
    .map(([method, op]) => ({ path: path.replace("{volumeID}", VOL), method: method.toUpperCase(), op })),
);

describe("every volume content operation against the Prism mock", () => {
  it("covers every operation of the spec", () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((o) => o.op.operationId).sort());
  });
  it.each(operations)("$method $path: one request, with the token as a bearer", async ({ path, method, op }) => {
    const { client, sent } = mockClient();
    await calls[op.operationId]!(client);
    expect(sent.map((s) => [s.method, s.url.pathname, s.auth])).toEqual([[method, path, `Bearer ${TOKEN}`]]);
    expect(sent[0]!.url.searchParams.get("path")).toMatch(/^\/data/);
  });
  it("answers the spec's examples: a listing, an entry, a file's bytes in every format", async () => {
    const { client } = mockClient();
    expect((await client.list("/data")).map((e) => [e.path, e.type])).toEqual([
      ["/data/train.csv", "file"],
      ["/data/images", "directory"],
    ]);
    expect(await client.getInfo("/data/train.csv")).toMatchObject({ size: 1048576, mode: 420 });
    expect(await client.exists("/data/train.csv")).toBe(true);
    expect(await client.readFile("/data/train.csv")).toBe("id,label\n1,cat\n");
    expect(await client.readFile("/data/train.csv", { format: "bytes" })).toEqual(
      new TextEncoder().encode("id,label\n1,cat\n"),
    );
    const stream = await client.readFile("/data/train.csv", { format: "stream" });
    expect(await new Response(stream).text()).toBe("id,label\n1,cat\n");
    expect((await client.writeFile("/data/train.csv", new Blob(["id,label\n1,cat\n"]))).size).toBe(14);
  });
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [404, NotFoundError],
    [500, InternalServerError],
  ] as const)("a %s is a %s with the spec's body", async (status, type) => {
    const { client } = mockClient({ Prefer: `code=${status}` });
    const error = await client.getInfo("/data/train.csv").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as InstanceType<typeof type>).body).toMatchObject({ code: expect.any(String) });
    if (status === 404) expect(await client.exists("/data/train.csv")).toBe(false);
  });
});
