// The Node fast path: requests over undici pools (keep-alive), answered with light responses
// where only a resource method will read them. Import from `@spec-clients/core/node`.
import { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { Pool } from "undici";
import { AbortHandle } from "./abort-handle.js";
import { NULL_BODY, type ChunkReader } from "./body.js";
import { serveBuffered } from "./buffered.js";
import { LightResponse } from "./light-response.js";
import type { SendBody, SendInit, Transport, WireResponse } from "./wire.js";

type RawHeaders = Record<string, string | string[] | undefined>;

/** A `Headers`-like view of undici's header object (lower-case names). */
class RawHeaderView {
  constructor(private readonly raw: RawHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  /** Real Headers, for a Response that someone else may read. */
  toHeaders(): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.raw)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
    }
    return headers;
  }
}

interface UndiciBody extends AsyncIterable<Uint8Array> {
  text(): Promise<string>;
  on(event: "error", listener: () => void): UndiciBody;
  destroy(): void;
}

/** The decoders of the encodings `fetch` decodes too: a server may compress an answer it was not asked to. */
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The body as it was meant to be read: decoded chunk by chunk (and so counted as it inflates) when encoded. */
function decoded(stream: UndiciBody, headers: RawHeaderView, empty: boolean): UndiciBody {
  // An empty body has nothing to decode (and a decoder would call it a truncated one).
  const decoder = empty ? undefined : DECODERS[headers.get("content-encoding")?.trim().toLowerCase() ?? ""]?.();
  if (!decoder) return stream;
  (stream as unknown as NodeJS.ReadableStream).pipe(decoder);
  const out = decoder as unknown as UndiciBody & NodeJS.ReadWriteStream;
  const destroyOut = out.destroy.bind(out);
  stream.on("error", () => destroyOut());
  const destroy = () => {
    stream.on("error", () => undefined).destroy();
    out.on("error", () => undefined);
    destroyOut();
  };
  const text = async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of out as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  };
  return Object.assign(out, { destroy, text });
}

/** An undici answer before its body is read. */
class UndiciWire implements WireResponse {
  readonly headers: RawHeaderView;
  readonly body: { cancel(): Promise<void>; getReader(): ChunkReader };
  private readonly stream: UndiciBody;
  constructor(
    readonly status: number,
    raw: RawHeaders,
    stream: UndiciBody,
    head: boolean,
  ) {
    this.headers = new RawHeaderView(raw);
    const empty = head || NULL_BODY.has(status) || this.headers.get("content-length") === "0";
    const body = (this.stream = decoded(stream, this.headers, empty));
    const cancel = async () => void body.on("error", () => undefined).destroy();
    this.body = {
      cancel,
      getReader: () => {
        const chunks = body[Symbol.asyncIterator]();
        return { read: () => chunks.next(), cancel };
      },
    };
  }
  text(): Promise<string> {
    return this.stream.text();
  }
}

const flatHeaders = (headers: Headers) => {
  const flat: string[] = [];
  headers.forEach((value, name) => flat.push(name, value));
  return flat;
};

/** The body as undici sends it: streams and Blobs piped, not read whole first. */
function undiciBody(body: SendBody | undefined): string | Uint8Array | Readable | null {
  if (body === undefined) return null;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  const stream = body instanceof Blob ? body.stream() : body;
  return Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>);
}

/** Options of `nodeTransport`. */
export interface NodeTransportOptions {
  /** Most sockets kept open per origin (default 64). */
  connections?: number | undefined;
}

/**
 * A transport over undici connection pools with keep-alive: on Node it sends with less work than
 * `fetch` (no WHATWG Request, no stream wrapping). Every guarantee of the runtime holds on it.
 * Pass it as the `transport` option of a client; `close()` ends its sockets.
 */
export function nodeTransport(options: NodeTransportOptions = {}): Transport & { close(): Promise<void> } {
  const pools = new Map<string, Pool>();
  const poolFor = (origin: string) => {
    let pool = pools.get(origin);
    if (!pool) pools.set(origin, (pool = new Pool(origin, { connections: options.connections ?? 64 })));
    return pool;
  };
  return {
    async send(url: URL, init: SendInit) {
      const { statusCode, headers, body } = await poolFor(url.origin).request({
        path: url.pathname + url.search,
        method: init.method as "GET",
        headers: flatHeaders(init.headers),
        body: undiciBody(init.body),
        signal: init.signal,
      });
      return new UndiciWire(statusCode, headers as RawHeaders, body, init.method === "HEAD");
    },
    finish(wire, text, url, light) {
      const view = wire.headers as RawHeaderView;
      if (light) return new LightResponse(wire.status, view, url, text) as unknown as Response;
      const init = { status: wire.status, headers: view.toHeaders() };
      return serveBuffered(new Response(NULL_BODY.has(wire.status) ? null : text, init), text, url);
    },
    abortable: () => new AbortHandle(),
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
    },
  };
}
