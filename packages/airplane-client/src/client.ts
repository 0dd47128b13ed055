import { createBaseClient } from "@spec-clients/core";
import type { paths } from "./generated/api.gen.js";
import { resolveAirplaneSettings, type AirplaneClientOptions } from "./options.js";
import { promptsResource } from "./prompts.js";
import { runsResource } from "./runs.js";
import { sessionsResource } from "./sessions.js";
import { runbooksResource, tasksResource } from "./tasks.js";

/**
 * Creates an Airplane API client.
 *
 * The result is the typed openapi-fetch client over the spec's paths (`GET`, `POST`, `use`, ...)
 * with one resource object per API area whose methods return parsed bodies and throw typed errors.
 *
 * @throws ConfigurationError when no credentials are given or found in the environment, or an option is invalid.
 */
export function createAirplaneClient(options: AirplaneClientOptions = {}) {
  const settings = resolveAirplaneSettings(options);
  const { client, redact, log } = createBaseClient<paths>({
    ...settings,
    idempotencyKeys: true,
    middleware: options.middleware,
  });
  const runs = runsResource(client, { redact, log });
  const sessions = sessionsResource(client, { redact, log });
  return Object.assign(client, {
    runs,
    sessions,
    tasks: tasksResource(client, runs),
    runbooks: runbooksResource(client, sessions),
    prompts: promptsResource(client),
  });
}

/** The client returned by `createAirplaneClient`. */
export type AirplaneClient = ReturnType<typeof createAirplaneClient>;
