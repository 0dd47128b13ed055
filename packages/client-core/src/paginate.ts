/** Yields every item of a page/limit listing, fetching pages until one is short or empty. */
export async function* paginate<T>(
  fetchPage: (page: number, limit: number) => Promise<readonly T[]>,
  start: { page?: number | undefined; limit?: number | undefined } = {},
): AsyncGenerator<T, void, undefined> {
  const limit = start.limit ?? 50;
  for (let page = start.page ?? 0; ; page++) {
    const items = await fetchPage(page, limit);
    yield* items;
    if (items.length === 0 || items.length < limit) return;
  }
}
