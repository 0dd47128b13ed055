import { createBaseClient, type RequestOptions } from "@spec-clients/core";
import type { paths } from "./generated/api.gen.js";
import { resolveSandboxSettings, type E2bSandboxClientOptions } from "./options.js";
import { sandboxesResource, type SandboxesResource } from "./sandboxes.js";
import { healthOf } from "./shared.js";
import { snapshotsResource, type SnapshotsResource } from "./snapshots.js";
import type { SandboxFetchClient } from "./types.js";

/**
 * Creates a client of e2b's current API (`https://api.e2b.app`) for running sandboxes: create, list,
 * connect, pause, fork and kill them, read their metrics and logs, and manage snapshots. What a team
 * owns (templates and their builds, volumes, secrets, team metrics) is `createE2bTeamClient` from
 * `@spec-clients/e2b/team`, so that code which only runs sandboxes does not ship it.
 *
 * The result is the typed openapi-fetch client over every path of the spec with `sandboxes`,
 * `snapshots` and `health()`. The key travels in `X-API-Key` to the configured origin only, and is
 * redacted from every error.
 *
 * @throws ConfigurationError when an option is invalid or no API key is given (nor E2B_API_KEY set).
 */
export function createE2bSandboxClient(options: E2bSandboxClientOptions = {}): E2bSandboxClient {
  const { client } = createBaseClient<paths>({ ...resolveSandboxSettings(options), middleware: options.middleware });
  return Object.assign(client, {
    sandboxes: sandboxesResource(client),
    snapshots: snapshotsResource(client),
    health: healthOf(client),
  });
}

/** The client `createE2bSandboxClient` returns: the typed openapi-fetch client, sandboxes and snapshots. */
export interface E2bSandboxClient extends SandboxFetchClient {
  /** Sandboxes: create, list, connect, pause, fork, kill; their metrics and logs. */
  sandboxes: SandboxesResource;
  /** The team's snapshots. */
  snapshots: SnapshotsResource;
  /** Resolves while the service is up. */
  health(options?: RequestOptions): Promise<void>;
}
