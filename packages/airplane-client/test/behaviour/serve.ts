// One loopback fault server per test, closed after it, and clients of it with fast retries.
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import { createAirplaneClient } from "../../src/index.js";
import { KEY } from "../fixtures.js";

export const { server, serve } = faultClients(createAirplaneClient, {
  apiKey: KEY,
  retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
});
