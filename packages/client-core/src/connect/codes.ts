// The Connect protocol's error codes and the HTTP statuses they go with (connectrpc.com/docs/protocol).

/** The HTTP status of each Connect error code. */
export const CODE_STATUS: Record<string, number> = {
  canceled: 499,
  unknown: 500,
  invalid_argument: 400,
  deadline_exceeded: 504,
  not_found: 404,
  already_exists: 409,
  permission_denied: 403,
  resource_exhausted: 429,
  failed_precondition: 400,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  data_loss: 500,
  unauthenticated: 401,
};

/** The code of an answer whose body carries none, from its status. */
export function codeOfStatus(status: number): string {
  if (status === 400) return "internal";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "permission_denied";
  if (status === 404) return "unimplemented";
  if (status === 429 || status === 502 || status === 503 || status === 504) return "unavailable";
  return "unknown";
}
