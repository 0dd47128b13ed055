import { inject } from "vitest";
import { mockUrl } from "../../../scripts/testing/mock-setup.js";
import { pathOptions } from "../../../scripts/testing/path.js";
import { noViolations } from "../../../scripts/testing/prism-middleware.js";
import { createAirplaneClient, type AirplaneClientOptions } from "../src/index.js";

export { prefer } from "../../../scripts/testing/prism-middleware.js";

/** A client of the Prism mock, with retries off so that error statuses come back at once. */
export function mockClient(options: AirplaneClientOptions = {}) {
  return createAirplaneClient({
    apiKey: "test-key",
    baseUrl: mockUrl(inject, "airplane"),
    retry: false,
    ...pathOptions(),
    ...options,
    middleware: [noViolations, ...(options.middleware ?? [])],
  });
}
