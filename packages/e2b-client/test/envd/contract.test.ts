// Every operation of spec/e2b-envd.yaml against its mock (Prism for REST and unary RPCs, `--errors`:
// a request that drifts from the spec fails; the front for streaming RPCs), through the client.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { mockUrl } from "../../../../scripts/testing/mock-setup.js";
import { recordingTransport } from "../../../../scripts/testing/path.js";
import { noViolations } from "../../../../scripts/testing/prism-middleware.js";
import {
  connectStreams,
  createE2bEnvdClient,
  NotFoundError,
  SandboxNotFoundError,
  type E2bEnvdClient,
  type Transport,
} from "../../src/envd/index.js";

const SBX = "ixq3wq7z4m1o8ka2bd6nc";
const TOKEN = "tok_3c5e7a9b1d2f4e6a8c0b";

function mockClient(headers: Record<string, string> = {}) {
  const sent: { method: string; path: string; token: string | null; auth: string | null; version: string | null }[] =
    [];
  const inner = recordingTransport([]);
  const transport: Transport = {
    send: (url, init) => {
      const h = init.headers;
      sent.push({
        method: init.method,
        path: new URL(url).pathname,
        token: h.get("x-access-token"),
        auth: h.get("authorization"),
        version: h.get("connect-protocol-version"),
      });
      return inner.send(url, init);
    },
    finish: inner.finish,
  };
  const client = createE2bEnvdClient(
    { sandboxID: SBX, envdAccessToken: TOKEN },
    {
      baseUrl: mockUrl(inject, "e2b-envd"),
      retry: false,
      transport,
      headers,
      user: "user",
      middleware: [noViolations],
    },
  );
  return { client, sent };
}

async function* input() {
  yield "yes\n";
}

/** One call per operation, keyed by operationId. */
const calls: Record<string, (c: E2bEnvdClient) => Promise<unknown>> = {
  getEnvdHealth: (c) => c.isRunning(),
  getEnvdMetrics: (c) => c.metrics(),
  getEnvdEnvs: (c) => c.envs(),
  readFile: (c) => c.files.read("/home/user/main.py"),
  writeFiles: (c) => c.files.write("/home/user/main.py", "print('hello')\n"),
  composeFiles: (c) => c.files.compose(["/tmp/part-0", "/tmp/part-1"], "/home/user/big.bin"),
  stat: (c) => c.files.getInfo("/home/user/main.py"),
  makeDir: (c) => c.files.makeDir("/home/user/data"),
  move: (c) => c.files.rename("/home/user/main.py", "/home/user/app.py"),
  listDir: (c) => c.files.list("/home/user", { depth: 2 }),
  remove: (c) => c.files.remove("/home/user/data"),
  watchDir: async (c) => {
    for await (const _ of c.files.watchDir("/home/user", { recursive: true }));
  },
  createWatcher: (c) => c.files.createWatcher("/home/user"),
  getWatcherEvents: (c) => c.files.watcherEvents("w_5d1c2b7e"),
  removeWatcher: (c) => c.files.removeWatcher("w_5d1c2b7e"),
  listProcesses: (c) => c.commands.list(),
  startProcess: (c) => c.commands.run("echo hello"),
  connectProcess: async (c) => (await c.commands.connect(1042)).wait(),
  updateProcess: (c) => c.commands.resize(1042, { cols: 120, rows: 40 }),
  streamInput: (c) => c.commands.streamInput(1042, input()),
  sendInput: (c) => c.commands.sendStdin(1042, "yes\n"),
  sendSignal: (c) => c.commands.kill(1042),
  closeStdin: (c) => c.commands.closeStdin(1042),
};

const spec = parse(readFileSync(new URL("../../../../spec/e2b-envd.yaml", import.meta.url), "utf8"));
const operations = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe("every envd operation against the mock", () => {
  it("covers every operation of the spec", () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((o) => o.op.operationId).sort());
  });
  it.each(operations)(
    "$method $path: one request, the token and user where the spec says",
    async ({ path, method, op }) => {
      const { client, sent } = mockClient();
      await calls[op.operationId]!(client);
      expect(sent.map((s) => [s.method, s.path])).toEqual([[method, path]]);
      expect(sent[0]!.token).toBe(TOKEN);
      const rpc = path.startsWith("/process.") || path.startsWith("/filesystem.");
      expect(sent[0]!.version).toBe(rpc ? "1" : null);
      expect(sent[0]!.auth).toBe(rpc ? `Basic ${btoa("user:")}` : null);
    },
  );
  it("streams exactly the RPCs the spec marks x-connect-stream", () => {
    const marked = operations.filter((o) => o.op["x-connect-stream"]).map((o) => `${o.method} ${o.path}`);
    expect(Object.keys(connectStreams).sort()).toEqual(marked.sort());
  });
  it("a command's events from the spec's example: output decoded, exit code 0 when left out", async () => {
    const { client } = mockClient();
    const out: string[] = [];
    const result = await client.commands.run("echo hello", { onStdout: (text) => out.push(text) });
    expect(result).toEqual({ exitCode: 0, stdout: "hello\n", stderr: "warning\n" });
    expect(out).toEqual(["hello\n"]);
    const handle = await client.commands.run("echo hello", { background: true });
    expect(handle.pid).toBe(1042);
    const pieces = [];
    for await (const piece of handle) pieces.push(piece);
    expect(pieces).toEqual([{ stdout: "hello\n" }, { stderr: "warning\n" }]);
  });
  it("files: the example's bytes, listing, entry and watch events", async () => {
    const { client } = mockClient();
    expect(await client.files.read("/home/user/main.py")).toBe("print('hello')\n");
    expect(await client.files.read("/home/user/main.py", { format: "bytes" })).toEqual(
      new TextEncoder().encode("print('hello')\n"),
    );
    expect((await client.files.list("/home/user")).map((e) => [e.type, e.path])).toEqual([
      ["FILE_TYPE_FILE", "/home/user/main.py"],
      ["FILE_TYPE_DIRECTORY", "/home/user/data"],
    ]);
    expect(await client.files.getInfo("/home/user/main.py")).toMatchObject({ size: "42", type: "FILE_TYPE_FILE" });
    expect(
      await client.files.write([
        { path: "/home/user/a.txt", data: "a" },
        { path: "/home/user/b", data: new Blob(["b"]) },
      ]),
    ).toHaveLength(1);
    const events = [];
    for await (const event of client.files.watchDir("/home/user")) events.push(`${event.type} ${event.name}`);
    expect(events).toEqual(["EVENT_TYPE_WRITE main.py", "EVENT_TYPE_REMOVE old.txt"]);
  });
  it("not_found is a NotFoundError (exists: false, kill: false); the proxy's 502 a SandboxNotFoundError", async () => {
    const missing = mockClient({ Prefer: "code=404" }).client;
    expect(await missing.files.exists("/home/user/nope")).toBe(false);
    expect(await missing.commands.kill(1042)).toBe(false);
    await expect(missing.files.getInfo("/nope")).rejects.toThrow(NotFoundError);
    const gone = mockClient({ Prefer: "code=502" }).client;
    expect(await gone.isRunning()).toBe(false);
    const error = await gone.files.list("/home/user").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxNotFoundError);
    expect((error as SandboxNotFoundError).body).toMatchObject({ sandboxId: SBX, code: 502 });
  });
});
