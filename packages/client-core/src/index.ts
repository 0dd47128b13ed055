export * from "./errors.js";
export { abortError } from "./attempt.js";
export {
  unwrap,
  unwrapWithHeaders,
  complete,
  fields,
  arrayBody,
  allOf,
  toInit,
  createInit,
  type CreateOptions,
  type RequestOptions,
  type BodyCheck,
} from "./call.js";
export { createBaseClient, type BaseClientSettings } from "./client.js";
export {
  resolveRetry,
  resolveTimeout,
  resolveCommon,
  type BaseUrlSource,
  readEnv,
  clientHeaders,
  compactHeaders,
  type CommonClientOptions,
} from "./options.js";
export { resolveBaseUrl, isLoopback, type BaseUrlCheck } from "./base-url.js";
export { resolveDuration, checkDuration, MAX_DURATION_MS } from "./durations.js";
export { readText, MAX_RESPONSE_BYTES, type ChunkReader } from "./body.js";
export { redactJson, answerText } from "./json.js";
export { checkHeaders, checkCredential } from "./headers.js";
export { createTransport, type CallSettings, type TransportOptions } from "./transport.js";
export { responseMeta, type ResponseMeta } from "./meta.js";
export {
  isRetryableStatus,
  backoffMs,
  parseRetryAfter,
  sleep,
  MAX_RETRY_AFTER_MS,
  type RetryOptions,
  type RetryPolicy,
} from "./retry.js";
export { createRedactor, redactText, type Redactor } from "./redact.js";
export {
  createLog,
  resolveLogLevel,
  SILENT_LOG,
  LOG_LEVEL_ENV,
  type ClientLog,
  type Logger,
  type ClientLogLevel,
  type LogFields,
} from "./log.js";
export { pollUntil, timeLeft, MIN_POLL_INTERVAL_MS, type PollOptions, type PollTarget } from "./poll.js";
export {
  paginate,
  paginateByToken,
  checkPageStart,
  MAX_EMPTY_PAGES,
  type PageStart,
  type TokenPage,
} from "./paginate.js";
export {
  requireId,
  requireObject,
  defined,
  type Known,
  type SuccessBody,
  type RequestBody,
  type QueryParams,
} from "./types.js";
export { operationMatcher } from "./operations.js";
export { fetchTransport, type Transport, type WireResponse, type SendInit } from "./wire.js";
export { withErrorBody, type ErrorClasses, type TypedErrorClass } from "./typed-errors.js";
