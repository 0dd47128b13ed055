// What each client package re-exports to its users: the error classes and the shared option types.
// The HTTP error classes (ApiError and its subclasses) reach users through each client's generated
// errors.gen.ts, typed with that API's error schema (see withErrorBody).
export {
  ApiClientError,
  ConnectionError,
  TimeoutError,
  AbortError,
  InvalidResponseError,
  RedirectError,
  ConfigurationError,
  ValidationError,
} from "./answers/errors.js";
export type { CreateOptions, RequestOptions } from "./answers/call.js";
export type { RetryOptions } from "./config/retry.js";
export type { Transport } from "./transport/wire.js";
export type { Logger, ClientLogLevel } from "./config/log.js";
export type { Known } from "./helpers/types.js";
export { withErrorBody, type ErrorClasses, type TypedErrorClass } from "./answers/typed-errors.js";
