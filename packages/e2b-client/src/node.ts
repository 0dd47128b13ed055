// The Node fast path: `createE2bClient({ transport: nodeTransport() })` sends over undici pools.
export { nodeTransport, type NodeTransportOptions } from "@spec-clients/core/node";
