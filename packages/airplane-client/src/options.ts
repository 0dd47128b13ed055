import {
  clientHeaders,
  compactHeaders,
  ConfigurationError,
  readEnv,
  resolveCommon,
  type BaseClientSettings,
  type CommonClientOptions,
} from "@spec-clients/core";
import { VERSION } from "./version.js";

/** Options of `createAirplaneClient`. Each falls back to the environment variable named in its doc. */
export interface AirplaneClientOptions extends CommonClientOptions {
  /** API key, sent as `X-Airplane-API-Key`. Falls back to `AIRPLANE_API_KEY`. */
  apiKey?: string | undefined;
  /** Run token, sent as `X-Airplane-Token` when no API key is given. Falls back to `AIRPLANE_TOKEN`. */
  token?: string | undefined;
  /** Team to act in (`X-Team-ID`), for keys that span teams. Falls back to `AIRPLANE_TEAM_ID`. */
  teamID?: string | undefined;
  /** Environment slug (`X-Airplane-Env-Slug`). Falls back to `AIRPLANE_ENV_SLUG`. */
  envSlug?: string | undefined;
  /** Environment ID (`X-Airplane-Env-ID`). Falls back to `AIRPLANE_ENV_ID`. */
  envID?: string | undefined;
  /** Defaults to `https://api.airplane.dev/v0`, or `$AIRPLANE_API_HOST/v0`. */
  baseUrl?: string | undefined;
}

export const DEFAULT_BASE_URL = "https://api.airplane.dev/v0";
/**
 * 4 attempts, full jitter from 500 ms, capped at 8 s: a dead host fails in about 5 s, not the
 * official SDK's 40 (10 attempts from 200 ms, capped at 30 s). Pass `retry` for more.
 */
export const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };
export const DEFAULT_TIMEOUT_MS = 10_000;
/** No call takes longer than a minute, attempts, `Retry-After` waits and backoff included. */
export const DEFAULT_DEADLINE_MS = 60_000;
export const RUNBOOK_TIMEOUT_MS = 30_000;

/** `AIRPLANE_API_HOST` names the host, with or without a scheme; the API lives under `/v0`. */
const hostBaseUrl = (host: string) =>
  `${(/^https?:\/\//.test(host) ? host : `https://${host}`).replace(/\/+$/, "")}/v0`;

/** Resolves options and environment into the settings of the base client. */
export function resolveAirplaneSettings(options: AirplaneClientOptions): BaseClientSettings {
  const apiKey = options.apiKey ?? (options.token ? undefined : readEnv("AIRPLANE_API_KEY"));
  const token = apiKey ? undefined : (options.token ?? readEnv("AIRPLANE_TOKEN"));
  if (!apiKey && !token) {
    throw new ConfigurationError(
      "No Airplane credentials: pass the `apiKey` option (or set AIRPLANE_API_KEY), " +
        "or the `token` option (or set AIRPLANE_TOKEN).",
    );
  }
  const host = readEnv("AIRPLANE_API_HOST");
  const base = options.baseUrl
    ? { value: options.baseUrl, source: "The `baseUrl` option" }
    : host
      ? { value: hostBaseUrl(host), source: "AIRPLANE_API_HOST" }
      : { value: DEFAULT_BASE_URL, source: "The default base URL" };
  return {
    ...resolveCommon(
      options,
      { timeoutMs: DEFAULT_TIMEOUT_MS, retry: DEFAULT_RETRY, deadlineMs: DEFAULT_DEADLINE_MS },
      { ...base, credentials: true },
    ),
    headers: {
      ...clientHeaders("spec-clients-airplane", VERSION),
      ...compactHeaders({
        "X-Airplane-API-Key": apiKey,
        "X-Airplane-Token": token,
        "X-Team-ID": options.teamID ?? readEnv("AIRPLANE_TEAM_ID"),
        "X-Airplane-Env-Slug": options.envSlug ?? readEnv("AIRPLANE_ENV_SLUG"),
        "X-Airplane-Env-ID": options.envID ?? readEnv("AIRPLANE_ENV_ID"),
      }),
      ...options.headers,
    },
    secrets: [apiKey, token],
    retryableHeader: "X-Airplane-Retryable",
  };
}
