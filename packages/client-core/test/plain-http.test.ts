// An https base URL pointed at a server that speaks plain http: OpenSSL's raw words get a hint.
import { afterEach, expect, it } from "vitest";
import { startFaultServer } from "../../../scripts/testing/fault-server.js";
import { ConnectionError, createTransport, fetchTransport } from "../src/index.js";
import { nodeTransport } from "../src/node.js";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((s) => s.close()))));

it.each([
  ["fetch", () => fetchTransport(globalThis.fetch)],
  ["undici", () => nodeTransport()],
])("on %s, says the server answered in plain http and what to use", async (_name, transport) => {
  const server = await startFaultServer(() => ({ status: 200, body: {} }));
  open.push(server);
  const origin = server.url.replace("http:", "https:");
  const send = createTransport({ transport: transport(), origin, timeoutMs: 2_000, retry: false, redact: (t) => t });
  const error = await send(`${origin}/x`, { method: "GET" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect((error as Error).message).toMatch(/The server speaks plain http: use an http:\/\/ base URL\./);
});
