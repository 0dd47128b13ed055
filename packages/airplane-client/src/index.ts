export { createAirplaneClient, type AirplaneClient } from "./client.js";
export type { AirplaneClientOptions } from "./options.js";
export { RunFailedError, SessionFailedError } from "./errors.js";
export { isRunTerminal, type WaitOptions } from "./runs.js";
export { isSessionTerminal } from "./sessions.js";
export type { RunOptions } from "./tasks.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export * from "@spec-clients/core/public";
export {
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
} from "./api-errors.js";
