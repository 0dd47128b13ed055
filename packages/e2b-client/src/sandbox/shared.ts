import { ApiError, ValidationError, checkPageStart, requireObject } from "@spec-clients/core";
import type { Page, PageOptions } from "./types.js";

/** The spec's `maximum` of `limit` on listings. */
export const MAX_PAGE_SIZE = 100;

/** Throws a ValidationError unless `value` is a whole number of seconds the wire takes (int32, at least 0). */
export function seconds(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
    throw new ValidationError(`${name} must be a whole number of seconds from 0 to 2147483647, got ${String(value)}.`);
  }
  return value;
}

/** Checks a page's options: an object, and a `limit` from 1 to 100. */
export function checkPage<T extends PageOptions>(options: T): T {
  checkPageStart(requireObject(options, "filter"), MAX_PAGE_SIZE);
  return options;
}

/** The page's items and the `X-Next-Token` header (empty counts as absent, as in the official SDK). */
export function pageOf<T>(answer: { body: T[]; headers: { get(name: string): string | null } }): Page<T> {
  return { items: answer.body, nextToken: answer.headers.get("x-next-token") || undefined };
}

/**
 * Resolves true once `call` succeeds, false when it fails with an ApiError of `status` (the
 * official SDK's "was not there" for 404, "already paused" for 409); any other error is thrown.
 */
export async function unlessStatus(status: number, call: Promise<void>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === status) return false;
    throw error;
  }
}
