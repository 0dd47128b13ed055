/** Base class of every error thrown by the spec-clients packages. */
export class ApiClientError extends Error {
  override name = "ApiClientError";
}

/** A client option is missing or invalid; the message names the option and its environment variable. */
export class ConfigurationError extends ApiClientError {
  override name = "ConfigurationError";
}

/** A call argument is invalid; nothing was sent. */
export class ValidationError extends ApiClientError {
  override name = "ValidationError";
}

/** Where a request went: its method, its path (never the query string) and how many attempts it took. */
export interface RequestInfo {
  method: string;
  path: string;
  attempts: number;
}

/** The request never got a complete response: connection refused, reset, DNS failure... */
export class ConnectionError extends ApiClientError {
  override name = "ConnectionError";
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempts: number;
  constructor(message: string, info: RequestInfo, cause?: Error) {
    super(message, cause ? { cause } : undefined);
    Object.assign(this, { method: info.method, path: info.path, attempts: info.attempts });
  }
}

/** The last attempt, or a wait helper, ran out of time. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

/** The caller's `AbortSignal` fired; the call stopped at once. `cause` is the signal's reason. */
export class AbortError extends ApiClientError {
  override name = "AbortError";
}

/**
 * The service answered with a redirect the client will not follow: to another origin, to a
 * non-http(s) URL, a 301/302/303 for a method other than GET or HEAD, a loop, or too many hops.
 * Nothing, credentials included, was sent to the target.
 */
export class RedirectError extends ApiClientError {
  override name = "RedirectError";
  declare readonly status: number;
  /** The origin the redirect pointed to (never its path or query), when it had one. */
  declare readonly targetOrigin: string | undefined;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempts: number;
  constructor(message: string, init: RequestInfo & { status: number; targetOrigin: string | undefined }) {
    super(message);
    const { status, targetOrigin, method, path, attempts } = init;
    Object.assign(this, { status, targetOrigin, method, path, attempts });
  }
}

/** The service answered 2xx with a body that is not what the spec promises (not JSON, empty, wrong shape). */
export class InvalidResponseError extends ApiClientError {
  override name = "InvalidResponseError";
  declare readonly status: number;
  declare readonly contentType: string | null;
  declare readonly method: string;
  declare readonly path: string;
  constructor(message: string, init: { status: number; contentType: string | null; method: string; path: string }) {
    super(message);
    Object.assign(this, { status: init.status, contentType: init.contentType, method: init.method, path: init.path });
  }
}

/** The InvalidResponseError of `response` to `meta`'s request: "<method> <path> returned <status> <why>", redacted. */
export function invalidAnswer(
  response: { status: number; headers: { get(name: string): string | null } },
  meta: { method: string; path: string; redact: (text: string) => string },
  why: string,
) {
  const { status } = response;
  const type = response.headers.get("content-type");
  const message = meta.redact(`${meta.method} ${meta.path} returned ${status} ${why}`);
  return new InvalidResponseError(message, { ...meta, status, contentType: type === null ? null : meta.redact(type) });
}

/** The InvalidResponseError of a 2xx answer to `GET path` that the client cannot use (a listing that would not end). */
export const invalidGetAnswer = (path: string, message: string) =>
  new InvalidResponseError(message, { status: 200, contentType: null, method: "GET", path });

/** What an HTTP error response carried. */
export interface ApiErrorInit extends RequestInfo {
  status: number;
  message: string;
  /** Machine code from the body: a string for Airplane, an int32 for e2b. */
  code?: string | number | undefined;
  details?: Record<string, unknown> | undefined;
  requestId?: string | undefined;
  /** Milliseconds the server asked to wait (`Retry-After`), when it said. */
  retryAfterMs?: number | undefined;
  /** The parsed JSON error body, every string redacted. */
  body?: unknown;
}

/**
 * The service answered with an HTTP error status. Subclasses name the status family. `Body` is
 * the API's error schema: each client re-exports these classes with it (see `withErrorBody`).
 */
export class ApiError<Body = unknown> extends ApiClientError {
  override name = "ApiError";
  /** The JSON error body as the server sent it (every string redacted), when it was JSON. */
  declare readonly body: Body | undefined;
  declare readonly status: number;
  declare readonly code: string | number | undefined;
  declare readonly details: Record<string, unknown> | undefined;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempts: number;
  declare readonly requestId: string | undefined;
  declare readonly retryAfterMs: number | undefined;
  constructor({ message, ...fields }: ApiErrorInit) {
    super(message);
    Object.assign(this, fields);
  }
}

/** 400: the request is malformed or a value is invalid. */
export class BadRequestError<Body = unknown> extends ApiError<Body> {
  override name = "BadRequestError";
}
/** 401: the credentials are missing, invalid or expired. */
export class AuthenticationError<Body = unknown> extends ApiError<Body> {
  override name = "AuthenticationError";
}
/** 403: the credentials lack permission for this resource. */
export class PermissionDeniedError<Body = unknown> extends ApiError<Body> {
  override name = "PermissionDeniedError";
}
/** 404: the resource does not exist (for an e2b session: it is gone). */
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  override name = "NotFoundError";
}
/** 409: the request conflicts with the resource's current state. */
export class ConflictError<Body = unknown> extends ApiError<Body> {
  override name = "ConflictError";
}
/** 422: the request is well-formed but cannot be processed. */
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited; `retryAfterMs` says how long the server asked to wait. */
export class RateLimitError<Body = unknown> extends ApiError<Body> {
  override name = "RateLimitError";
}
/** 5xx: the service failed. */
export class InternalServerError<Body = unknown> extends ApiError<Body> {
  override name = "InternalServerError";
}

const byStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the error class that matches `init.status`; a status past 599 (the HTTP parser takes any three digits) is a plain ApiError. */
export function apiErrorFor(init: ApiErrorInit): ApiError {
  const { status } = init;
  const ErrorClass = byStatus[status] ?? (status >= 500 && status < 600 ? InternalServerError : ApiError);
  return new ErrorClass(init);
}
