// What a thrown error shows the world, for the tests that check no secret leaks.

/** Every string an error exposes: message, toString, JSON, stack, fields, and the same for each cause. */
export function exposed(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as Error | undefined; e; e = e.cause as Error | undefined) {
    parts.push(
      String(e),
      e.message,
      e.stack ?? "",
      JSON.stringify(e) ?? "",
      ...Object.values(e).map((v) => JSON.stringify(v) ?? ""),
    );
  }
  return parts.join("\n");
}
