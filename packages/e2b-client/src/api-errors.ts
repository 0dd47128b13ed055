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
import type { E2bErrorBody } from "./types.js";

// The shared HTTP error classes, typed so that `instanceof` narrows `error.body` to the e2b error
// schema, `{ code, message }`. They are the very classes the client throws.
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
} = withErrorBody<E2bErrorBody>();
/** The service answered with an HTTP error status; `body` is the e2b error body. */
export type ApiError = CoreApiError<E2bErrorBody>;
/** 400: the request is malformed or a value is invalid. */
export type BadRequestError = CoreBadRequestError<E2bErrorBody>;
/** 401: the credentials are missing, invalid or expired. */
export type AuthenticationError = CoreAuthenticationError<E2bErrorBody>;
/** 403: the credentials lack permission for this resource. */
export type PermissionDeniedError = CorePermissionDeniedError<E2bErrorBody>;
/** 404: the resource does not exist. */
export type NotFoundError = CoreNotFoundError<E2bErrorBody>;
/** 409: the request conflicts with the resource's current state. */
export type ConflictError = CoreConflictError<E2bErrorBody>;
/** 422: the request is well-formed but cannot be processed. */
export type UnprocessableEntityError = CoreUnprocessableEntityError<E2bErrorBody>;
/** 429: rate limited; `retryAfterMs` says how long the server asked to wait. */
export type RateLimitError = CoreRateLimitError<E2bErrorBody>;
/** 5xx: the service failed. */
export type InternalServerError = CoreInternalServerError<E2bErrorBody>;
