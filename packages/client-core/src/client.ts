import createClient, { type Client, type Middleware } from "openapi-fetch";
import { ConfigurationError } from "./errors.js";
import { createRedactor } from "./redact.js";
import type { RetryOptions, RetryPolicy } from "./retry.js";
import { createTransport, metaLinker, type TransportOptions } from "./transport.js";

/** Options both clients accept. */
export interface CommonClientOptions {
  /** Base URL of the API. */
  baseUrl?: string | undefined;
  /** Timeout of each attempt in milliseconds. */
  timeoutMs?: number | undefined;
  /** Retry settings, or `false` to never retry. */
  retry?: RetryOptions | false | undefined;
  /** The `fetch` to send requests with (defaults to the global one). */
  fetch?: typeof fetch | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
  /** openapi-fetch middleware, run in order on every request. They never see credentials carried in the URL. */
  middleware?: Middleware[] | undefined;
}

export interface BaseClientSettings {
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  retry: RetryPolicy | false;
  secrets: (string | undefined)[];
  retryableHeader?: string | undefined;
  authorize?: TransportOptions["authorize"];
  idempotencyKeys?: boolean | undefined;
  fetch?: typeof fetch | undefined;
  middleware?: Middleware[] | undefined;
}

/** Creates the openapi-fetch client both packages build on, wired to the retrying transport. */
export function createBaseClient<Paths extends {}>(settings: BaseClientSettings) {
  const redact = createRedactor(settings.secrets);
  const baseFetch = settings.fetch ?? globalThis.fetch;
  if (typeof baseFetch !== "function") {
    throw new ConfigurationError("No fetch implementation: pass the `fetch` option (Node 18+ and browsers have one).");
  }
  const client: Client<Paths> = createClient<Paths>({
    baseUrl: settings.baseUrl,
    headers: settings.headers,
    fetch: createTransport({
      fetch: baseFetch,
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
      redact,
      retryableHeader: settings.retryableHeader,
      authorize: settings.authorize,
      idempotencyKeys: settings.idempotencyKeys,
    }),
  });
  linkMetaBeforeMiddleware(client, redact);
  for (const m of settings.middleware ?? []) client.use(m);
  return { client, redact };
}

/**
 * Registers `metaLinker` ahead of the first middleware the user adds, so that errors keep their
 * method, path and redaction when a middleware replaces the response. Clients without middleware
 * skip openapi-fetch's middleware pass entirely.
 */
function linkMetaBeforeMiddleware(
  client: { use(...middleware: Middleware[]): void },
  redact: (text: string) => string,
) {
  const use = client.use.bind(client);
  client.use = (...middleware) => {
    client.use = use;
    use(metaLinker(redact), ...middleware);
  };
}

/** Merges retry options over defaults and checks them. */
export function resolveRetry(option: RetryOptions | false | undefined, defaults: RetryPolicy): RetryPolicy | false {
  if (option === false) return false;
  const policy = { ...defaults, ...definedOnly(option ?? {}) };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new ConfigurationError(`retry.attempts must be an integer of at least 1, got ${policy.attempts}.`);
  }
  if (!(policy.baseDelayMs >= 0) || !(policy.maxDelayMs >= policy.baseDelayMs)) {
    throw new ConfigurationError("retry.baseDelayMs must be >= 0 and retry.maxDelayMs >= retry.baseDelayMs.");
  }
  return policy;
}

/** Checks a timeout option (milliseconds, positive and finite). */
export function resolveTimeout(value: number | undefined, fallback: number, option = "timeoutMs"): number {
  const ms = value ?? fallback;
  if (!(ms > 0) || !Number.isFinite(ms)) {
    throw new ConfigurationError(`${option} must be a positive number of milliseconds, got ${String(value)}.`);
  }
  return ms;
}

/** Checks a base URL and removes its trailing slash. */
export function resolveBaseUrl(value: string, source: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
  } catch {
    throw new ConfigurationError(`${source} must be an absolute http(s) URL, got "${value}".`);
  }
  return value.replace(/\/+$/, "");
}

/** Reads an environment variable where one exists (Node, Deno, Bun); undefined in browsers or when empty. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

/** A `User-Agent` naming this client, outside browsers (where the header is the browser's). */
export function clientHeaders(name: string, version: string): Record<string, string> {
  const isBrowser = typeof (globalThis as { document?: unknown }).document !== "undefined";
  if (isBrowser) return {};
  const node = (globalThis as { process?: { version?: string } }).process?.version;
  return { "User-Agent": `${name}/${version}${node ? ` node/${node.replace(/^v/, "")}` : ""}` };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Drops the headers whose value is undefined. */
export function compactHeaders(value: Record<string, string | undefined>): Record<string, string> {
  return definedOnly(value) as Record<string, string>;
}
