import { invalidGetAnswer, ValidationError } from "../answers/errors.js";
import { answerText } from "../answers/json.js";

/** Where a listing starts and how many items a page holds (at most `maxLimit`, the spec's maximum). */
export interface PageStart {
  page?: number | undefined;
  limit?: number | undefined;
}

const isCount = (value: unknown, min: number, max: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

/** Throws a ValidationError unless `start` holds a page ≥ 0 and a limit from 1 to `maxLimit` (when given). */
export function checkPageStart(start: PageStart, maxLimit: number): void {
  if (start.limit !== undefined && !isCount(start.limit, 1, maxLimit)) {
    throw new ValidationError(`limit must be an integer from 1 to ${maxLimit}, got ${String(start.limit)}.`);
  }
  if (start.page !== undefined && !isCount(start.page, 0, Number.MAX_SAFE_INTEGER)) {
    throw new ValidationError(`page must be an integer of at least 0, got ${String(start.page)}.`);
  }
}

/**
 * Yields every item of a page/limit listing, fetching pages until one is short or empty. A server
 * that answers the same full page twice (it ignores `page`) ends the walk with InvalidResponseError.
 */
export async function* paginate<T>(
  fetchPage: (page: number, limit: number) => Promise<readonly T[]>,
  start: PageStart,
  listing: { path: string; maxLimit: number },
): AsyncGenerator<T, void, undefined> {
  checkPageStart(start, listing.maxLimit);
  const limit = start.limit ?? listing.maxLimit;
  let previous: string | undefined;
  for (let page = start.page ?? 0; ; page++) {
    const items = await fetchPage(page, limit);
    if (items.length === 0) return;
    const seen = answerText(items, listing.path);
    if (seen === previous) {
      const message = `GET ${listing.path} answered page ${page} with the items of page ${page - 1}: it ignores \`page\`.`;
      throw invalidGetAnswer(listing.path, message);
    }
    previous = seen;
    yield* items;
    if (items.length < limit) return;
  }
}

/** One page of a cursor listing: its items and the token of the next page (undefined on the last). */
export interface TokenPage<T> {
  items: readonly T[];
  nextToken?: string | undefined;
}

/** Pages in a row without an item that a cursor listing may answer before the walk gives up. */
export const MAX_EMPTY_PAGES = 10;
/** How many of the latest next-page tokens a walk remembers to tell a loop. */
const TOKENS_REMEMBERED = 1000;

/**
 * Yields every item of a cursor listing, starting at `nextToken` (the first page when undefined)
 * and following each page's token until a page has none. A server that hands back one of the
 * last thousand tokens it gave, or answers MAX_EMPTY_PAGES empty pages in a row that each point
 * to another, ends the walk with InvalidResponseError instead of looping; memory stays bounded.
 */
export async function* paginateByToken<T>(
  fetchPage: (nextToken: string | undefined) => Promise<TokenPage<T>>,
  nextToken: string | undefined,
  listing: { path: string },
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let token = nextToken;
  for (let empty = 0; ;) {
    const page = await fetchPage(token);
    yield* page.items;
    if (page.nextToken === undefined) return;
    if (seen.has(page.nextToken) || page.nextToken === token) {
      const message = `GET ${listing.path} handed back a next-page token it had already given: the listing would not end.`;
      throw invalidGetAnswer(listing.path, message);
    }
    empty = page.items.length === 0 ? empty + 1 : 0;
    if (empty === MAX_EMPTY_PAGES) {
      const message = `GET ${listing.path} answered ${empty} empty pages in a row, each with a new next-page token: the listing would not end.`;
      throw invalidGetAnswer(listing.path, message);
    }
    // A Set iterates in insertion order: the first is the oldest.
    if (seen.size === TOKENS_REMEMBERED) seen.delete(seen.values().next().value!);
    seen.add(page.nextToken);
    token = page.nextToken;
  }
}
