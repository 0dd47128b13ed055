// One loopback fault server per test (or two, for another origin), closed after each test.
import { afterEach } from "vitest";
import { pathOptions } from "../../../../scripts/testing/path.js";
import { startFaultServer, type Reply, type SeenRequest } from "../../../../scripts/testing/fault-server.js";
import { createAirplaneClient, type AirplaneClientOptions } from "../../src/index.js";

import { KEY } from "../fixtures.js";

export { KEY, RUN } from "../fixtures.js";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Starts a fault server that is closed after the test. */
export async function server(reply: (req: SeenRequest, index: number) => Reply) {
  const started = await startFaultServer(reply);
  open.push(started);
  return started;
}

/** A client of a fault server playing `reply`, with fast retries. */
export async function serve(reply: (req: SeenRequest, index: number) => Reply, options: AirplaneClientOptions = {}) {
  const started = await server(reply);
  const client = createAirplaneClient({
    apiKey: KEY,
    baseUrl: started.url,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    ...pathOptions(),
    ...options,
  });
  return { client, requests: started.requests, url: started.url };
}

/** The settled error of a promise that must reject. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error as Error & Record<string, unknown>,
  );

/** Milliseconds `promise` takes to settle, and how it settled. */
export async function timed<T>(
  promise: Promise<T>,
): Promise<{ ms: number; value?: T; error?: Error & Record<string, unknown> }> {
  const started = performance.now();
  const result = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error: error as Error & Record<string, unknown> }),
  );
  return { ...result, ms: performance.now() - started };
}
