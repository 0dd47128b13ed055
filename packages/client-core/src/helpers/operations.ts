/**
 * Compiles a "METHOD /path/{param}" map into a lookup from a request's method and path to its entry,
 * where `{name}` stands for one non-empty segment. Routes are bucketed by method and segment count,
 * so a lookup compares a handful of templates, not all of them.
 */
export function operationMatcher<V>(map: Record<string, V>): (method: string, path: string) => V | undefined {
  const buckets = new Map<string, { segments: (string | null)[]; value: V }[]>();
  for (const [key, value] of Object.entries(map)) {
    const [method, template] = key.split(" ") as [string, string];
    const segments = template.split("/").map((seg) => (/^\{.+\}$/.test(seg) ? null : seg));
    const bucket = `${method} ${segments.length}`;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), { segments, value }]);
  }
  return (method, path) => {
    const got = path.split("/");
    const route = buckets
      .get(`${method} ${got.length}`)
      ?.find((r) => r.segments.every((seg, i) => (seg === null ? got[i] !== "" : seg === got[i])));
    return route?.value;
  };
}
