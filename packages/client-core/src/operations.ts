/** Whether a path matches an OpenAPI path template, where `{name}` stands for one non-empty segment. */
function matchesTemplate(template: string, path: string): boolean {
  const want = template.split("/");
  const got = path.split("/");
  return (
    want.length === got.length && want.every((seg, i) => seg === got[i] || (/^\{.+\}$/.test(seg) && got[i] !== ""))
  );
}

/** Finds the entry of a "METHOD /path/{param}" map that matches a request, if any. */
export function matchOperation<V>(map: Record<string, V>, method: string, path: string): V | undefined {
  for (const [key, value] of Object.entries(map)) {
    const [m, template] = key.split(" ") as [string, string];
    if (m === method && matchesTemplate(template, path)) return value;
  }
  return undefined;
}
