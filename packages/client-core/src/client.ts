import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import { ValidationError } from "./answers/errors.js";
import { checkCredential, checkHeaders } from "./config/headers.js";
import { createLog, type Logger, type ClientLogLevel } from "./config/log.js";
import { metaLinker } from "./answers/meta.js";
import { requestClass } from "./transport/request.js";
import { createRedactor } from "./config/redact.js";
import type { RetryPolicy } from "./config/retry.js";
import { createTransport, type TransportOptions } from "./transport/transport.js";
import type { Transport } from "./transport/wire.js";
import { defaultTransport } from "#default-transport";

/** What `createBaseClient` takes: the resolved common options and what each API adds to them. */
export interface BaseClientSettings {
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  deadlineMs?: number | undefined;
  retry: RetryPolicy | false;
  maxResponseBytes?: number | undefined;
  secrets: (string | undefined)[];
  retryableHeader?: string | undefined;
  authorize?: TransportOptions["authorize"];
  idempotencyKeys?: boolean | undefined;
  fetch?: typeof fetch | undefined;
  transport?: Transport | undefined;
  middleware?: Middleware[] | undefined;
  logger?: Logger | undefined;
  logLevel?: ClientLogLevel | undefined;
  /** How query parameters are written (openapi-fetch's option); e2b's arrays are comma-joined. */
  querySerializer?: ClientOptions["querySerializer"];
}

/** JSON bodies; a value JSON cannot carry (BigInt, a cycle) is a ValidationError before anything is sent. */
function serializeBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ValidationError(`The request body cannot be sent as JSON: ${(error as Error).message}`);
  }
}

/** Creates the openapi-fetch client both packages build on, wired to the retrying transport. */
export function createBaseClient<Paths extends {}>(settings: BaseClientSettings) {
  for (const secret of settings.secrets) checkCredential(secret, "A credential (API key or token)");
  checkHeaders(settings.headers, false);
  const redact = createRedactor(settings.secrets);
  const log = createLog(settings.logger, settings.logLevel ?? "warn", redact);
  const transport = settings.transport ?? defaultTransport(settings.fetch);
  let middleware = false;
  const client: Client<Paths> = createClient<Paths>({
    baseUrl: settings.baseUrl,
    Request: requestClass(() => middleware),
    headers: settings.headers,
    bodySerializer: serializeBody,
    ...(settings.querySerializer ? { querySerializer: settings.querySerializer } : {}),
    fetch: createTransport({
      transport,
      origin: new URL(settings.baseUrl).origin,
      timeoutMs: settings.timeoutMs,
      deadlineMs: settings.deadlineMs,
      retry: settings.retry,
      maxResponseBytes: settings.maxResponseBytes,
      redact,
      retryableHeader: settings.retryableHeader,
      authorize: settings.authorize,
      idempotencyKeys: settings.idempotencyKeys,
      log,
    }),
  });
  linkMetaBeforeMiddleware(client, redact, () => (middleware = true));
  for (const m of settings.middleware ?? []) client.use(m);
  return { client, redact, log };
}

/**
 * Registers `metaLinker` ahead of the first middleware the user adds, so that errors keep their
 * method, path and redaction when a middleware replaces the response. Clients without middleware
 * skip openapi-fetch's middleware pass entirely.
 */
function linkMetaBeforeMiddleware(
  client: { use(...middleware: Middleware[]): void },
  redact: (text: string) => string,
  onFirstUse: () => void,
) {
  const use = client.use.bind(client);
  client.use = (...middleware) => {
    client.use = use;
    onFirstUse();
    use(metaLinker(redact), ...middleware);
  };
}
