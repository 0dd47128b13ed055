// A local node:http server whose answers the test scripts: a status with headers and body (sent
// whole, after a delay, one byte at a time, cut off by a stall or a reset, or an endless flood), a
// connection reset before any answer, or a hang. It records every request it gets, and when each connection closes.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Bytes of body a flood wrote to the socket for this request, counted until the client hung up. */
  floodedBytes: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Send the body one byte every `dripMs`. */
  dripMs?: number;
  /** After the headers and half the body: stop sending ("stall") or destroy the socket ("reset"). */
  cut?: "stall" | "reset";
  /** Send the body without a Content-Length (chunked). */
  chunked?: boolean;
  /** After the headers, send chunks of the body (without a length) as fast as the client reads, until it hangs up. */
  flood?: boolean;
}
export type Reply = Answer | "reset" | "hang";

function send(res: ServerResponse, answer: Answer, seen: SeenRequest) {
  const { body } = answer;
  const bytes = Buffer.isBuffer(body)
    ? body
    : Buffer.from(body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body));
  const type = typeof body === "string" ? "text/plain" : "application/json";
  if (answer.flood) return flood(res, answer, bytes, seen);
  const length = answer.chunked ? {} : { "content-length": String(bytes.length) };
  res.writeHead(answer.status, { "content-type": type, ...length, ...answer.headers });
  if (answer.cut) {
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    if (answer.cut === "reset") setTimeout(() => res.socket?.destroy(), 20);
    return;
  }
  if (!answer.dripMs) return void res.end(bytes);
  let sent = 0;
  const timer = setInterval(() => {
    if (sent >= bytes.length) return void (clearInterval(timer), res.end());
    res.write(bytes.subarray(sent, ++sent));
  }, answer.dripMs);
  res.on("close", () => clearInterval(timer));
}

function flood(res: ServerResponse, answer: Answer, chunk: Buffer, seen: SeenRequest) {
  res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
  const pump = () => {
    while (!res.destroyed && (seen.floodedBytes += chunk.length) && res.write(chunk));
  };
  res.on("drain", pump);
  pump();
}

export async function startFaultServer(reply: (req: SeenRequest, index: number) => Reply) {
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const seen = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body, floodedBytes: 0 };
      requests.push(seen);
      const answer = reply(seen, requests.length - 1);
      if (answer === "reset") return req.socket.destroy();
      if (answer === "hang") return;
      if (!answer.delayMs) return send(res, answer, seen);
      const timer = setTimeout(() => (timers.delete(timer), send(res, answer, seen)), answer.delayMs);
      timers.add(timer);
    });
  });
  // One promise per connection, settled when it closes: shows that a client's abort reached the socket.
  const connections: Promise<void>[] = [];
  server.on("connection", (socket) => connections.push(new Promise((resolve) => socket.once("close", resolve))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
