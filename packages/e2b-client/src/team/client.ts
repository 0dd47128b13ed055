import { createBaseClient, type RequestOptions } from "@spec-clients/core";
import type { paths } from "../sandbox/generated/api.gen.js";
import { resolveSandboxSettings, type E2bSandboxClientOptions } from "../sandbox/options.js";
import { secretsResource, type SecretsResource } from "../sandbox/secrets.js";
import { healthOf } from "../sandbox/shared.js";
import { teamsResource, type TeamsResource } from "../sandbox/teams.js";
import { templatesResource, type TemplatesResource } from "../sandbox/templates.js";
import type { SandboxFetchClient } from "../sandbox/types.js";
import { volumesResource, type VolumesResource } from "../sandbox/volumes.js";

/** Options of `createE2bTeamClient`: those of `createE2bSandboxClient` (the same API, key and origin). */
export type E2bTeamClientOptions = E2bSandboxClientOptions;

/**
 * Creates a client of what an e2b team owns, on the same API as `createE2bSandboxClient`
 * (`https://api.e2b.app`, the same key and options): templates with their builds, tags and logs,
 * volumes, secrets, and the teams' metrics. As the official SDK's `Template`, `Volume` and `Secret`
 * stand apart from its `Sandbox`, this stands apart so that code which only runs sandboxes does not ship it.
 *
 * The result is the typed openapi-fetch client over every path of the spec with `templates`,
 * `volumes`, `secrets`, `teams` and `health()`. The key, a secret's value and a volume's token are
 * redacted from every error and log line.
 *
 * @throws ConfigurationError when an option is invalid or no API key is given (nor E2B_API_KEY set).
 */
export function createE2bTeamClient(options: E2bTeamClientOptions = {}): E2bTeamClient {
  const { client, redact, log } = createBaseClient<paths>({
    ...resolveSandboxSettings(options),
    middleware: options.middleware,
  });
  return Object.assign(client, {
    templates: templatesResource(client, { redact, log }),
    volumes: volumesResource(client, redact),
    secrets: secretsResource(client, redact),
    teams: teamsResource(client),
    health: healthOf(client),
  });
}

/** The client `createE2bTeamClient` returns: the typed openapi-fetch client and one resource per thing a team owns. */
export interface E2bTeamClient extends SandboxFetchClient {
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
