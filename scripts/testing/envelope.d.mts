/** A Connect envelope of `message` (its JSON, or the string itself) with `flags`. */
export function envelope(message: unknown, flags?: number): Buffer;
