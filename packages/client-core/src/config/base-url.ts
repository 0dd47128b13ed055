import { ConfigurationError } from "../answers/errors.js";

/** Whether a URL's host is this machine: localhost, *.localhost, 127.0.0.0/8 or ::1. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname;
  return host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "[::1]";
}

/** Where a base URL came from and what it must allow. */
export interface BaseUrlCheck {
  /** The option or variable it came from, for the error message. */
  source: string;
  /** Whether requests to it carry credentials. */
  credentials: boolean;
  /** The caller's `allowInsecureHttp` option. */
  allowInsecureHttp?: boolean | undefined;
}

/** Hides user-info so an error never repeats a password. */
const shown = (value: string) => JSON.stringify(value.replace(/\/\/[^/@]*@/, "//***@"));

/**
 * Checks a base URL and removes its trailing slash. Refuses user-info, query and fragment, and
 * plain `http:` with credentials unless the host is loopback or `allowInsecureHttp` is set.
 */
export function resolveBaseUrl(value: string, check: BaseUrlCheck): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${check.source} must be an absolute http(s) URL, got ${shown(value)}.`);
  }
  const fail = (why: string) => new ConfigurationError(`${check.source} ${why}, got ${shown(value)}.`);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fail("must be an absolute http(s) URL");
  if (url.username || url.password) throw fail("must not carry user-info: pass credentials as client options");
  if (url.search || url.hash || /[?#]/.test(value)) throw fail("must not have a query or a fragment");
  if (url.protocol === "http:" && check.credentials && !check.allowInsecureHttp && !isLoopback(url)) {
    throw fail(
      "uses plain http, which would send credentials unencrypted: use https, or pass `allowInsecureHttp: true`",
    );
  }
  return value.replace(/\/+$/, "");
}
