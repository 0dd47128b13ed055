// A fault server and a sandbox client of it, for the behaviour tests (one server per test).
import { afterEach, vi } from "vitest";
import { startFaultServer, type Reply, type SeenRequest } from "../../../../scripts/testing/fault-server.js";
import { createE2bSandboxClient, type E2bSandboxClientOptions } from "../../src/sandbox/index.js";
import { KEY, pathOptions } from "./helpers.js";

let server: Awaited<ReturnType<typeof startFaultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.unstubAllEnvs();
});
export async function serve(reply: (req: SeenRequest, index: number) => Reply, options: E2bSandboxClientOptions = {}) {
  server = await startFaultServer(reply);
  const client = createE2bSandboxClient({
    apiKey: KEY,
    baseUrl: server.url,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    ...pathOptions(),
    ...options,
  });
  return { client, requests: server.requests };
}

export const sandbox = (id: string) => ({
  sandboxID: id,
  templateID: "base",
  clientID: "c",
  startedAt: "2026-11-27T08:00:00Z",
  endAt: "2026-11-27T08:05:00Z",
  cpuCount: 2,
  memoryMB: 512,
  diskSizeMB: 2048,
  state: "running",
  envdVersion: "0.2.4",
});
export const query = (req: SeenRequest) => new URL(req.url, "http://x").searchParams;
