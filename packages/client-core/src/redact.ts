/** Query parameters whose values are always masked when a URL is shown. */
const SECRET_PARAMS = ["api_key", "apikey", "token", "access_token"];

/** Replaces every occurrence of each secret in `text` with `***`. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join("***");
  return out.replace(new RegExp(`([?&](?:${SECRET_PARAMS.join("|")})=)[^&#\\s"']*`, "gi"), "$1***");
}

/** Returns a function that redacts the given secrets (and secret-bearing query parameters). */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const list = secrets.filter((s): s is string => typeof s === "string" && s.length > 0);
  return (text) => redactText(text, list);
}
