// templates.waitForBuild against a fault server: the log stream, the tail, failures, time and aborts.
import { describe, expect, it } from "vitest";
import {
  AbortError,
  InvalidResponseError,
  MAX_TAIL_READS,
  TemplateBuildError,
  TimeoutError,
  type BuildLogEntry,
} from "../../src/team/index.js";
import { KEY } from "./helpers.js";
import { query, serveTeam } from "./fault.js";
import { elapsed, SLACK_MS } from "../../../../scripts/testing/timing.js";
import { deep } from "../../../../scripts/testing/deep-json.js";

const entry = (message: string): BuildLogEntry => ({ timestamp: "2026-11-27T08:40:00Z", level: "info", message });
const build = (status: string, messages: string[], extra: object = {}) => ({
  status: 200,
  body: { templateID: "t", buildID: "b", status, logs: [], logEntries: messages.map(entry), ...extra },
});

describe("templates.waitForBuild", () => {
  it("returns the ready build, streaming each log entry once, in order, then reading the log's tail", async () => {
    const script = [
      build("waiting", []),
      build("building", ["1", "2"]),
      build("ready", ["3"]),
      build("ready", ["4"]),
      build("ready", []),
    ];
    const { client, requests } = await serveTeam((_req, i) => script[i]!);
    const logs: string[] = [];
    const done = await client.templates.waitForBuild("t", "b", {
      intervalMs: 100,
      onLogs: (entries) => logs.push(...entries.map((e) => e.message)),
    });
    expect(done.status).toBe("ready");
    expect(logs).toEqual(["1", "2", "3", "4"]);
    expect(requests.map((r) => query(r).get("logsOffset"))).toEqual(["0", "0", "2", "3", "4"]);
    expect(requests[0]!.url).toMatch(/^\/templates\/t\/builds\/b\/status\?/);
  });
  it("a server that ignores logsOffset neither repeats the stream nor loops on the tail", async () => {
    const script = [build("building", ["1"]), build("building", ["1"]), build("ready", ["1", "2"])];
    const { client, requests } = await serveTeam((_req, i) => script[Math.min(i, 2)]!);
    const logs: string[] = [];
    const done = await client.templates.waitForBuild("t", "b", {
      intervalMs: 100,
      onLogs: (entries) => logs.push(...entries.map((e) => e.message)),
    });
    expect(done.status).toBe("ready");
    expect(logs).toEqual(["1", "1", "2"]);
    expect(requests).toHaveLength(4);
  });
  it("throws TemplateBuildError with the build's reason, its key redacted, after streaming the logs", async () => {
    const reason = { message: `step 2 failed: echo ${KEY}`, step: "2", logEntries: [entry("npm ERR!")] };
    const { client } = await serveTeam((_req, i) =>
      i === 0 ? build("error", ["x"], { reason }) : build("error", [], { reason }),
    );
    const logs: string[] = [];
    const error = await client.templates
      .waitForBuild("t", "b", { onLogs: (e) => logs.push(...e.map((l) => l.message)) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateBuildError);
    const failure = error as TemplateBuildError;
    expect(failure.message).toBe("Template build b failed at step 2: step 2 failed: echo ***");
    expect(failure.reason?.logEntries?.[0]?.message).toBe("npm ERR!");
    expect(JSON.stringify(failure.reason)).not.toContain(KEY);
    expect(failure.buildID).toBe("b");
    expect(logs).toEqual(["x"]);
  });
  it("times out with TimeoutError, even while a status read hangs", async () => {
    const { client } = await serveTeam((_req, i) => (i === 0 ? build("building", []) : "hang"));
    const { ms, error } = await elapsed(client.templates.waitForBuild("t", "b", { intervalMs: 100, timeoutMs: 400 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(String(error)).toContain("waiting for build b");
    expect(ms).toBeLessThan(400 + SLACK_MS);
  });
  it("stops with AbortError when the signal fires between reads", async () => {
    const { client } = await serveTeam(() => build("building", []));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    await expect(
      client.templates.waitForBuild("t", "b", { intervalMs: 100, signal: controller.signal }),
    ).rejects.toThrow(AbortError);
  });
  it("a state the spec does not list is polled through, and returned once the build is ready", async () => {
    const script = [build("queued", []), build("queued", ["1"]), build("ready", []), build("ready", [])];
    const { client, requests } = await serveTeam((_req, i) => script[i]!);
    const done = await client.templates.waitForBuild("t", "b", { intervalMs: 100 });
    expect(done.status).toBe("ready");
    expect(requests).toHaveLength(3);
  });
  it("a state the spec does not list, forever, ends at timeoutMs with a TimeoutError that names it", async () => {
    const { client } = await serveTeam(() => build("queued", []));
    const { ms, error } = await elapsed(client.templates.waitForBuild("t", "b", { intervalMs: 100, timeoutMs: 400 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      'Timed out after 400 ms waiting for build b to finish (its last status, "queued", is not one this client knows).',
    );
    expect(ms).toBeLessThan(400 + SLACK_MS);
  });
  it("reads a tail that always has one more entry at most MAX_TAIL_READS times, 100 ms apart, then returns", async () => {
    let n = 0;
    const { client, requests } = await serveTeam(() => build("ready", [`line ${n++}`]));
    const lines: string[] = [];
    const started = Date.now();
    const done = await client.templates.waitForBuild("t", "b", {
      onLogs: (entries) => lines.push(...entries.map((e) => e.message)),
    });
    const ms = Date.now() - started;
    expect(done.status).toBe("ready");
    expect(requests).toHaveLength(1 + MAX_TAIL_READS);
    expect(lines).toHaveLength(1 + MAX_TAIL_READS);
    expect(ms).toBeGreaterThanOrEqual(MAX_TAIL_READS * 90);
  });
  it("AbortSignal.timeout() that fires while it pauses on the tail is a TimeoutError", async () => {
    let n = 0;
    const { client } = await serveTeam(() => build("ready", [`line ${n++}`]));
    const error = await client.templates
      .waitForBuild("t", "b", { signal: AbortSignal.timeout(250) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });
  describe("with JSON nested deeper than any stack", () => {
    const raw = (body: string) => ({ status: 200, body, headers: { "content-type": "application/json" } });
    const head = `"templateID":"t","buildID":"b","logs":[]`;
    it("a failed build's reason is cut at 64 levels, and the error still thrown", async () => {
      const reason = `{"message":"boom","step":"1","logEntries":[],"more":${deep(10_000)}}`;
      const { client } = await serveTeam(() => raw(`{${head},"status":"error","logEntries":[],"reason":${reason}}`));
      const error = await client.templates.waitForBuild("t", "b").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateBuildError);
      expect((error as Error).message).toBe("Template build b failed at step 1: boom");
    });
    it("a log entry that is not an object ends the wait with an InvalidResponseError on every runtime", async () => {
      const { client } = await serveTeam(() => raw(`{${head},"status":"building","logEntries":[${deep(10_000)}]}`));
      const error = await client.templates.waitForBuild("t", "b", { timeoutMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/item 0 of `logEntries` is an array, not an object/);
    });
    it("log entries nested too deeply end the wait with an InvalidResponseError on every runtime", async () => {
      const deepEntry = `{"timestamp":"t","level":"info","message":"m","fields":${deep(10_000)}}`;
      const { client } = await serveTeam(() => raw(`{${head},"status":"building","logEntries":[${deepEntry}]}`));
      const batches: unknown[] = [];
      const options = { timeoutMs: 300, onLogs: (entries: unknown[]) => batches.push(entries) };
      const error = await client.templates.waitForBuild("t", "b", options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/nested too deeply/);
      expect(batches).toEqual([]);
    });
  });
});
