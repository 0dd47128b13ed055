import { ValidationError } from "@spec-clients/core";

/** Bytes (a string as UTF-8) as base64, as proto3's JSON mapping carries `bytes`. */
export function toBase64(data: string | Uint8Array): string {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  if (!(bytes instanceof Uint8Array)) throw new ValidationError("Input must be a string or a Uint8Array.");
  let text = "";
  // In slices: spreading a large array into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The bytes of base64 text. */
export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
