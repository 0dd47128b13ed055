import type { ResponseMeta } from "../answers/meta.js";

/**
 * What a resource method reads of a response: status, headers and the text the transport already
 * received. Used where no middleware and no caller sees the response (a LightRequest), on both
 * transports; everyone else gets a real Response.
 */
export class LightResponse {
  readonly type = "basic";
  readonly redirected = false;
  readonly bodyUsed = false;
  readonly statusText = "";
  /** Set by the transport (see meta.ts); declared so that setting it keeps the object's shape. */
  meta: ResponseMeta | undefined = undefined;
  declare readonly status: number;
  declare readonly headers: { get(name: string): string | null };
  declare readonly url: string;
  declare private readonly content: string;
  constructor(status: number, headers: { get(name: string): string | null }, url: string, content: string) {
    this.status = status;
    this.headers = headers;
    this.url = url;
    this.content = content;
  }
  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  text() {
    return Promise.resolve(this.content);
  }
  json() {
    return this.text().then(JSON.parse);
  }
}
