import {
  ApiError,
  ValidationError,
  checkPageStart,
  complete,
  requireId,
  requireObject,
  toInit,
  type RequestOptions,
} from "@spec-clients/core";
import type { Page, PageOptions, SandboxFetchClient } from "./types.js";

/** The spec's `maximum` of `limit` on listings. */
export const MAX_PAGE_SIZE = 100;

/** The path parameters naming one sandbox; a bad ID is a ValidationError. */
export const sandboxPath = (sandboxID: string) => ({ path: { sandboxID: requireId(sandboxID, "sandboxID") } });

/** Throws a ValidationError unless `value` is a whole number of seconds the wire takes (int32, at least 0). */
export function seconds(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
    const shown = typeof value === "string" ? `the string ${JSON.stringify(value)}` : String(value);
    throw new ValidationError(`${name} must be a whole number of seconds from 0 to 2147483647, got ${shown}.`);
  }
  return value;
}

/** A Date or Unix seconds as the wire's Unix seconds; an invalid Date, NaN or a negative number is a ValidationError. */
export function unixSeconds(value: Date | number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const time = value instanceof Date ? value.getTime() / 1000 : value;
  if (typeof time !== "number" || !Number.isFinite(time) || time < 0) {
    const shown = value instanceof Date ? "an invalid Date" : String(value);
    throw new ValidationError(`${name} must be a valid Date or Unix seconds (at least 0), got ${shown}.`);
  }
  return Math.floor(time);
}

/** A Date or a string as RFC 3339 text; an invalid Date is a ValidationError. */
export function timestamp(value: Date | string, name: string): string {
  if (typeof value === "string") return value;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new ValidationError(`${name} must be a valid Date or an RFC 3339 string, got ${String(value)}.`);
  }
  return value.toISOString();
}

/** Checks a string map (metadata): every value a string, so that no `null` becomes the text "null". */
export function stringMap(map: Record<string, string>, name: string): Record<string, string> {
  for (const [key, value] of Object.entries(requireObject(map, name))) {
    if (typeof value !== "string") {
      const shown = value === null ? "null" : typeof value;
      throw new ValidationError(`${name}[${JSON.stringify(key)}] must be a string, got ${shown}.`);
    }
  }
  return map;
}

/** Checks a page's options: an object, and a `limit` from 1 to 100. */
export function checkPage<T extends PageOptions>(options: T): T {
  checkPageStart(requireObject(options, "filter"), MAX_PAGE_SIZE);
  return options;
}

/** The `X-Next-Token` header: the next page's token, undefined on the last (empty counts as absent, as in the official SDK). */
export const nextTokenOf = (headers: { get(name: string): string | null }) => headers.get("x-next-token") || undefined;

/** The page's items and the token of the next page. */
export function pageOf<T>(answer: { body: T[]; headers: { get(name: string): string | null } }): Page<T> {
  return { items: answer.body, nextToken: nextTokenOf(answer.headers) };
}

/**
 * Resolves true once `call` succeeds; an ApiError whose status is in `answers` resolves to that
 * answer instead (the official SDK's `false` for "was not there" on 404, "already paused" on
 * 409), and any other error is thrown.
 */
export async function succeeded(call: Promise<void>, answers: Record<number, boolean>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    const answer = error instanceof ApiError ? answers[error.status] : undefined;
    if (answer === undefined) throw error;
    return answer;
  }
}

/** `health()` of both clients of the API: resolves while the service is up. */
export const healthOf =
  (client: SandboxFetchClient) =>
  async (options?: RequestOptions): Promise<void> => {
    await complete(client.GET("/health", toInit(options)));
  };
