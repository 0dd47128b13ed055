import { ValidationError } from "@spec-clients/core";
import { toBase64 } from "./base64.js";

/**
 * The URL of `GET`/`POST /files` for `path`, signed as envd checks it when the sandbox has a
 * token: `v1_` and the base64 SHA-256 of "path:operation:user:token[:expiration]", unpadded.
 */
export async function signedUrl(
  settings: { baseUrl: string; token: string | undefined },
  operation: "read" | "write",
  path: string,
  user: string | undefined,
  expiresInSeconds: number | undefined,
): Promise<string> {
  const url = new URL("/files", settings.baseUrl);
  url.searchParams.set("path", path);
  if (user !== undefined) url.searchParams.set("username", user);
  const { token } = settings;
  if (!token) {
    if (expiresInSeconds !== undefined)
      throw new ValidationError("expiresInSeconds needs a sandbox with an access token.");
    return url.href;
  }
  let expiration: number | undefined;
  if (expiresInSeconds !== undefined) {
    if (!Number.isInteger(expiresInSeconds) || expiresInSeconds <= 0) {
      throw new ValidationError(
        `expiresInSeconds must be a whole number of seconds above 0: got ${String(expiresInSeconds)}.`,
      );
    }
    expiration = Math.floor(Date.now() / 1000) + expiresInSeconds;
  }
  const raw = `${path}:${operation}:${user ?? ""}:${token}${expiration === undefined ? "" : `:${expiration}`}`;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(raw)));
  url.searchParams.set("signature", `v1_${toBase64(digest).replace(/=+$/, "")}`);
  if (expiration !== undefined) url.searchParams.set("signature_expiration", String(expiration));
  return url.href;
}
