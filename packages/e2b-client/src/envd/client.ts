import { complete, createBaseClient, toInit, unwrap, type RequestOptions } from "@spec-clients/core";
import { succeeded } from "../sandbox/shared.js";
import { commandsResource, type CommandsResource } from "./commands.js";
import { filesResource } from "./files.js";
import { filesystemResource } from "./filesystem.js";
import type { paths } from "./generated/api.gen.js";
import { resolveEnvdSettings, type E2bEnvdClientOptions, type EnvdTarget } from "./options.js";
import { gone, KEEPALIVE_SECONDS } from "./rpc.js";
import type { EnvdFetchClient, EnvdMetrics, EnvVars } from "./types.js";

/**
 * Creates a client of one sandbox's data plane, its daemon envd, from the sandbox itself:
 * `createE2bEnvdClient(await e2b.sandboxes.create({ templateID: "base" }))`. It runs commands
 * (`commands`) and moves files (`files`) over envd's REST and Connect-RPC (JSON) API, on every
 * runtime with `fetch`; the sandbox's access token goes to envd's origin only and is masked in
 * every error and log line.
 *
 * @throws ConfigurationError when the sandbox has no valid ID, or an option is invalid.
 */
export function createE2bEnvdClient(sandbox: EnvdTarget, options: E2bEnvdClientOptions = {}): E2bEnvdClient {
  const settings = resolveEnvdSettings(sandbox, options);
  const { client, redact } = createBaseClient<paths>({ ...settings, middleware: options.middleware });
  const streams = { user: options.user, keepaliveSeconds: options.keepaliveSeconds ?? KEEPALIVE_SECONDS };
  return Object.assign(client, {
    commands: commandsResource(client, streams, redact),
    files: {
      ...filesResource(client, { ...streams, token: sandbox.envdAccessToken, baseUrl: settings.baseUrl, redact }),
      ...filesystemResource(client, { ...streams, redact }),
    },
    isRunning: async (options?: RequestOptions): Promise<boolean> =>
      succeeded(complete(client.GET("/health", toInit(options))), { 502: false }),
    metrics: (options?: RequestOptions) => unwrap<EnvdMetrics>(client.GET("/metrics", toInit(options))).catch(gone),
    envs: (options?: RequestOptions) => unwrap<EnvVars>(client.GET("/envs", toInit(options))).catch(gone),
  });
}

/** `sandbox.files`: file contents read and written, entries listed, moved and removed, and watches. */
export interface FilesResource extends ReturnType<typeof filesResource>, ReturnType<typeof filesystemResource> {}

/** The client `createE2bEnvdClient` returns: the typed openapi-fetch client of envd, `commands` and `files`. */
export interface E2bEnvdClient extends EnvdFetchClient {
  /** Commands: run, connect, list, kill, and their stdin. */
  commands: CommandsResource;
  /** Files and directories: read, write, list, watch, and signed URLs. */
  files: FilesResource;
  /** Whether the sandbox still runs: envd answers its health check (false on the proxy's 502, as the official SDK). */
  isRunning(options?: RequestOptions): Promise<boolean>;
  /** The sandbox's CPU, memory and disk use now. */
  metrics(options?: RequestOptions): Promise<EnvdMetrics>;
  /** The environment variables commands start with. */
  envs(options?: RequestOptions): Promise<EnvVars>;
}
