// The official e2b SDK (npm `e2b` 2.51) against `pnpm mock e2b-envd` (and the sandbox mock for its
// connect), as a user would point it there: every envd request it sends must match the spec
// (Prism runs with `--errors`; the front frames the streaming RPCs), and every answer must be one
// it can use. This checks the envd spec against the wire's reference client, not against our own.
import { Sandbox } from "e2b";
import { describe, expect, inject, it } from "vitest";

const SBX = "ixq3wq7z4m1o8ka2bd6nc";

async function connect() {
  const urls = inject("mockUrls");
  return Sandbox.connect(SBX, {
    apiKey: "e2b_0123456789abcdef",
    apiUrl: urls["e2b-sandbox"]!,
    sandboxUrl: urls["e2b-envd"]!,
    debug: true,
    requestTimeoutMs: 10_000,
  });
}

describe("the official SDK's data-plane calls pass the envd mock", () => {
  it("commands.run in the foreground (with onStdout) and in the background; list, kill, sendStdin", async () => {
    const sandbox = await connect();
    const seen: string[] = [];
    const result = await sandbox.commands.run("echo hello", { onStdout: (text) => void seen.push(text) });
    expect([result.exitCode, result.stdout, seen]).toEqual([0, "hello\n", ["hello\n"]]);
    const handle = await sandbox.commands.run("echo hello", { background: true });
    expect(handle.pid).toBe(1042);
    expect((await handle.wait()).stdout).toBe("hello\n");
    expect((await sandbox.commands.list())[0]?.pid).toBe(1042);
    expect(await sandbox.commands.kill(1042)).toBe(true);
    await sandbox.commands.sendStdin(1042, "yes\n");
  });
  it("files: write (text, several, a stream), read (text, bytes), list, exists, getInfo, makeDir, rename, remove", async () => {
    const sandbox = await connect();
    expect((await sandbox.files.write("/home/user/main.py", "print('hello')\n")).path).toBe("/home/user/main.py");
    await sandbox.files.write([
      { path: "/home/user/a.txt", data: "a" },
      { path: "/home/user/b.txt", data: "b" },
    ]);
    await sandbox.files.write("/home/user/c.bin", new Blob(["c"]).stream());
    expect(await sandbox.files.read("/home/user/main.py")).toBe("print('hello')\n");
    expect(new TextDecoder().decode(await sandbox.files.read("/home/user/main.py", { format: "bytes" }))).toBe(
      "print('hello')\n",
    );
    expect((await sandbox.files.list("/home/user")).map((e) => e.name)).toEqual(["main.py", "data"]);
    expect(await sandbox.files.exists("/home/user/main.py")).toBe(true);
    expect((await sandbox.files.getInfo("/home/user/main.py")).size).toBe(42);
    expect(await sandbox.files.makeDir("/home/user/data")).toBe(true);
    expect((await sandbox.files.rename("/home/user/main.py", "/home/user/app.py")).path).toBe("/home/user/app.py");
    await sandbox.files.remove("/home/user/data");
  });
  it("watchDir delivers the example's events; isRunning is true", async () => {
    const sandbox = await connect();
    const events: string[] = [];
    const handle = await sandbox.files.watchDir(
      "/home/user",
      (event) => void events.push(`${event.type} ${event.name}`),
    );
    await expect.poll(() => events.length).toBe(2);
    await handle.stop();
    expect(events).toEqual(["write main.py", "remove old.txt"]);
    expect(await sandbox.isRunning()).toBe(true);
  });
});
