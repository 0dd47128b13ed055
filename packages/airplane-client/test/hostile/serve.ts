// One loopback fault server per test (or two, for another origin), closed after each test.
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import { createAirplaneClient } from "../../src/index.js";

import { KEY } from "../fixtures.js";

export { KEY, RUN } from "../fixtures.js";

/** A fault server closed after the test, and a client of one playing `reply`, with fast retries. */
export const { server, serve } = faultClients(createAirplaneClient, {
  apiKey: KEY,
  retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  // Tests that look at log lines pass their own logger and level.
  logLevel: "off",
});

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
