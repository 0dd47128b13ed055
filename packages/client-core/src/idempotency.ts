import type { Middleware } from "openapi-fetch";

/** Adds a fresh `Idempotency-Key` to every POST that has none; the transport keeps it across retries. */
export const idempotencyMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method === "POST" && !request.headers.has("idempotency-key")) {
      request.headers.set("Idempotency-Key", crypto.randomUUID());
    }
  },
};
