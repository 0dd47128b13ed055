import { complete, createBaseClient, toInit, type RequestOptions } from "@spec-clients/core";
import type { paths } from "./generated/api.gen.js";
import { resolveSandboxSettings, type E2bSandboxClientOptions } from "./options.js";
import { sandboxesResource } from "./sandboxes.js";
import { secretsResource } from "./secrets.js";
import { snapshotsResource } from "./snapshots.js";
import { teamsResource } from "./teams.js";
import { volumesResource } from "./volumes.js";
import { templatesResource } from "./templates.js";

/**
 * Creates a client of e2b's current API (`https://api.e2b.app`): sandboxes, snapshots, templates.
 *
 * The result is the typed openapi-fetch client over the spec's paths with `sandboxes`,
 * `snapshots`, `templates`, `volumes`, `secrets` and `teams` resources and `health()`. The key travels in `X-API-Key`
 * to the configured origin only, and is redacted from every error.
 *
 * @throws ConfigurationError when an option is invalid or no API key is given (nor E2B_API_KEY set).
 */
export function createE2bSandboxClient(options: E2bSandboxClientOptions = {}) {
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
    /** Resolves while the service is up. */
    health: async (options?: RequestOptions): Promise<void> => {
      await complete(client.GET("/health", toInit(options)));
    },
  });
}

/** The client returned by `createE2bSandboxClient`. */
export type E2bSandboxClient = ReturnType<typeof createE2bSandboxClient>;
