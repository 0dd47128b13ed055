import { RedirectError } from "./errors.js";
import type { Call } from "./transport.js";
import type { WireResponse } from "./wire.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_HOPS = 5;

/**
 * Sends the call's request, following only redirects that keep it whole and at the configured
 * origin: same-origin 307/308 with the same method, body and headers, and 301/302/303 for GET or
 * HEAD. Anything else is a RedirectError; nothing goes to the target.
 */
export async function sendFollowingRedirects(call: Call, signal: AbortSignal): Promise<WireResponse> {
  let url = call.url;
  let seen: Set<string> | undefined;
  for (;;) {
    const response = await call.transport.send(url, {
      method: call.method,
      headers: call.headers,
      body: call.body,
      signal,
    });
    // A browser hides a redirect from manual mode: status 0, no Location.
    if (response.type === "opaqueredirect") throw refuse(call, 0, undefined, "the runtime hides its target");
    const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
    if (location === null) return response;
    response.body?.cancel().catch(() => undefined);
    seen ??= new Set([call.url.href]);
    url = nextHop(call, response.status, location, url, seen);
  }
}

function nextHop(call: Call, status: number, location: string, from: URL, seen: Set<string>): URL {
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
  if (seen.has(target.href)) throw refuse(call, status, target.origin, "it loops");
  if (seen.size > MAX_HOPS) throw refuse(call, status, target.origin, `it is hop ${MAX_HOPS + 1}, over the limit`);
  seen.add(target.href);
  call.authorize(target);
  return target;
}

function refuse(call: Call, status: number, targetOrigin: string | undefined, why: string) {
  const origin = targetOrigin === undefined ? undefined : call.redact(targetOrigin);
  const where = origin === undefined ? "" : ` to ${origin}`;
  const message = `${call.info.method} ${call.info.path} got a ${status} redirect${where}, not followed: ${why}.`;
  return new RedirectError(call.redact(message), { ...call.info, status, targetOrigin: origin });
}
