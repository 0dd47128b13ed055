import { AbortHandle, takesAbortHandle } from "./abort-handle.js";
import { serveBuffered } from "./buffered.js";
import { LightResponse } from "./light-response.js";

/** What the runtime needs of an HTTP response before its body is read: a real Response has it. */
export interface WireResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** `opaqueredirect` where a browser hides a redirect. */
  readonly type?: string;
  readonly body?: { cancel(): Promise<void> } | null;
  text(): Promise<string>;
}

/** One request as the runtime sends it: redirects are never followed by the transport. */
export interface SendInit {
  method: string;
  headers: Headers;
  body: ArrayBuffer | string | undefined;
  signal: AbortSignal;
  /** Set on the hops after a redirect: the server is known to redirect this call. */
  followUp?: boolean | undefined;
}

/**
 * How requests go over the wire. The default sends with `fetch`; `nodeTransport()` from
 * `@spec-clients/core/node` (re-exported by each client as `/node`) sends with an undici pool.
 */
export interface Transport {
  /** Sends one request; rejects on a network failure or when `init.signal` aborts. */
  send(url: URL, init: SendInit): Promise<WireResponse>;
  /**
   * The Response openapi-fetch gets for `wire`, whose body was read as `text`; `url` is the URL it
   * shows. `light` when no one but the resource method sees it (no middleware, not a raw call).
   */
  finish(wire: WireResponse, text: string, url: string, light: boolean): Response;
  /** A cheaper abort handle than an AbortController, where the transport accepts one (default: AbortController). */
  abortable?: () => { readonly signal: AbortSignal; abort(): void };
}

/**
 * The standard transport: `fetch` with manual redirects, answering with the real Response, or with
 * a LightResponse where only a resource method reads it. On Node's own `fetch` (see
 * `takesAbortHandle`) each attempt aborts through an AbortHandle and GETs skip redirect bookkeeping.
 */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  const nodeFetch = takesAbortHandle(fetch);
  const send = (url: URL, { method, headers, body, signal }: SendInit, redirect: RequestRedirect) =>
    fetch(url, {
      method,
      headers,
      body: body ?? null,
      signal,
      redirect,
      ...(redirect === "error" && { window: null }),
    });
  return {
    ...(nodeFetch && { abortable: () => new AbortHandle() }),
    send: nodeFetch
      ? (url, init) => sendExpectingNoRedirect(send, url, init)
      : (url, init) => send(url, init, "manual"),
    finish: (wire, text, url, light) =>
      light
        ? (new LightResponse(wire.status, wire.headers, url, text) as unknown as Response)
        : serveBuffered(wire as Response, text, url),
  };
}

/**
 * On Node's fetch, a GET or HEAD goes out with `redirect: "error"` and no window, so that undici
 * does not copy the request for a redirect it might follow (a few percent of a call's CPU). Only
 * when the server does redirect is it sent again with "manual", to read the target that the
 * redirect rules then check (later hops go out with "manual" at once). Nothing is ever sent
 * elsewhere on the runtime's own initiative.
 */
async function sendExpectingNoRedirect(
  send: (url: URL, init: SendInit, redirect: RequestRedirect) => Promise<Response>,
  url: URL,
  init: SendInit,
): Promise<Response> {
  if (init.followUp || (init.method !== "GET" && init.method !== "HEAD")) return send(url, init, "manual");
  try {
    return await send(url, init, "error");
  } catch (error) {
    const cause = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
    if (init.signal.aborted || !/redirect/i.test(String(cause))) throw error;
    return send(url, init, "manual");
  }
}
