import type { Middleware } from "openapi-fetch";
import type { RequestInfo } from "./errors.js";

/** What the transport learned about a response it returned. */
export interface ResponseMeta extends RequestInfo {
  redact: (text: string) => string;
}

// A symbol-keyed property: cheaper than a WeakMap, and invisible to JSON and enumeration.
const META = Symbol("spec-clients.meta");
type Carrier = { [META]?: ResponseMeta };

/** Request facts recorded by the transport for `response`, if it produced it. */
export function responseMeta(response: Response): ResponseMeta | undefined {
  return (response as Carrier)[META];
}

/** Records the facts of a request (for a response that middleware substitutes) and of its response. */
export function recordMeta(target: object, meta: ResponseMeta): void {
  (target as Carrier)[META] = meta;
}

/**
 * Middleware that gives a response replaced by later middleware the facts of its request: the
 * transport's when it sent it, else the request's own. Register it first: responses pass it last.
 */
export function metaLinker(redact: (text: string) => string): Middleware {
  return {
    onResponse({ request, response }) {
      if (responseMeta(response)) return;
      const known = (request as Carrier)[META];
      const meta = known ?? { method: request.method, path: new URL(request.url).pathname, attempts: 0 };
      recordMeta(response, { ...meta, redact });
    },
  };
}
