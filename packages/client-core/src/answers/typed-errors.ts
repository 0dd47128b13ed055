import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type ApiErrorInit,
} from "./errors.js";

/** An error class whose instances (and `instanceof` narrowing) carry `body: Body`. */
export interface TypedErrorClass<E> {
  new (init: ApiErrorInit): E;
  readonly prototype: E;
}

/** The HTTP error classes, typed for an API whose error body is `Body`. */
export interface ErrorClasses<Body> {
  ApiError: TypedErrorClass<ApiError<Body>>;
  BadRequestError: TypedErrorClass<BadRequestError<Body>>;
  AuthenticationError: TypedErrorClass<AuthenticationError<Body>>;
  PermissionDeniedError: TypedErrorClass<PermissionDeniedError<Body>>;
  NotFoundError: TypedErrorClass<NotFoundError<Body>>;
  ConflictError: TypedErrorClass<ConflictError<Body>>;
  UnprocessableEntityError: TypedErrorClass<UnprocessableEntityError<Body>>;
  RateLimitError: TypedErrorClass<RateLimitError<Body>>;
  InternalServerError: TypedErrorClass<InternalServerError<Body>>;
}

/**
 * The same HTTP error classes, typed so that `error instanceof NotFoundError` narrows `error.body`
 * to the API's error schema. Each client re-exports the result in place of the untyped classes.
 */
export function withErrorBody<Body>(): ErrorClasses<Body> {
  return {
    ApiError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
  } as ErrorClasses<Body>;
}
