export * from "./errors.js";
export { unwrap, toInit, type RequestOptions } from "./call.js";
export {
  createBaseClient,
  resolveRetry,
  resolveTimeout,
  resolveBaseUrl,
  readEnv,
  clientHeaders,
  compactHeaders,
  type CommonClientOptions,
  type BaseClientSettings,
} from "./client.js";
export { createTransport, responseMeta, type CallSettings, type TransportOptions } from "./transport.js";
export { isRetryableStatus, backoffMs, parseRetryAfter, sleep, type RetryOptions, type RetryPolicy } from "./retry.js";
export { createRedactor, redactText } from "./redact.js";
export { pollUntil, type PollOptions } from "./poll.js";
export { paginate } from "./paginate.js";
export { requireId, type SuccessBody, type RequestBody, type QueryParams } from "./types.js";
export { operationMatcher } from "./operations.js";
