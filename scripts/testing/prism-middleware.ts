// openapi-fetch middleware for contract tests against the Prism mocks.
import type { Middleware } from "openapi-fetch";

/** Fails any call whose request or response Prism flagged as drifting from the spec (`sl-violations`). */
export const noViolations: Middleware = {
  onResponse({ response, request }) {
    const violations = response.headers.get("sl-violations");
    if (violations && violations !== "[]") {
      throw new Error(
        `Prism saw ${request.method} ${new URL(request.url).pathname} drift from the spec: ${violations}`,
      );
    }
  },
};

/** Adds `Prefer` (a status or a named example) to requests of one path only. */
export const prefer = (path: string, value: string): Middleware => ({
  onRequest({ request, schemaPath }) {
    if (schemaPath === path) request.headers.set("Prefer", value);
  },
});
