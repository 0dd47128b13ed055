// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-envd.yaml. Regenerate with `pnpm generate`.
import {
  withErrorBody,
  type ApiError as CoreApiError,
  type BadRequestError as CoreBadRequestError,
  type AuthenticationError as CoreAuthenticationError,
  type PermissionDeniedError as CorePermissionDeniedError,
  type NotFoundError as CoreNotFoundError,
  type ConflictError as CoreConflictError,
  type UnprocessableEntityError as CoreUnprocessableEntityError,
  type RateLimitError as CoreRateLimitError,
  type InternalServerError as CoreInternalServerError,
} from "@spec-clients/core";
import type { components } from "./api.gen.js";

/** The body of the API's error responses: the spec's `Error` schema. */
export type ErrorBody = components["schemas"]["Error"];

/** The runtime's HTTP error classes, the very ones the client throws, typed with ErrorBody. */
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
} = withErrorBody<ErrorBody>();
/** any HTTP error status; `body` is an ErrorBody. */
export type ApiError = CoreApiError<ErrorBody>;
/** 400: the request is malformed or a value is invalid; `body` is an ErrorBody. */
export type BadRequestError = CoreBadRequestError<ErrorBody>;
/** 401: the credentials are missing, invalid or expired; `body` is an ErrorBody. */
export type AuthenticationError = CoreAuthenticationError<ErrorBody>;
/** 403: the credentials lack permission for this resource; `body` is an ErrorBody. */
export type PermissionDeniedError = CorePermissionDeniedError<ErrorBody>;
/** 404: the resource does not exist; `body` is an ErrorBody. */
export type NotFoundError = CoreNotFoundError<ErrorBody>;
/** 409: the request conflicts with the resource's current state; `body` is an ErrorBody. */
export type ConflictError = CoreConflictError<ErrorBody>;
/** 422: the request is well-formed but cannot be processed; `body` is an ErrorBody. */
export type UnprocessableEntityError = CoreUnprocessableEntityError<ErrorBody>;
/** 429: rate limited; `retryAfterMs` says how long the server asked to wait; `body` is an ErrorBody. */
export type RateLimitError = CoreRateLimitError<ErrorBody>;
/** 5xx: the service failed; `body` is an ErrorBody. */
export type InternalServerError = CoreInternalServerError<ErrorBody>;
