import { AbortHandle, takesAbortHandle } from "./abort-handle.js";
import type { ChunkReader } from "./body.js";
import { serveBuffered } from "./buffered.js";
import { LightResponse } from "./light-response.js";

/** What the runtime needs of an HTTP response before its body is read: a real Response has it. */
export interface WireResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** `opaqueredirect` where a browser hides a redirect. */
  readonly type?: string;
  /** The body as a stream: `getReader` lets the runtime count bytes as they arrive (see `maxResponseBytes`). */
  readonly body?: { cancel(): Promise<void>; getReader?(): ChunkReader } | null;
  text(): Promise<string>;
}

/** What a request may carry: JSON text, bytes, or a file's content as a Blob or a stream. */
export type SendBody = string | ArrayBuffer | Uint8Array | Blob | ReadableStream<Uint8Array>;

/** Whether a body is a stream, which can be read (and so sent) only once. */
export const isStream = (body: unknown) => typeof ReadableStream !== "undefined" && body instanceof ReadableStream;

/** One request as the runtime sends it: redirects are never followed by the transport. */
export interface SendInit {
  method: string;
  headers: Headers;
  body: SendBody | undefined;
  /** "half" when the body is a stream (fetch requires it). */
  duplex?: "half";
  signal: AbortSignal;
  /** Always "manual": the runtime follows redirects itself (with "error", Node's fetch keeps reading a streaming body after an abort). */
  redirect: "manual";
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
 * `takesAbortHandle`) each attempt aborts through an AbortHandle.
 */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  return {
    ...(takesAbortHandle(fetch) && { abortable: () => new AbortHandle() }),
    // The init is already a RequestInit: passing it on spares a copy per request.
    send: (url, init) => fetch(url, init as RequestInit),
    finish: (wire, text, url, light) =>
      light
        ? (new LightResponse(wire.status, wire.headers, url, text) as unknown as Response)
        : serveBuffered(wire as Response, text, url),
  };
}
