// Volumes, secrets, refreshes and batched metrics against a fault server: input checks, batching,
// and secrets (a secret's value, a volume's token) that never show in an error or a log line.
import { describe, expect, it } from "vitest";
import { exposed } from "../../../../scripts/testing/exposed.js";
import { BadRequestError, ValidationError } from "../../src/sandbox/index.js";
import { query, serve, serveTeam } from "./fault.js";

const SECRET = "sk-proj-4f8c2a9e/1b7d+3f6a";
/** Every form of the secret a server may echo back. */
const forms = [
  SECRET,
  encodeURIComponent(SECRET),
  Buffer.from(SECRET).toString("base64"),
  Buffer.from(SECRET).toString("base64url"),
  Buffer.from(SECRET).toString("hex"),
];
const SECRET_META = { secretID: "sec_1", name: "k", currentVersion: 1, metadata: {}, createdAt: "t", updatedAt: "t" };

describe("sandboxes.metricsOf", () => {
  it("asks for 101 IDs in two requests of 100 and 1, and merges the answers", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `sbx${i}`);
    const { client, requests } = await serve((req) => {
      const asked = query(req).get("sandbox_ids")!.split(",");
      return { status: 200, body: { sandboxes: Object.fromEntries(asked.map((id) => [id, { cpuCount: 1 }])) } };
    });
    const metrics = await client.sandboxes.metricsOf([...ids, "sbx0"]);
    expect(requests.map((r) => query(r).get("sandbox_ids")!.split(",").length)).toEqual([100, 1]);
    expect(Object.keys(metrics)).toEqual(ids);
  });
  it("sends nothing for no IDs, and refuses a bad one before sending", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: { sandboxes: {} } }));
    expect(await client.sandboxes.metricsOf([])).toEqual({});
    await expect(client.sandboxes.metricsOf(["ok", ""])).rejects.toThrow(ValidationError);
    await expect(client.sandboxes.metricsOf("sbx1" as unknown as string[])).rejects.toThrow(/an array of sandbox IDs/);
    expect(requests).toHaveLength(0);
  });
  it("an answer without its map is an InvalidResponseError", async () => {
    const { client } = await serve((_req, i) => ({ status: 200, body: i === 0 ? [] : { sandboxes: [] } }));
    await expect(client.sandboxes.metricsOf(["sbx1"])).rejects.toThrow(/it is not an object/);
    await expect(client.sandboxes.metricsOf(["sbx1"])).rejects.toThrow(/`sandboxes` is not an object/);
  });
});

describe("sandboxes.refresh", () => {
  it("sends the duration in seconds", async () => {
    const { client, requests } = await serve(() => ({ status: 204 }));
    await client.sandboxes.refresh("sbx1", 600);
    expect([requests[0]!.method, requests[0]!.url, JSON.parse(requests[0]!.body)]).toEqual([
      "POST",
      "/sandboxes/sbx1/refreshes",
      { duration: 600 },
    ]);
  });
  it.each([3601, -1, 1.5, Number.NaN])("refuses %s seconds before sending", async (seconds) => {
    const { client, requests } = await serve(() => ({ status: 204 }));
    await expect(client.sandboxes.refresh("sbx1", seconds)).rejects.toThrow(/from 0 to 3600/);
    expect(requests).toHaveLength(0);
  });
  it("says when the seconds came as a string", async () => {
    const { client } = await serve(() => ({ status: 204 }));
    await expect(client.sandboxes.refresh("sbx1", "600" as unknown as number)).rejects.toThrow(
      'seconds must be a whole number from 0 to 3600, got the string "600".',
    );
  });
});

describe("volumes", () => {
  it("refuses a name outside the spec's pattern before sending", async () => {
    const { client, requests } = await serveTeam(() => ({ status: 201, body: {} }));
    await expect(client.volumes.create("my data")).rejects.toThrow(/letters, digits, "_" and "-"/);
    await expect(client.volumes.create("")).rejects.toThrow(ValidationError);
    expect(requests).toHaveLength(0);
  });
  it("delete is false when the volume was not there", async () => {
    const { client } = await serveTeam(() => ({ status: 404, body: { code: 404, message: "volume not found" } }));
    expect(await client.volumes.delete("vol_1")).toBe(false);
  });
  it("masks the token of a volume it read in every later error", async () => {
    const token = "vtok_9c2e4b7a1d3f5e8c0a6b2d4f";
    const { client } = await serveTeam((_req, i) =>
      i === 0
        ? { status: 200, body: { volumeID: "vol_1", name: "d", token } }
        : { status: 400, body: { code: 400, message: `bad token ${token}` } },
    );
    await client.volumes.get("vol_1");
    const error = await client.volumes.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(exposed(error)).not.toContain(token);
  });
});

describe("secrets", () => {
  it.each(forms)("a value echoed back as %s is masked in the error and every log line", async (form) => {
    const lines: string[] = [];
    const at = (...args: unknown[]) => void lines.push(JSON.stringify(args));
    const { client } = await serveTeam(
      () => ({ status: 400, body: { code: 400, message: `value ${form} is not a marker` } }),
      { logger: { debug: at, info: at, warn: at, error: at }, logLevel: "debug" },
    );
    const error = await client.secrets.create({ name: "k", value: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain("***");
    for (const text of [exposed(error), ...lines]) expect(text.toLowerCase()).not.toContain(form.toLowerCase());
  });
  it("update masks the new value too, and never sends a body it cannot check", async () => {
    const { client, requests } = await serveTeam(() => ({
      status: 409,
      body: { code: 409, message: `saw ${SECRET}` },
    }));
    const error = await client.secrets.update("k", { value: SECRET }).catch((e: unknown) => e);
    expect(exposed(error)).not.toContain(SECRET);
    await expect(client.secrets.update("k", { value: 7 as unknown as string })).rejects.toThrow(/must be a string/);
    await expect(
      client.secrets.create({ name: "k", value: "v", metadata: { owner: null as unknown as string } }),
    ).rejects.toThrow('metadata["owner"] must be a string, got null.');
    expect(requests).toHaveLength(1);
  });
  it("exists and delete are false on 404, true otherwise", async () => {
    const { client } = await serveTeam((req) =>
      req.url.endsWith("/gone")
        ? { status: 404, body: { code: 404, message: "secret not found" } }
        : req.method === "DELETE"
          ? { status: 204 }
          : { status: 200, body: SECRET_META },
    );
    expect([await client.secrets.exists("gone"), await client.secrets.exists("k")]).toEqual([false, true]);
    expect([await client.secrets.delete("gone"), await client.secrets.delete("k")]).toEqual([false, true]);
  });
  it("listAll walks the pages by X-Next-Token", async () => {
    const { client, requests } = await serveTeam((_req, i) => ({
      status: 200,
      headers: i === 0 ? { "X-Next-Token": "t1" } : {},
      body: [{ ...SECRET_META, secretID: `sec_${i}` }],
    }));
    const ids = [];
    for await (const secret of client.secrets.listAll({ limit: 1 })) ids.push(secret.secretID);
    expect(ids).toEqual(["sec_0", "sec_1"]);
    expect(requests.map((r) => query(r).get("nextToken"))).toEqual([null, "t1"]);
  });
});
