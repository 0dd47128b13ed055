export { createE2bClient, type E2bClient } from "./client.js";
export type { E2bClientOptions } from "./options.js";
export type { CreateSessionOptions, OpenSession } from "./sessions.js";
export type { KeepAlive, KeepAliveEnd, KeepAliveOptions } from "./keep-alive.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export {
  ApiClientError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  InvalidResponseError,
  ConfigurationError,
  ValidationError,
  type RequestOptions,
  type RetryOptions,
} from "@spec-clients/core";
