// The transport path a test run exercises: the standard `fetch` path, or the Node fast path when
// SPEC_CLIENTS_PATH=node (each package's vitest config runs its wire tests on both).
import { nodeTransport } from "../../packages/client-core/dist/node.js";
import { fetchTransport, type Transport } from "../../packages/client-core/dist/index.js";

export const testPath = process.env["SPEC_CLIENTS_PATH"] === "node" ? "node" : "fetch";
const node = testPath === "node" ? nodeTransport() : undefined;

/** Client options selecting the path under test (none on the standard path: the default is tested). */
export const pathOptions = (): { transport?: Transport } => (node ? { transport: node } : {});

/** The path's transport, recording the URL (credentials included) and the method of every request it sends. */
export function recordingTransport(sent: string[], methods: string[] = []): Transport {
  const inner = node ?? fetchTransport(globalThis.fetch);
  return {
    send: (url, init) => (sent.push(String(url)), methods.push(init.method), inner.send(url, init)),
    finish: (wire, text, url, light) => inner.finish(wire, text, url, light),
  };
}
