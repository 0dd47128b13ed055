import { inject } from "vitest";
import { mockUrl } from "../../../scripts/testing/mock-setup.js";
import { recordingTransport } from "../../../scripts/testing/path.js";
import { noViolations } from "../../../scripts/testing/prism-middleware.js";
import { createE2bClient, type E2bClientOptions } from "../src/index.js";

export const KEY = "e2b_live_SECRET_0123456789";

/** A client of the Prism mock that records every URL it really sends (after the key was added), and its method. */
export function mockClient(options: E2bClientOptions = {}) {
  const sent: string[] = [];
  const methods: string[] = [];
  const client = createE2bClient({
    apiKey: KEY,
    baseUrl: mockUrl(inject, "e2b"),
    retry: false,
    transport: recordingTransport(sent, methods),
    ...options,
    middleware: [noViolations, ...(options.middleware ?? [])],
  });
  return { client, sent, methods };
}
