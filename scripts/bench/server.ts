// The benchmark's HTTP server, run in its own process so that it does not share the client's CPU.
// Prints its URL on stdout once listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { bodyFor } from "./bodies.js";

const server = createServer((req, res) => {
  const body = bodyFor(req.url ?? "/");
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on("disconnect", () => process.exit(0));
