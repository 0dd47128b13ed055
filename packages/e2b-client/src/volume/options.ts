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

/** The volume a content client reads and writes: what `volumes.create` and `volumes.get` answer. */
export interface VolumeTarget {
  /** ID of the volume. */
  volumeID: string;
  /** Bearer token of the volume's content API (opens this volume only). */
  token: string;
  /** Where the content API lives (`api.<domain>`), for a team on its own cluster. */
  domain?: string | undefined;
}

/** Options of `createE2bVolumeClient`. */
export interface E2bVolumeClientOptions extends CommonClientOptions {
  /** Defaults to `$E2B_VOLUME_API_URL`, else `https://api.<the volume's domain, or $E2B_DOMAIN, or e2b.app>`. */
  baseUrl?: string | undefined;
}

/** Each attempt, and each silence of a file's body, may last a minute. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** A call on entries (not file content) ends within two minutes, retries included. */
export const DEFAULT_DEADLINE_MS = 120_000;
/** Reading or writing a file's content may take an hour, as in the official SDK; pass `deadlineMs` to change it. */
export const FILE_DEADLINE_MS = 3_600_000;
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 };

function baseUrlOf(volume: VolumeTarget, options: E2bVolumeClientOptions) {
  if (options.baseUrl !== undefined) return { value: options.baseUrl, source: "The `baseUrl` option" };
  const url = readEnv("E2B_VOLUME_API_URL");
  if (url) return { value: url, source: "E2B_VOLUME_API_URL" };
  const { domain, source } = domainOf(volume.domain, "volume");
  return { value: `https://api.${domain}`, source };
}

/** Resolves the volume, options and environment into the settings of the base client. */
export function resolveVolumeSettings(volume: VolumeTarget, options: E2bVolumeClientOptions): BaseClientSettings {
  if (typeof volume !== "object" || volume === null) {
    throw new ConfigurationError("Pass the volume (what `volumes.get` answers, or `{ volumeID, token }`).");
  }
  if (typeof volume.token !== "string" || !volume.token) {
    throw new ConfigurationError("The volume has no `token`: pass what `volumes.create` or `volumes.get` answers.");
  }
  if (typeof volume.volumeID !== "string" || !volume.volumeID) {
    throw new ConfigurationError("The volume has no `volumeID`: pass what `volumes.create` or `volumes.get` answers.");
  }
  return {
    ...resolveCommon(
      options,
      { timeoutMs: DEFAULT_TIMEOUT_MS, retry: DEFAULT_RETRY, deadlineMs: DEFAULT_DEADLINE_MS },
      { ...baseUrlOf(volume, options), credentials: true },
    ),
    headers: {
      ...clientHeaders("spec-clients-e2b", VERSION),
      Authorization: `Bearer ${volume.token}`,
      ...options.headers,
    },
    secrets: [volume.token],
  };
}
