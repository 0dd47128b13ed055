import type { Middleware } from "openapi-fetch";
import type { RequestInfo } from "./errors.js";

/** What the transport learned about a response it returned. */
export interface ResponseMeta extends RequestInfo {
  redact: (text: string) => string;
}

const metas = new WeakMap<Request | Response, ResponseMeta>();

/** Request facts recorded by the transport for `response`, if it produced it. */
export function responseMeta(response: Response): ResponseMeta | undefined {
  return metas.get(response);
}

/** Records the facts of a request (for a response that middleware substitutes) and of its response. */
export function recordMeta(target: Request | Response, meta: ResponseMeta): void {
  metas.set(target, meta);
}

/**
 * Middleware that gives a response replaced by later middleware the facts of its request: the
 * transport's when it sent it, else the request's own. Register it first: responses pass it last.
 */
export function metaLinker(redact: (text: string) => string): Middleware {
  return {
    onResponse({ request, response }) {
      if (metas.has(response)) return;
      const meta = metas.get(request) ?? { method: request.method, path: new URL(request.url).pathname, attempts: 0 };
      metas.set(response, { ...meta, redact });
    },
  };
}
