import {
  withErrorBody,
  type ApiError as CoreApiError,
  type AuthenticationError as CoreAuthenticationError,
  type BadRequestError as CoreBadRequestError,
  type ConflictError as CoreConflictError,
  type InternalServerError as CoreInternalServerError,
  type NotFoundError as CoreNotFoundError,
  type PermissionDeniedError as CorePermissionDeniedError,
  type RateLimitError as CoreRateLimitError,
  type UnprocessableEntityError as CoreUnprocessableEntityError,
} from "@spec-clients/core/public";
import type { AirplaneErrorBody } from "./types.js";

// The shared HTTP error classes, typed so that `instanceof` narrows `error.body` to the Airplane error
// schema, `{ error, code?, details? }`. They are the very classes the client throws.
export const {
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
} = withErrorBody<AirplaneErrorBody>();
/** The service answered with an HTTP error status; `body` is the Airplane error body. */
export type ApiError = CoreApiError<AirplaneErrorBody>;
/** 400: the request is malformed or a value is invalid. */
export type BadRequestError = CoreBadRequestError<AirplaneErrorBody>;
/** 401: the credentials are missing, invalid or expired. */
export type AuthenticationError = CoreAuthenticationError<AirplaneErrorBody>;
/** 403: the credentials lack permission for this resource. */
export type PermissionDeniedError = CorePermissionDeniedError<AirplaneErrorBody>;
/** 404: the resource does not exist. */
export type NotFoundError = CoreNotFoundError<AirplaneErrorBody>;
/** 409: the request conflicts with the resource's current state. */
export type ConflictError = CoreConflictError<AirplaneErrorBody>;
/** 422: the request is well-formed but cannot be processed. */
export type UnprocessableEntityError = CoreUnprocessableEntityError<AirplaneErrorBody>;
/** 429: rate limited; `retryAfterMs` says how long the server asked to wait. */
export type RateLimitError = CoreRateLimitError<AirplaneErrorBody>;
/** 5xx: the service failed. */
export type InternalServerError = CoreInternalServerError<AirplaneErrorBody>;
