import { createBaseClient } from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import type { paths } from "./generated/api.gen.js";
import { resolveAirplaneSettings, type AirplaneClientOptions } from "./options.js";
import { promptsResource, type PromptsResource } from "./prompts.js";
import { runsResource, type RunsResource } from "./runs.js";
import { sessionsResource, type SessionsResource } from "./sessions.js";
import { runbooksResource, tasksResource, type RunbooksResource, type TasksResource } from "./tasks.js";

/**
 * Creates an Airplane API client.
 *
 * The result is the typed openapi-fetch client over the spec's paths (`GET`, `POST`, `use`, ...)
 * with one resource object per API area whose methods return parsed bodies and throw typed errors.
 *
 * @throws ConfigurationError when no credentials are given or found in the environment, or an option is invalid.
 */
export function createAirplaneClient(options: AirplaneClientOptions = {}): AirplaneClient {
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

/** The client `createAirplaneClient` returns: the typed openapi-fetch client, and one resource per API area. */
export interface AirplaneClient extends AirplaneFetchClient {
  /** Runs of tasks: get, list, cancel, outputs, wait. */
  runs: RunsResource;
  /** Sessions of runbooks: get, list, cancel, wait. */
  sessions: SessionsResource;
  /** Tasks: execute, or run to the end. */
  tasks: TasksResource;
  /** Runbooks: execute, or run to the end. */
  runbooks: RunbooksResource;
  /** Prompts of runs and sessions: get, list, submit, cancel. */
  prompts: PromptsResource;
}
