// On Node, the default transport sends over undici pools (see node.ts), several times faster than
// `fetch` under load, unless the user set up Node's `fetch`: a proxy from the environment or a
// global dispatcher of their own keep meaning what they mean, and the default then is `fetch`.
import { AbortHandle } from "./abort-handle.js";
import { standardTransport } from "./default-transport.js";
import { readEnv } from "../config/options.js";
import type { Transport } from "./wire.js";

// Node 20-24 keep the global dispatcher under the first; Node 26 under the second, and the first
// holds a wrapper of it for undici 7 and older (a user's undici writes either).
const GLOBAL_DISPATCHERS = [Symbol.for("undici.globalDispatcher.1"), Symbol.for("undici.globalDispatcher.2")];
const PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "NODE_USE_ENV_PROXY"];

/** Whether this is Node itself (Bun and Deno answer to `process.versions.node` too, and keep `fetch`). */
const isNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string" &&
  !("Bun" in globalThis) &&
  !("Deno" in globalThis);

/** Whether the environment asks Node's `fetch` for a proxy, or asks us for `fetch` (SPEC_CLIENTS_TRANSPORT=fetch). */
function fetchWanted(): boolean {
  const choice = readEnv("SPEC_CLIENTS_TRANSPORT")?.toLowerCase();
  if (choice === "fetch") return true;
  if (choice === "node") return false;
  const nodeOptions = `${readEnv("NODE_OPTIONS") ?? ""} ${process.execArgv.join(" ")}`;
  return PROXY_VARS.some((name) => readEnv(name) !== undefined) || nodeOptions.includes("--use-env-proxy");
}

/**
 * Whether the global dispatcher is one the user set (a ProxyAgent, a MockAgent, an Agent with
 * options): anything but none, or the plain `new Agent()` that Node's `fetch`, or undici when it
 * loads, installs for itself (its options unset, but `maxOrigins: Infinity`). Anything it cannot
 * read counts as the user's: `fetch` is then the safe choice.
 */
function isUsersDispatcher(dispatcher: unknown): boolean {
  if (dispatcher === undefined) return false;
  if (typeof dispatcher !== "object" || dispatcher === null) return true;
  const kind = dispatcher.constructor?.name;
  // Node 26's wrapper of the dispatcher kept under the second symbol, which is checked itself.
  if (kind === "Dispatcher1Wrapper") return false;
  if (kind !== "Agent") return true;
  const options = Object.getOwnPropertySymbols(dispatcher).find((s) => s.description === "options");
  const values = options && (dispatcher as Record<symbol, unknown>)[options];
  if (typeof values !== "object" || values === null) return true;
  return Object.values(values).some((value) => value !== undefined && value !== Infinity);
}

/** A handle that marks an attempt sent over the pools. */
class PoolHandle extends AbortHandle {}

let shared: Transport | undefined;

/**
 * Node's default: each request goes over the pools unless the global dispatcher is the user's at
 * that moment (checked per request, at the cost of one property read), when it goes to `fetch`.
 */
function autoTransport(): Transport {
  const standard = standardTransport(undefined);
  let fast: Transport | undefined;
  const load = () => import("./undici.js").then(({ nodeTransport }) => (fast ??= nodeTransport()));
  const globals = globalThis as Record<symbol, unknown>;
  let seen: unknown[] = [];
  let theirs = false;
  const usersDispatcher = () => {
    const [first, second] = [globals[GLOBAL_DISPATCHERS[0]!], globals[GLOBAL_DISPATCHERS[1]!]];
    if (first !== seen[0] || second !== seen[1]) {
      seen = [first, second];
      theirs = isUsersDispatcher(first) || isUsersDispatcher(second);
    }
    return theirs;
  };
  return {
    abortable: () => (usersDispatcher() ? (standard.abortable?.() ?? new AbortController()) : new PoolHandle()),
    send: (url, init) => {
      if (!(init.signal instanceof PoolHandle)) return standard.send(url, init);
      return fast ? fast.send(url, init) : load().then((pools) => pools.send(url, init));
    },
    finish: (wire, text, url, light) => (wire instanceof Response ? standard : fast!).finish(wire, text, url, light),
  };
}

/** The default transport on Node: the pools (shared by every client), or `fetch` where the user set it up. */
export function defaultTransport(fetch: typeof globalThis.fetch | undefined): Transport {
  if (fetch || !isNode() || fetchWanted()) return standardTransport(fetch);
  return (shared ??= autoTransport());
}
