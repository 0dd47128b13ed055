import { apiErrorFor, type ApiError } from "./errors.js";
import { redactJson } from "./json.js";
import type { ResponseMeta } from "./meta.js";
import { parseRetryAfter } from "../config/retry.js";

/** Flattens whitespace and cuts `text` to 200 characters. Redact before calling: a cut may split a secret. */
export const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
};

const pickString = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);

/** What a server said went wrong: `error`, `message`, problem+json `title: detail`, else the body itself. */
function summary(body: unknown, contentType: string | null): string {
  if (body === undefined || (typeof body === "string" && !body.trim())) return "empty body";
  if (typeof body === "string") return `${contentType ?? "unknown"} body: ${body}`;
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const said = pickString(fields["error"]) ?? pickString(fields["message"]);
  if (said) return said;
  const title = pickString(fields["title"]);
  const detail = pickString(fields["detail"]);
  if (title || detail) return [title, detail].filter(Boolean).join(": ");
  return `${contentType ?? "unknown"} body: ${JSON.stringify(body)}`;
}

/** The ApiError of an error response, every string field redacted (before any cut). */
export function errorFromBody(body: unknown, response: Response, meta: ResponseMeta): ApiError {
  const { redact } = meta;
  // Redacted (and cut where it nests too deep) before anything reads it.
  const clean = redactJson(body, redact);
  const fields = typeof clean === "object" && clean !== null ? (clean as Record<string, unknown>) : {};
  const what = snippet(redact(summary(clean, response.headers.get("content-type"))));
  const { code, details } = fields;
  const requestId = response.headers.get("x-request-id");
  return apiErrorFor({
    status: response.status,
    message: redact(`${meta.method} ${meta.path} failed with ${response.status}: ${what}`),
    code: typeof code === "string" || typeof code === "number" ? code : undefined,
    details: typeof details === "object" && details !== null ? (details as Record<string, unknown>) : undefined,
    requestId: requestId === null ? undefined : redact(requestId),
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    body: typeof clean === "object" && clean !== null ? clean : undefined,
    method: meta.method,
    path: redact(meta.path),
    attempts: meta.attempts,
  });
}
