export * from "./answers/errors.js";
export { abortError } from "./transport/attempt.js";
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
} from "./answers/call.js";
export { streamInit, unwrapStream, type StreamOptions } from "./answers/stream-call.js";
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
} from "./config/options.js";
export { resolveBaseUrl, isLoopback, type BaseUrlCheck } from "./config/base-url.js";
export { resolveDuration, checkDuration, MAX_DURATION_MS } from "./config/durations.js";
export { readText, MAX_RESPONSE_BYTES, type ChunkReader } from "./transport/body.js";
export { guardedStream, collectBytes, type StreamGuard } from "./transport/stream-body.js";
export {
  toSendBody,
  readAs,
  checkFormat,
  type FileData,
  type FileReader,
  type ReadFormat,
} from "./helpers/file-data.js";
export { redactJson, answerText } from "./answers/json.js";
export { checkHeaders, checkCredential } from "./config/headers.js";
export { createTransport, type CallSettings, type TransportOptions } from "./transport/transport.js";
export { responseMeta, type ResponseMeta } from "./answers/meta.js";
export {
  isRetryableStatus,
  backoffMs,
  parseRetryAfter,
  sleep,
  MAX_RETRY_AFTER_MS,
  type RetryOptions,
  type RetryPolicy,
} from "./config/retry.js";
export { createRedactor, redactText, type Redactor } from "./config/redact.js";
export {
  createLog,
  resolveLogLevel,
  SILENT_LOG,
  LOG_LEVEL_ENV,
  type ClientLog,
  type Logger,
  type ClientLogLevel,
  type LogFields,
} from "./config/log.js";
export { pollUntil, timeLeft, MIN_POLL_INTERVAL_MS, type PollOptions, type PollTarget } from "./helpers/poll.js";
export {
  paginate,
  paginateByToken,
  checkPageStart,
  MAX_EMPTY_PAGES,
  type PageStart,
  type TokenPage,
} from "./helpers/paginate.js";
export {
  requireId,
  requireObject,
  defined,
  type Known,
  type SuccessBody,
  type RequestBody,
  type QueryParams,
} from "./helpers/types.js";
export { operationMatcher } from "./helpers/operations.js";
export {
  fetchTransport,
  isStream,
  type Transport,
  type WireResponse,
  type SendInit,
  type SendBody,
} from "./transport/wire.js";
export { withErrorBody, type ErrorClasses, type TypedErrorClass } from "./answers/typed-errors.js";
export { CODE_STATUS, codeOfStatus } from "./connect/codes.js";
export { encodeEnvelope, readEnvelopes, COMPRESSED, END_STREAM, type Envelope } from "./connect/envelope.js";
export {
  readConnectStream,
  endOfStreamError,
  MAX_ENVELOPE_BYTES,
  type ConnectStreamOptions,
} from "./connect/stream.js";
