const TEXT = Symbol("text");
const URL_SHOWN = Symbol("url");

/**
 * A Response whose body the transport already read (under the call's deadline): every body method
 * answers from that text, so openapi-fetch and middleware read it as usual and `clone()` works.
 * Swapping the prototype of the real Response costs far less than building a second one.
 */
class BufferedResponse extends Response {
  declare [TEXT]: string;
  declare [URL_SHOWN]: string;
  // The real URL may carry credentials (e2b's api_key): show the request's URL instead.
  override get url() {
    return this[URL_SHOWN];
  }
  override get body() {
    return this[TEXT] === "" ? null : new Response(this[TEXT]).body;
  }
  override get bodyUsed() {
    return false;
  }
  override text() {
    return Promise.resolve(this[TEXT]);
  }
  override json() {
    return this.text().then(JSON.parse);
  }
  override arrayBuffer() {
    return Promise.resolve(new TextEncoder().encode(this[TEXT]).buffer as ArrayBuffer);
  }
  override blob() {
    return Promise.resolve(new Blob([this[TEXT]]));
  }
  override clone(): Response {
    const { status, statusText, headers } = this;
    const copy = new Response(this[TEXT] === "" ? null : this[TEXT], { status, statusText, headers });
    return serveBuffered(copy, this[TEXT], this[URL_SHOWN]);
  }
}

/** Makes `response`, whose body was read as `text`, serve that text; `url` is the URL it shows. */
export function serveBuffered(response: Response, text: string, url: string): Response {
  const buffered = Object.setPrototypeOf(response, BufferedResponse.prototype) as BufferedResponse;
  buffered[TEXT] = text;
  buffered[URL_SHOWN] = url;
  // A fetch may give its responses an own `url` that would hide the getter.
  if (Object.hasOwn(response, "url")) Object.defineProperty(response, "url", { value: url });
  return buffered;
}
