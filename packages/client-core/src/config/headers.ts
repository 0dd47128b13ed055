import { ConfigurationError, ValidationError } from "../answers/errors.js";

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Header values are Latin-1 bytes without CR, LF or NUL: anything else is refused by fetch or splits the header.
const BAD_VALUE = /[\0\r\n]|[^\0-\xff]/;

/** What is wrong with one header, never quoting its value (it may be a credential). */
function headerProblem(name: string, value: unknown): string | undefined {
  if (!TOKEN.test(name)) return `Header name ${JSON.stringify(name)} is not a valid HTTP token.`;
  if (typeof value !== "string") return `Header ${name} must be a string, got ${typeof value}.`;
  if (BAD_VALUE.test(value)) {
    return `Header ${name} contains a CR, LF, NUL or non-Latin-1 character (value not shown).`;
  }
  return undefined;
}

/** Throws a ConfigurationError (client options) or ValidationError (per call) for the first bad header. */
export function checkHeaders(headers: Record<string, unknown>, perCall: boolean): void {
  for (const name in headers) {
    const problem = headerProblem(name, headers[name]);
    if (problem) throw perCall ? new ValidationError(problem) : new ConfigurationError(problem);
  }
}

/** Throws a ConfigurationError naming `what` when a credential cannot travel in a header or URL unchanged. */
export function checkCredential(value: string | undefined, what: string): void {
  if (value !== undefined && BAD_VALUE.test(value)) {
    throw new ConfigurationError(`${what} contains a CR, LF, NUL or non-Latin-1 character (value not shown).`);
  }
}
