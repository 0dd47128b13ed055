import {
  clientHeaders,
  ConfigurationError,
  readEnv,
  resolveCommon,
  type BaseClientSettings,
  type CommonClientOptions,
} from "@spec-clients/core";
import { domainOf } from "../sandbox/options.js";
import { VERSION } from "../version.js";

/** The sandbox whose envd a client talks to: what `sandboxes.create`, `connect` and `open` answer. */
export interface EnvdTarget {
  /** ID of the sandbox. */
  sandboxID: string;
  /** The sandbox's envd token, when it has one (sent as `X-Access-Token`). */
  envdAccessToken?: string | undefined;
  /** The sandbox's domain, when the control plane answered one. */
  domain?: string | null | undefined;
}

/** Options of `createE2bEnvdClient`. */
export interface E2bEnvdClientOptions extends CommonClientOptions {
  /** Defaults to `$E2B_SANDBOX_URL`, else `https://49983-<sandboxID>.<the sandbox's domain, or $E2B_DOMAIN, or e2b.app>`. */
  baseUrl?: string | undefined;
  /** The user commands run as and relative paths start from; the template's default user when left out. */
  user?: string | undefined;
  /**
   * Seconds between the keep-alive messages envd sends on a quiet stream (30 by default, 1 to
   * 3600): a stream silent for one and a half intervals and a second is a TimeoutError.
   */
  keepaliveSeconds?: number | undefined;
}

/** envd's port in every sandbox. */
export const ENVD_PORT = 49983;
/** Each attempt of a call that is not a stream, and the wait for a stream's first bytes. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** A call that is not a stream (or a file's content) ends within a minute. */
export const DEFAULT_DEADLINE_MS = 60_000;
/** The official SDK's retry rules for envd: none but a refused connection (never sent) and 429. */
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2_000 };
const ID = /^[a-z0-9]+$/i;

function baseUrlOf(sandbox: EnvdTarget, options: E2bEnvdClientOptions) {
  if (options.baseUrl !== undefined) return { value: options.baseUrl, source: "The `baseUrl` option" };
  const url = readEnv("E2B_SANDBOX_URL");
  if (url) return { value: url, source: "E2B_SANDBOX_URL" };
  const { domain, source } = domainOf(sandbox.domain, "sandbox");
  return { value: `https://${ENVD_PORT}-${sandbox.sandboxID}.${domain}`, source };
}

/** Resolves the sandbox, options and environment into the settings of the base client. */
export function resolveEnvdSettings(sandbox: EnvdTarget, options: E2bEnvdClientOptions): BaseClientSettings {
  if (typeof sandbox !== "object" || sandbox === null || typeof sandbox.sandboxID !== "string") {
    throw new ConfigurationError(
      "Pass the sandbox (what `sandboxes.create` or `connect` answers, or `{ sandboxID }`).",
    );
  }
  if (!ID.test(sandbox.sandboxID)) {
    throw new ConfigurationError(
      `A sandbox ID is letters and digits: got ${JSON.stringify(sandbox.sandboxID.slice(0, 64))}.`,
    );
  }
  const token = sandbox.envdAccessToken;
  if (token !== undefined && (typeof token !== "string" || !token)) {
    throw new ConfigurationError("envdAccessToken must be a non-empty string when given.");
  }
  if (options.user !== undefined && (typeof options.user !== "string" || !options.user || options.user.includes(":"))) {
    throw new ConfigurationError("user must be a user name (a non-empty string without `:`).");
  }
  const { keepaliveSeconds } = options;
  if (
    keepaliveSeconds !== undefined &&
    !(Number.isInteger(keepaliveSeconds) && keepaliveSeconds >= 1 && keepaliveSeconds <= 3600)
  ) {
    throw new ConfigurationError(
      `keepaliveSeconds must be a whole number from 1 to 3600: got ${String(keepaliveSeconds)}.`,
    );
  }
  return {
    ...resolveCommon(
      options,
      { timeoutMs: DEFAULT_TIMEOUT_MS, retry: DEFAULT_RETRY, deadlineMs: DEFAULT_DEADLINE_MS },
      { ...baseUrlOf(sandbox, options), credentials: token !== undefined },
    ),
    headers: {
      ...clientHeaders("spec-clients-e2b", VERSION),
      ...(token && { "X-Access-Token": token }),
      ...options.headers,
    },
    secrets: [token],
  };
}
