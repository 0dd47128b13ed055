// The official e2b SDK (npm `e2b` 2.51) against the Prism mock of spec/e2b-sandbox.yaml, run with
// `--errors`: every REST request the SDK sends must match the spec, and every answer must be one the
// SDK can use. This checks the spec against the wire's reference client, not against our own.
import { Sandbox, Secret, Template, Volume } from "e2b";
import { describe, expect, inject, it } from "vitest";

const SBX = "ixq3wq7z4m1o8ka2bd6nc";
const opts = () => ({
  apiKey: "e2b_0123456789abcdef",
  apiUrl: inject("mockUrls")["e2b-sandbox"]!,
  requestTimeoutMs: 10_000,
});

describe("the official SDK's sandbox calls pass the mock", () => {
  it("create, connect, setTimeout, getInfo, getMetrics, pause, kill", async () => {
    const sandbox = await Sandbox.create("base", { ...opts(), metadata: { userID: "u_4821" }, timeoutMs: 600_000 });
    expect(sandbox.sandboxId).toBe(SBX);
    const connected = await Sandbox.connect(SBX, { ...opts(), timeoutMs: 300_000 });
    expect(connected.sandboxId).toBe(SBX);
    await Sandbox.setTimeout(SBX, 900_000, opts());
    const info = await Sandbox.getInfo(SBX, opts());
    expect(info.state).toBe("running");
    expect((await Sandbox.getMetrics(SBX, opts()))[0]?.cpuUsedPct).toBe(12.5);
    expect(await Sandbox.pause(SBX, opts())).toBe(true);
    expect(await Sandbox.kill(SBX, opts())).toBe(true);
  });
  it("list walks the mock's two pages with state and metadata filters", async () => {
    const pages = Sandbox.list({
      ...opts(),
      query: { state: ["running", "paused"], metadata: { userID: "u 4821" } },
      limit: 10,
    });
    const first = await pages.nextItems();
    expect(first[0]?.sandboxId).toBe(SBX);
    expect(pages.hasNext).toBe(true);
    await pages.nextItems();
    expect(pages.hasNext).toBe(false);
  });
  it("snapshots: create, list, delete; fork; network update", async () => {
    const snapshot = await Sandbox.createSnapshot(SBX, { ...opts(), name: "checkout-ready" });
    expect(snapshot.snapshotId).toBe("acme/checkout-ready:default");
    expect((await Sandbox.listSnapshots(opts()).nextItems())[0]?.snapshotId).toBe(snapshot.snapshotId);
    expect(await Sandbox.deleteSnapshot(snapshot.snapshotId, opts())).toBe(true);
    const forks = await Sandbox.fork(SBX, { ...opts(), count: 2 });
    expect(forks).toHaveLength(2);
    await Sandbox.updateNetwork(SBX, { allowOut: ["api.github.com"], denyOut: ["0.0.0.0/0"] }, opts());
  });
});

describe("the official SDK's template calls pass the mock", () => {
  it("exists, tags, build status", async () => {
    expect(await Template.exists("node-app", opts())).toBe(true);
    expect((await Template.getTags("node-app", opts()))[0]?.tag).toBe("v2");
    expect((await Template.assignTags("node-app:v2", ["latest"], opts())).tags).toContain("latest");
    await Template.removeTags("node-app", ["stable"], opts());
    const status = await Template.getBuildStatus(
      { templateId: "rki5dems9wqfm4r03t7g", buildId: "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a" },
      opts(),
    );
    expect(status.status).toBe("ready");
  });
  it("build: create the template, start the build, wait until ready", async () => {
    const template = Template().fromImage("node:22-slim").runCmd("npm install -g pnpm@10");
    const build = await Template.build(template, "node-app:v2", { ...opts(), cpuCount: 2, memoryMB: 1024 });
    expect(build.templateId).toBe("rki5dems9wqfm4r03t7g");
  });
});

describe("the official SDK's volume and secret calls pass the mock", () => {
  it("Volume.create, list, getInfo, destroy", async () => {
    const volume = await Volume.create("datasets", opts());
    expect([volume.volumeId, volume.name]).toEqual(["vol_3f9a1e5c2b4e8d9a", "datasets"]);
    expect((await Volume.list(opts()))[0]?.name).toBe("datasets");
    expect((await Volume.getInfo(volume.volumeId, opts())).name).toBe("datasets");
    expect(await Volume.destroy(volume.volumeId, opts())).toBe(true);
  });
  it("Secret.create, list, getInfo, update, exists, destroy", async () => {
    const secret = await Secret.create("openai-key", "sk-proj-4f8c2a9e1b7d3f6a", opts());
    expect(secret.name).toBe("openai-key");
    expect((await Secret.list(opts()).nextItems())[0]?.name).toBe("openai-key");
    expect((await Secret.getInfo("openai-key", opts())).name).toBe("openai-key");
    expect((await Secret.update("openai-key", "sk-proj-9a1c3e5b7d2f4a6c", opts())).name).toBe("openai-key");
    expect(await Secret.exists("openai-key", opts())).toBe(true);
    expect(await Secret.destroy("openai-key", opts())).toBe(true);
  });
});
