import {
  clientHeaders,
  ConfigurationError,
  operationMatcher,
  readEnv,
  resolveCommon,
  type BaseClientSettings,
  type CommonClientOptions,
} from "@spec-clients/core";
import { operationSecurity } from "./generated/security.gen.js";
import { VERSION } from "./version.js";

/** Options of `createE2bClient`. */
export interface E2bClientOptions extends CommonClientOptions {
  /** API key, added as the `api_key` query parameter where the spec takes it. Falls back to `E2B_API_KEY`. */
  apiKey?: string | undefined;
  /** Defaults to `https://ondevbook.com`, or `E2B_BASE_URL` when set. */
  baseUrl?: string | undefined;
}

export const DEFAULT_BASE_URL = "https://ondevbook.com";
/** A session dies when not refreshed for a few seconds, so retries stay short: 4 attempts within ~3 s. */
export const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 200, maxDelayMs: 2_000 };
export const DEFAULT_TIMEOUT_MS = 10_000;
/** No call takes longer than 30 s, attempts and backoff included. */
export const DEFAULT_DEADLINE_MS = 30_000;

/** Adds `api_key` to the URL of operations that take it; fails before sending when a required key is missing. */
export function keyAuthorizer(apiKey: string | undefined, basePath: string) {
  const levelOf = operationMatcher(operationSecurity);
  // Written once, as searchParams would write it: a URL without a query (most calls) takes it as is.
  const query = new URLSearchParams({ api_key: apiKey ?? "" }).toString();
  return (url: URL, method: string) => {
    const path = url.pathname.slice(basePath.length) || "/";
    const level = levelOf(method, path) ?? "optional";
    if (level === "none") return;
    if (apiKey) {
      if (url.search) url.searchParams.set("api_key", apiKey);
      else url.search = query;
    } else if (level === "required") {
      throw new ConfigurationError(
        `${method} ${path} needs an e2b API key: pass the \`apiKey\` option to createE2bClient or set E2B_API_KEY.`,
      );
    }
  };
}

/** The base URL and where it came from: the option, then `E2B_BASE_URL`, then the default. */
function baseUrlOf(options: E2bClientOptions) {
  if (options.baseUrl !== undefined) return { value: options.baseUrl, source: "The `baseUrl` option" };
  const env = readEnv("E2B_BASE_URL");
  return env ? { value: env, source: "E2B_BASE_URL" } : { value: DEFAULT_BASE_URL, source: "The default base URL" };
}

/** Resolves options and environment into the settings of the base client. */
export function resolveE2bSettings(options: E2bClientOptions): BaseClientSettings & { apiKey: string | undefined } {
  const apiKey = options.apiKey ?? readEnv("E2B_API_KEY");
  const common = resolveCommon(
    options,
    { timeoutMs: DEFAULT_TIMEOUT_MS, retry: DEFAULT_RETRY, deadlineMs: DEFAULT_DEADLINE_MS },
    { ...baseUrlOf(options), credentials: apiKey !== undefined },
  );
  return {
    ...common,
    apiKey,
    headers: { ...clientHeaders("spec-clients-e2b", VERSION), ...options.headers },
    secrets: [apiKey],
    authorize: keyAuthorizer(apiKey, new URL(common.baseUrl).pathname.replace(/\/$/, "")),
  };
}
