import {
  clientHeaders,
  ConfigurationError,
  readEnv,
  resolveCommon,
  type BaseClientSettings,
  type CommonClientOptions,
} from "@spec-clients/core";
import { VERSION } from "../version.js";

/** Options of `createE2bSandboxClient`. Each falls back to the environment variable named in its doc. */
export interface E2bSandboxClientOptions extends CommonClientOptions {
  /** API key (`e2b_…`), sent as `X-API-Key`. Falls back to `E2B_API_KEY`. Required. */
  apiKey?: string | undefined;
  /** Defaults to `$E2B_API_URL`, else `https://api.$E2B_DOMAIN`, else `https://api.e2b.app`. */
  baseUrl?: string | undefined;
}

export const DEFAULT_BASE_URL = "https://api.e2b.app";
/** Creating a sandbox can take seconds: each attempt gets a minute, as in the official SDK. */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 };
/** No call takes longer than 3 minutes (a sandbox may take a while to start), attempts and backoff included. */
export const DEFAULT_DEADLINE_MS = 180_000;

/** A host name with an optional port: what `E2B_DOMAIN` may hold. */
export const DOMAIN = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i;

function baseUrlOf(options: E2bSandboxClientOptions) {
  if (options.baseUrl !== undefined) return { value: options.baseUrl, source: "The `baseUrl` option" };
  const url = readEnv("E2B_API_URL");
  if (url) return { value: url, source: "E2B_API_URL" };
  const domain = readEnv("E2B_DOMAIN");
  if (!domain) return { value: DEFAULT_BASE_URL, source: "The default base URL" };
  if (!DOMAIN.test(domain)) {
    throw new ConfigurationError("E2B_DOMAIN must be a domain name such as `e2b.app` (no scheme, path or spaces).");
  }
  return { value: `https://api.${domain}`, source: "E2B_DOMAIN" };
}

/** Resolves options and environment into the settings of the base client. */
export function resolveSandboxSettings(options: E2bSandboxClientOptions): BaseClientSettings {
  const apiKey = options.apiKey ?? readEnv("E2B_API_KEY");
  if (!apiKey) {
    throw new ConfigurationError("No e2b API key: pass the `apiKey` option or set E2B_API_KEY.");
  }
  return {
    ...resolveCommon(
      options,
      { timeoutMs: DEFAULT_TIMEOUT_MS, retry: DEFAULT_RETRY, deadlineMs: DEFAULT_DEADLINE_MS },
      { ...baseUrlOf(options), credentials: true },
    ),
    headers: { ...clientHeaders("spec-clients-e2b", VERSION), "X-API-Key": apiKey, ...options.headers },
    secrets: [apiKey],
    querySerializer: { array: { style: "form", explode: false } },
  };
}
