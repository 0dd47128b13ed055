import { complete, createBaseClient, toInit, type RequestOptions } from "@spec-clients/core";
import type { E2bFetchClient } from "./context.js";
import { envsResource, type EnvsResource } from "./envs.js";
import type { paths } from "./generated/api.gen.js";
import { resolveE2bSettings, type E2bClientOptions } from "./options.js";
import { sessionsResource, type SessionsResource } from "./sessions.js";

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
export function createE2bClient(options: E2bClientOptions = {}): E2bClient {
  const { apiKey, ...settings } = resolveE2bSettings(options);
  const { client } = createBaseClient<paths>({ ...settings, middleware: options.middleware });
  return Object.assign(client, {
    sessions: sessionsResource(client, () => apiKey !== undefined),
    envs: envsResource(client),
    health: async (options?: RequestOptions): Promise<void> => {
      await complete(client.GET("/health", toInit(options)));
    },
  });
}

/** The client `createE2bClient` returns: the typed openapi-fetch client, `sessions`, `envs` and `health()`. */
export interface E2bClient extends E2bFetchClient {
  /** Sessions of the key: list, create, refresh, delete. */
  sessions: SessionsResource;
  /** Environments of the key, and snippet environments. */
  envs: EnvsResource;
  /** Resolves while the service is up. */
  health(options?: RequestOptions): Promise<void>;
}
