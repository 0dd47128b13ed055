export { createAirplaneClient, type AirplaneClient } from "./client.js";
export type { AirplaneClientOptions } from "./options.js";
export { RunFailedError, SessionFailedError } from "./errors.js";
export { isRunTerminal, type WaitOptions } from "./runs.js";
export { isSessionTerminal } from "./sessions.js";
export type { RunOptions } from "./tasks.js";
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
