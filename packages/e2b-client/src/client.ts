import { complete, createBaseClient, toInit, type RequestOptions } from "@spec-clients/core";
import { envsResource } from "./envs.js";
import type { paths } from "./generated/api.gen.js";
import { resolveE2bSettings, type E2bClientOptions } from "./options.js";
import { sessionsResource } from "./sessions.js";

/**
 * Creates an e2b API client.
 *
 * The result is the typed openapi-fetch client over the spec's paths with `sessions` and `envs`
 * resources and `health()`. The API key is added to the URL by the client, after middleware ran,
 * on exactly the operations whose spec takes it; it never reaches middleware, errors or logs.
 *
 * @throws ConfigurationError when an option is invalid. A missing key fails later, before any
 * request, on the first operation that requires one.
 */
export function createE2bClient(options: E2bClientOptions = {}) {
  const { apiKey, ...settings } = resolveE2bSettings(options);
  const { client } = createBaseClient<paths>({ ...settings, middleware: options.middleware });
  return Object.assign(client, {
    sessions: sessionsResource(client, () => apiKey !== undefined),
    envs: envsResource(client),
    /** Resolves while the service is up. */
    health: async (options?: RequestOptions): Promise<void> => {
      await complete(client.GET("/health", toInit(options)));
    },
  });
}

/** The client returned by `createE2bClient`. */
export type E2bClient = ReturnType<typeof createE2bClient>;
