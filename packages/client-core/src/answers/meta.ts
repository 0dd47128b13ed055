import type { Middleware } from "openapi-fetch";
import type { RequestInfo } from "./errors.js";
import { LightResponse } from "../transport/light-response.js";

/** What the transport learned about a response it returned. */
export interface ResponseMeta extends RequestInfo {
  redact: (text: string) => string;
}

// A symbol-keyed property: cheaper than a WeakMap, and invisible to JSON and enumeration.
// A LightResponse has a declared `meta` field instead, which keeps its shape stable.
const META = Symbol("spec-clients.meta");
type Carrier = { [META]?: ResponseMeta };

/** Request facts recorded by the transport for `response`, if it produced it. */
export function responseMeta(response: Response): ResponseMeta | undefined {
  const carrier: unknown = response;
  return carrier instanceof LightResponse ? carrier.meta : (carrier as Carrier)[META];
}

/** Records the facts of a request (for a response that middleware substitutes) and of its response. */
export function recordMeta(target: object, meta: ResponseMeta): void {
  if (target instanceof LightResponse) target.meta = meta;
  else (target as Carrier)[META] = meta;
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
