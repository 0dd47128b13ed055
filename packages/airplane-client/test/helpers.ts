import type { Middleware } from "openapi-fetch";
import { inject } from "vitest";
import { createAirplaneClient, type AirplaneClientOptions } from "../src/index.js";

/** Fails any call whose request or response Prism flagged as drifting from the spec. */
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

/** A client of the Prism mock, with retries off so that error statuses come back at once. */
export function mockClient(options: AirplaneClientOptions = {}) {
  return createAirplaneClient({
    apiKey: "test-key",
    baseUrl: inject("mockUrls")["airplane"],
    retry: false,
    ...options,
    middleware: [noViolations, ...(options.middleware ?? [])],
  });
}
