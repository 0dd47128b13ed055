import { inject } from "vitest";
import { mockUrl } from "../../../../scripts/testing/mock-setup.js";
import { pathOptions, recordingTransport } from "../../../../scripts/testing/path.js";
import { noViolations } from "../../../../scripts/testing/prism-middleware.js";
import type { Transport } from "../../src/index.js";
import { createE2bSandboxClient, type E2bSandboxClientOptions } from "../../src/sandbox/index.js";
import { createE2bTeamClient } from "../../src/team/index.js";

export const KEY = "e2b_5f3c1a9d7b2e4c6f8a0d1e3b5c7f9a2d4e6b8c0a";

/** What the transport really sent: method, URL and the key header, after every middleware ran. */
export interface Sent {
  method: string;
  url: URL;
  key: string | null;
  body: string | undefined;
}

/**
 * Clients of the sandbox API's Prism mock (`client` of sandboxes, `team` of what the team owns) that
 * record every request they send and fail on spec drift.
 */
export function mockClient(options: E2bSandboxClientOptions = {}) {
  const sent: Sent[] = [];
  const urls: string[] = [];
  const inner = recordingTransport(urls);
  const transport: Transport = {
    send: (url, init) => {
      const body =
        init.body === undefined || typeof init.body === "string"
          ? init.body
          : new TextDecoder().decode(init.body as ArrayBuffer); // the sandbox API sends JSON only
      sent.push({ method: init.method, url: new URL(url), key: init.headers.get("x-api-key"), body });
      return inner.send(url, init);
    },
    finish: inner.finish,
  };
  const settings: E2bSandboxClientOptions = {
    apiKey: KEY,
    baseUrl: mockUrl(inject, "e2b-sandbox"),
    retry: false,
    transport,
    ...options,
    middleware: [noViolations, ...(options.middleware ?? [])],
  };
  return { client: createE2bSandboxClient(settings), team: createE2bTeamClient(settings), sent };
}

/** Options that select the transport path under test (fetch, or the Node fast path). */
export { pathOptions };
