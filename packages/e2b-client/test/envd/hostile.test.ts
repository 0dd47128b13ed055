// The envd client against a hostile stand-in: broken streams, trailers with errors, floods of one
// envelope, silence, the proxy's 502, echoed tokens; each ends in a typed error that says what happened.
import { describe, expect, it, vi } from "vitest";
import { exposed } from "../../../../scripts/testing/exposed.js";
import { elapsed, SLACK_MS } from "../../../../scripts/testing/timing.js";
import {
  AbortError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  SandboxNotFoundError,
  TimeoutError,
} from "../../src/envd/index.js";
import { envelope, ended, out, serve, started, stream, TOKEN } from "./fault.js";

const run = (client: Awaited<ReturnType<typeof serve>>["client"]) => client.commands.run("echo hi");

describe("a broken stream is an InvalidResponseError naming what broke", () => {
  it.each([
    [
      "cut inside an envelope",
      Buffer.concat([envelope(started()), envelope(out("hello")).subarray(0, 9)]),
      /ends inside an envelope/,
    ],
    [
      "without its end-of-stream",
      Buffer.concat([envelope(started()), envelope(out("x"))]),
      /ends without its end-of-stream/,
    ],
    ["with a compressed envelope", Buffer.concat([envelope(started()), envelope(out("x"), 1)]), /compressed/],
    [
      "with an envelope of non-JSON",
      Buffer.concat([envelope(started()), envelope("<html>502</html>")]),
      /not JSON: <html>502<\/html>/,
    ],
    [
      "with an envelope declaring 64 MiB",
      Buffer.concat([envelope(started()), Buffer.from([0, 4, 0, 0, 0])]),
      /declares 67108864 bytes, over the limit/,
    ],
  ])("%s", async (_name, body, why) => {
    const { client } = await serve(() => ({ status: 200, body }));
    const error = await run(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(why);
  });
  it("a stream whose first event is not the start", async () => {
    const { client } = await serve(() => ({ status: 200, body: stream([out("x"), ended()]) }));
    await expect(run(client)).rejects.toThrow(/first event is not the process's start/);
  });
  it("a stream that ends before the process", async () => {
    const { client } = await serve(() => ({ status: 200, body: stream([started(), out("x")]) }));
    await expect(run(client)).rejects.toThrow(/ended before the process did/);
  });
});

describe("errors in a stream's trailer", () => {
  it("are the ApiError of their Connect code, the token masked in every form", async () => {
    const forms = [TOKEN, Buffer.from(TOKEN).toString("base64"), encodeURIComponent(TOKEN)];
    const error = { code: "deadline_exceeded", message: `killed ${forms.join(" ")}` };
    const { client } = await serve(() => ({ status: 200, body: stream([started()], { error }) }));
    const thrown = await run(client).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(InternalServerError);
    expect(thrown).toMatchObject({ status: 504, code: "deadline_exceeded" });
    const shown = exposed(thrown);
    expect(shown).toMatch(/killed/);
    for (const form of forms) expect(shown).not.toContain(form);
  });
  it("not_found is a NotFoundError", async () => {
    const { client } = await serve(() => ({
      status: 200,
      body: stream([], { error: { code: "not_found", message: "no such process" } }),
    }));
    await expect(client.commands.connect(7).then((h) => h.wait())).rejects.toThrow(NotFoundError);
  });
});

describe("the proxy's 502", () => {
  it("is a SandboxNotFoundError, for a stream and a unary call alike; isRunning says false", async () => {
    const body = { sandboxId: "ixq3wq7z4m1o8ka2bd6nc", message: "The sandbox was not found", code: 502 };
    const { client } = await serve(() => ({ status: 502, body }));
    await expect(run(client)).rejects.toThrow(SandboxNotFoundError);
    await expect(client.files.list("/")).rejects.toThrow(SandboxNotFoundError);
    await expect(client.files.read("/f")).rejects.toThrow(SandboxNotFoundError);
    expect(await client.isRunning()).toBe(false);
  });
});

describe("time", () => {
  it("a stream silent past its keep-alive bound is a TimeoutError", async () => {
    const body = Buffer.concat([envelope(started()), envelope(out("x".repeat(400)))]);
    const { client } = await serve(() => ({ status: 200, body, cut: "stall" }), { keepaliveSeconds: 1 });
    const { ms, wallMs, error } = await elapsed(run(client));
    expect(error).toBeInstanceOf(TimeoutError);
    // One and a half intervals and a second: 2.5 s.
    expect(wallMs).toBeGreaterThan(2_400);
    expect(ms).toBeLessThan(2_500 + SLACK_MS);
  });
  it("asks envd for keep-alives, and sends the command's lifetime as Connect-Timeout-Ms", async () => {
    const { client, requests } = await serve(() => ({ status: 200, body: stream([started(), ended()]) }));
    await client.commands.run("sleep 100", { timeoutMs: 120_000 });
    expect(requests[0]!.headers["keepalive-ping-interval"]).toBe("30");
    expect(requests[0]!.headers["connect-timeout-ms"]).toBe("120000");
    await client.commands.run("sleep 100", { timeoutMs: 0 });
    expect(requests[1]!.headers["connect-timeout-ms"]).toBeUndefined();
  });
  /** A watch whose envd sends these envelopes twice, then stalls with the stream open. */
  const stalledWatch = (...envelopes: Buffer[]) => {
    const body = Buffer.concat(envelopes);
    return serve(() => ({ status: 200, body: Buffer.concat([body, body]), cut: "stall" as const }));
  };
  it("the caller's signal ends a watch at once and closes its connection", async () => {
    const { client, connections } = await stalledWatch(
      envelope({ start: {} }),
      envelope({ filesystem: { name: "a", type: "EVENT_TYPE_CREATE" } }),
      envelope({ keepalive: {} }),
    );
    const controller = new AbortController();
    const seen: string[] = [];
    const watching = (async () => {
      for await (const event of client.files.watchDir("/", { signal: controller.signal })) {
        seen.push(event.name!);
        controller.abort();
      }
    })();
    await expect(watching).rejects.toThrow(AbortError);
    expect(seen).toEqual(["a"]);
    await connections[0];
  });
  it("`break` ends a watch and closes its connection", async () => {
    const { client, connections } = await stalledWatch(
      envelope({ filesystem: { name: "a", type: "EVENT_TYPE_CREATE" } }),
      envelope({ keepalive: {} }),
    );
    for await (const event of client.files.watchDir("/")) if (event.name === "a") break;
    await connections[0];
  });
});

describe("a foreground command whose caller gave up", () => {
  it("is killed (SIGKILL for its pid), a background one is not", async () => {
    // The stall comes halfway through the body: after the start and a first output, within the padding.
    const body = Buffer.concat([envelope(started(42)), envelope(out("x")), envelope(out("x".repeat(2_000)))]);
    const { client, requests } = await serve((req) =>
      req.url.endsWith("/SendSignal") ? { status: 200, body: {} } : { status: 200, body, cut: "stall" },
    );
    const controller = new AbortController();
    // The caller gives up once output arrives: its pid is known by then, however loaded the machine.
    const running = client.commands.run("sleep 100", { signal: controller.signal, onStdout: () => controller.abort() });
    await expect(running).rejects.toThrow(AbortError);
    await vi.waitFor(() => expect(requests.filter((r) => r.url.endsWith("/SendSignal"))).toHaveLength(1));
    const kills = requests.filter((r) => r.url.endsWith("/SendSignal"));
    expect(kills.map((r) => JSON.parse(r.body))).toEqual([{ process: { pid: 42 }, signal: "SIGNAL_SIGKILL" }]);
    const background = new AbortController();
    const handle = await client.commands.run("sleep 100", { background: true, signal: background.signal });
    background.abort();
    await expect(handle.wait()).rejects.toThrow(AbortError);
    expect(requests.filter((r) => r.url.endsWith("/SendSignal"))).toHaveLength(1);
  });
});

describe("an RPC's error without a Connect body", () => {
  it("takes the code its status stands for: a 404 is unimplemented (an envd without that method)", async () => {
    const { client } = await serve(() => ({ status: 404, body: "404 page not found" }));
    const error = await client.files.list("/").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "unimplemented" });
  });
});
