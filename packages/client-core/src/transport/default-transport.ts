// The transport a client sends with when given neither `fetch` nor `transport`: the runtime's
// `fetch` everywhere but on Node, where package.json's `imports` picks default-transport.node.ts.
import { ConfigurationError } from "../answers/errors.js";
import { fetchTransport, type Transport } from "./wire.js";

/** The standard transport over `fetch` (the given one, else the global one). */
export function standardTransport(fetch: typeof globalThis.fetch | undefined): Transport {
  const found = fetch ?? globalThis.fetch;
  if (typeof found !== "function") {
    throw new ConfigurationError("No fetch implementation: pass the `fetch` option (Node 18+ and browsers have one).");
  }
  return fetchTransport(found);
}

/** The default transport: `fetch`. */
export const defaultTransport = standardTransport;
