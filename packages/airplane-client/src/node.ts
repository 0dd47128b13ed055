// The Node fast path: `createAirplaneClient({ transport: nodeTransport() })` sends over undici pools.
export { nodeTransport, type NodeTransportOptions } from "@spec-clients/core/node";
