import { RedirectError } from "../answers/errors.js";
import type { Call } from "./transport.js";
import type { WireResponse } from "./wire.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_HOPS = 5;

/**
 * Where to send the call next after `response` to a request sent to `from`: undefined when the
 * response is final. Only redirects that keep the request whole and at the configured origin are
 * followed: same-origin 307/308 with the same method, body and headers, and 301/302/303 for GET or
 * HEAD. Anything else is a RedirectError; nothing goes to the target. `sent` holds the URLs this
 * attempt sent to, to refuse loops and long chains.
 */
export function redirectTarget(call: Call, response: WireResponse, from: URL, sent: string[]): URL | undefined {
  // A browser hides a redirect from manual mode: status 0, no Location.
  if (response.type === "opaqueredirect") throw refuse(call, 0, undefined, "the runtime hides its target");
  const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
  if (location === null) return undefined;
  response.body?.cancel().catch(() => undefined);
  const { status } = response;
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw refuse(call, status, undefined, "its Location is not a URL");
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw refuse(call, status, undefined, `its target is not http(s) but ${target.protocol}`);
  }
  if (target.origin !== call.origin) {
    throw refuse(call, status, target.origin, `it leaves ${call.origin}, the only origin credentials go to`);
  }
  if (status < 307 && call.method !== "GET" && call.method !== "HEAD") {
    throw refuse(call, status, target.origin, `following it would resend the ${call.method} as a GET`);
  }
  if (call.oneShot) throw refuse(call, status, target.origin, "its body was a stream, which can be sent only once");
  // Compared with credentials added, as `from` carries them.
  call.authorize(target);
  sent.push(from.href);
  if (sent.includes(target.href)) throw refuse(call, status, target.origin, "it loops");
  if (sent.length > MAX_HOPS) throw refuse(call, status, target.origin, `it is hop ${MAX_HOPS + 1}, over the limit`);
  return target;
}

function refuse(call: Call, status: number, targetOrigin: string | undefined, why: string) {
  const origin = targetOrigin === undefined ? undefined : call.redact(targetOrigin);
  const where = origin === undefined ? "" : ` to ${origin}`;
  const message = `${call.info.method} ${call.info.path} got a ${status} redirect${where}, not followed: ${why}.`;
  return new RedirectError(call.redact(message), { ...call.info, status, targetOrigin: origin });
}
