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
const DOMAIN = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i;

/** Checks a domain that a base URL is built on; a bad one is a ConfigurationError naming `source`. */
function checkDomain(domain: string, source: string): string {
  if (!DOMAIN.test(domain)) {
    throw new ConfigurationError(`${source} must be a domain name such as \`e2b.app\` (no scheme, path or spaces).`);
  }
  return domain;
}

/**
 * The domain a data-plane URL is built on: a resource's own `domain` (a team on its own cluster),
 * else `E2B_DOMAIN`, else `e2b.app`, checked; `what` names the resource in the error.
 */
export function domainOf(given: string | null | undefined, what: string): { domain: string; source: string } {
  const [domain, source] = given
    ? [given, `The ${what}'s \`domain\``]
    : [readEnv("E2B_DOMAIN") ?? "e2b.app", "E2B_DOMAIN"];
  return { domain: checkDomain(domain, source), source };
}

function baseUrlOf(options: E2bSandboxClientOptions) {
  if (options.baseUrl !== undefined) return { value: options.baseUrl, source: "The `baseUrl` option" };
  const url = readEnv("E2B_API_URL");
  if (url) return { value: url, source: "E2B_API_URL" };
  const domain = readEnv("E2B_DOMAIN");
  if (!domain) return { value: DEFAULT_BASE_URL, source: "The default base URL" };
  return { value: `https://api.${checkDomain(domain, "E2B_DOMAIN")}`, source: "E2B_DOMAIN" };
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
