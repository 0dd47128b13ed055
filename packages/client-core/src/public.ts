// What each client package re-exports to its users: the error classes and the shared option types.
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
  RedirectError,
  ConfigurationError,
  ValidationError,
} from "./errors.js";
export type { RequestOptions } from "./call.js";
export type { RetryOptions } from "./retry.js";
export type { Transport } from "./wire.js";
export { withErrorBody, type ErrorClasses, type TypedErrorClass } from "./typed-errors.js";
