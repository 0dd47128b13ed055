// A fault server and a sandbox (or team) client of it, for the behaviour tests (one server per test).
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import type { SeenRequest } from "../../../../scripts/testing/fault-server.js";
import { createE2bSandboxClient } from "../../src/sandbox/index.js";
import { createE2bTeamClient } from "../../src/team/index.js";
import { KEY } from "./helpers.js";

const defaults = {
  apiKey: KEY,
  retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  // Tests that look at log lines pass their own logger and level.
  logLevel: "off",
} as const;
export const { serve } = faultClients(createE2bSandboxClient, defaults);
/** As `serve`, with a client of what the team owns (`@spec-clients/e2b/team`). */
export const { serve: serveTeam } = faultClients(createE2bTeamClient, defaults);

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
