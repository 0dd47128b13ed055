/**
 * Compiles a "METHOD /path/{param}" map into a lookup from a request's method and path to its entry,
 * where `{name}` stands for one non-empty segment.
 */
export function operationMatcher<V>(map: Record<string, V>): (method: string, path: string) => V | undefined {
  const routes = Object.entries(map).map(([key, value]) => {
    const [method, template] = key.split(" ") as [string, string];
    return { method, segments: template.split("/").map((seg) => (/^\{.+\}$/.test(seg) ? null : seg)), value };
  });
  return (method, path) => {
    const got = path.split("/");
    const route = routes.find(
      (r) =>
        r.method === method &&
        r.segments.length === got.length &&
        r.segments.every((seg, i) => (seg === null ? got[i] !== "" : seg === got[i])),
    );
    return route?.value;
  };
}
