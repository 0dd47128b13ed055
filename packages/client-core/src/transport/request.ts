import type { CallSettings } from "./transport.js";
import { isStream, type SendBody } from "./wire.js";

/**
 * What openapi-fetch builds for a call made by a resource method when no middleware can see it:
 * the URL, method, headers, body and signal, without a WHATWG Request (fetch builds its own).
 */
export class LightRequest {
  declare readonly url: string;
  declare readonly method: string;
  declare readonly headers: Headers;
  declare readonly body: SendBody | undefined;
  declare readonly signal: AbortSignal | undefined;
  declare readonly callSettings: CallSettings;
  constructor(url: string, init: RequestInit & { callSettings: CallSettings }) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers as Headers;
    this.body = init.body as SendBody | undefined;
    this.signal = init.signal ?? undefined;
    this.callSettings = init.callSettings;
  }
}

/**
 * The `Request` class handed to openapi-fetch: a LightRequest for resource calls (marked `light`
 * by `toInit`) while the client has no middleware, a real Request otherwise.
 */
export function requestClass(hasMiddleware: () => boolean): typeof Request {
  function ClientRequest(url: string, init: RequestInit & { callSettings?: CallSettings }) {
    const { callSettings } = init;
    return callSettings?.light && !hasMiddleware()
      ? new LightRequest(url, init as RequestInit & { callSettings: CallSettings })
      : new Request(url, isStream(init.body) ? ({ ...init, duplex: "half" } as RequestInit) : init);
  }
  // openapi-fetch checks what middleware return with `instanceof` this class: real Requests must pass.
  ClientRequest.prototype = Request.prototype;
  return ClientRequest as unknown as typeof Request;
}
