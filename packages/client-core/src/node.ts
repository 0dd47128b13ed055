// The Node fast path, `@spec-clients/core/node`: see transport/undici.ts.
export { nodeTransport, type NodeTransportOptions } from "./transport/undici.js";
