// What the envd client sends and how it reads envd's answers, against the stand-in: commands,
// their output and exit, stdin, and files (a stream written as it is read, signed URLs).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exposed } from "../../../../scripts/testing/exposed.js";
import { CommandExitError, ConfigurationError, createE2bEnvdClient, ValidationError } from "../../src/envd/index.js";
import { b64, ended, envelope, out, sentMessage, serve, started, stream, TOKEN } from "./fault.js";

describe("commands.run", () => {
  it("starts /bin/bash -l -c with the envs and cwd, stdin closed, as the user given", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: stream([started(), ended()]) }), {
      user: "root",
    });
    await client.commands.run("ls -la", { envs: { A: "1" }, cwd: "/tmp" });
    expect(sentMessage(requests[0]!)).toEqual({
      process: { cmd: "/bin/bash", args: ["-l", "-c", "ls -la"], envs: { A: "1" }, cwd: "/tmp" },
      stdin: false,
    });
    expect(requests[0]!.headers["authorization"]).toBe(`Basic ${btoa("root:")}`);
    expect(requests[0]!.headers["content-type"]).toBe("application/connect+json");
  });
  it("decodes stdout split inside a UTF-8 character, per stream", async () => {
    const bytes = Buffer.from("naïve ☕ ✓");
    const pieces = [bytes.subarray(0, 3), bytes.subarray(3, 8), bytes.subarray(8)].map((b) => out(b));
    const { client } = await serve(() => ({ status: 200, body: stream([started(), ...pieces, ended()]) }));
    const seen: string[] = [];
    const result = await client.commands.run("x", { onStdout: (text) => seen.push(text) });
    expect(result.stdout).toBe("naïve ☕ ✓");
    expect(seen.join("")).toBe("naïve ☕ ✓");
  });
  it("a non-zero exit is a CommandExitError with the output, the token masked", async () => {
    const err = { event: { data: { stderr: b64(`bad token ${TOKEN}\nboom`) } } };
    const { client } = await serve(() => ({ status: 200, body: stream([started(), out("partial"), err, ended(3)]) }));
    const error = await client.commands.run("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandExitError);
    expect(error).toMatchObject({ exitCode: 3, stdout: "partial" });
    expect((error as Error).message).toMatch(/exited with code 3: bad token \*+.*boom/);
    expect(exposed(error)).not.toContain(TOKEN);
  });
  it("background: a handle with the pid, its output as an async iterable, and wait()", async () => {
    const { client } = await serve(() => ({ status: 200, body: stream([started(9), out("a"), out("b"), ended()]) }));
    const handle = await client.commands.run("x", { background: true });
    expect(handle.pid).toBe(9);
    const seen = [];
    for await (const piece of handle) seen.push(piece.stdout);
    expect(seen).toEqual(["a", "b"]);
    expect((await handle.wait()).stdout).toBe("ab");
  });
  it("sendStdin sends base64 bytes to the pid; kill is SIGKILL; list answers the processes", async () => {
    const { client, requests } = await serve((req) =>
      req.url.endsWith("/List") ? { status: 200, body: { processes: [{ pid: 5 }] } } : { status: 200, body: {} },
    );
    await client.commands.sendStdin(5, "héllo\n");
    expect(await client.commands.kill(5)).toBe(true);
    expect((await client.commands.list()).map((p) => p.pid)).toEqual([5]);
    expect(requests.map((r) => [r.url, JSON.parse(r.body)])).toEqual([
      ["/process.Process/SendInput", { process: { pid: 5 }, input: { stdin: b64("héllo\n") } }],
      ["/process.Process/SendSignal", { process: { pid: 5 }, signal: "SIGNAL_SIGKILL" }],
      ["/process.Process/List", {}],
    ]);
  });
  it.each([
    ["an empty command", (c: Client) => c.commands.run(" ")],
    ["a pid that is not a whole number", (c: Client) => c.commands.kill(1.5)],
    ["a negative lifetime", (c: Client) => c.commands.run("x", { timeoutMs: -1 })],
    ["a depth of 0", (c: Client) => c.files.list("/", { depth: 0 })],
    ["an empty path", (c: Client) => c.files.read("")],
  ])("refuses %s before sending", async (_name, call) => {
    const { client, requests } = await serve(() => ({ status: 200, body: {} }));
    await expect(call(client)).rejects.toThrow(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

type Client = Awaited<ReturnType<typeof serve>>["client"];

describe("files", () => {
  it("write sends one file's bytes as octet-stream to its path; several files as one multipart request", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: [{ name: "a", type: "file", path: "/a" }] }));
    await client.files.write("/home/user/a.txt", new Response("streamed").body!);
    expect([requests[0]!.url, requests[0]!.headers["content-type"], requests[0]!.body]).toEqual([
      "/files?path=%2Fhome%2Fuser%2Fa.txt",
      "application/octet-stream",
      "streamed",
    ]);
    await client.files.write([
      { path: "/a", data: "one" },
      { path: "/b", data: new Uint8Array([50]) },
    ]);
    expect(requests[1]!.headers["content-type"]).toMatch(/^multipart\/form-data; ?boundary=/);
    expect(requests[1]!.body).toMatch(/filename="\/a"[\s\S]*one[\s\S]*filename="\/b"[\s\S]*2/);
  });
  it("read answers text, and a missing file is a NotFoundError", async () => {
    const { client } = await serve((_req, i) =>
      i === 0 ? { status: 200, body: Buffer.from("print(1)\n") } : { status: 404, body: { message: "no", code: 404 } },
    );
    expect(await client.files.read("/a")).toBe("print(1)\n");
    await expect(client.files.read("/b")).rejects.toThrow(/404/);
  });
  it("signed URLs carry v1_ and the unpadded base64 SHA-256 of path:operation:user:token", async () => {
    const { client, url } = await serve(() => ({ status: 200, body: {} }), { user: "user" });
    const signed = new URL(await client.files.downloadUrl("/home/user/a.txt"));
    const digest = createHash("sha256")
      .update(`/home/user/a.txt:read:user:${TOKEN}`)
      .digest("base64")
      .replace(/=+$/, "");
    expect(signed.origin).toBe(url);
    expect(Object.fromEntries(signed.searchParams)).toEqual({
      path: "/home/user/a.txt",
      username: "user",
      signature: `v1_${digest}`,
    });
    const expiring = new URL(await client.files.uploadUrl("/a", { expiresInSeconds: 60 }));
    expect(Number(expiring.searchParams.get("signature_expiration"))).toBeGreaterThan(Date.now() / 1000);
    expect(expiring.href).not.toContain(TOKEN);
  });
});

describe("where the client goes", () => {
  it("to 49983-<id>.<domain> over https, E2B_SANDBOX_URL when set", async () => {
    expect(() => createE2bEnvdClient({ sandboxID: "bad id!" })).toThrow(ConfigurationError);
    expect(() => createE2bEnvdClient({ sandboxID: "abc", domain: "x/y" })).toThrow(/domain name/);
    expect(() => createE2bEnvdClient({ sandboxID: "abc" }, { keepaliveSeconds: 0 })).toThrow(/keepaliveSeconds/);
    const client = createE2bEnvdClient({ sandboxID: "abc", domain: "example.com" });
    expect(new URL(await client.files.downloadUrl("/a")).origin).toBe("https://49983-abc.example.com");
  });
});

it("envelopes are what the fault helpers build (a check of the helpers themselves)", () => {
  expect([...envelope({})]).toEqual([0, 0, 0, 0, 2, 123, 125]);
});
