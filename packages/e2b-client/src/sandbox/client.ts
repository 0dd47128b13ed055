import { complete, createBaseClient, toInit, type RequestOptions } from "@spec-clients/core";
import type { paths } from "./generated/api.gen.js";
import { resolveSandboxSettings, type E2bSandboxClientOptions } from "./options.js";
import { sandboxesResource, type SandboxesResource } from "./sandboxes.js";
import { secretsResource, type SecretsResource } from "./secrets.js";
import { snapshotsResource, type SnapshotsResource } from "./snapshots.js";
import { teamsResource, type TeamsResource } from "./teams.js";
import { volumesResource, type VolumesResource } from "./volumes.js";
import { templatesResource, type TemplatesResource } from "./templates.js";
import type { SandboxFetchClient } from "./types.js";

/**
 * Creates a client of e2b's current API (`https://api.e2b.app`): sandboxes, snapshots, templates.
 *
 * The result is the typed openapi-fetch client over the spec's paths with `sandboxes`,
 * `snapshots`, `templates`, `volumes`, `secrets` and `teams` resources and `health()`. The key travels in `X-API-Key`
 * to the configured origin only, and is redacted from every error.
 *
 * @throws ConfigurationError when an option is invalid or no API key is given (nor E2B_API_KEY set).
 */
export function createE2bSandboxClient(options: E2bSandboxClientOptions = {}): E2bSandboxClient {
  const { client, redact, log } = createBaseClient<paths>({
    ...resolveSandboxSettings(options),
    middleware: options.middleware,
  });
  return Object.assign(client, {
    sandboxes: sandboxesResource(client),
    snapshots: snapshotsResource(client),
    templates: templatesResource(client, { redact, log }),
    volumes: volumesResource(client, redact),
    secrets: secretsResource(client, redact),
    teams: teamsResource(client),
    health: async (options?: RequestOptions): Promise<void> => {
      await complete(client.GET("/health", toInit(options)));
    },
  });
}

/** The client `createE2bSandboxClient` returns: the typed openapi-fetch client and one resource per API area. */
export interface E2bSandboxClient extends SandboxFetchClient {
  /** Sandboxes: create, list, connect, pause, fork, kill; their metrics and logs. */
  sandboxes: SandboxesResource;
  /** The team's snapshots. */
  snapshots: SnapshotsResource;
  /** Templates, their builds, tags and logs. */
  templates: TemplatesResource;
  /** The team's volumes (their content: `@spec-clients/e2b/volume`). */
  volumes: VolumesResource;
  /** The team's secrets. */
  secrets: SecretsResource;
  /** The caller's teams and their metrics. */
  teams: TeamsResource;
  /** Resolves while the service is up. */
  health(options?: RequestOptions): Promise<void>;
}
