// The front of a Prism mock: serves the spec's paths both at the root and under the server's base
// path (Airplane's `/v0`), and answers CORS so that a page in a browser can call the mock.
// Cursor listings (e2b's `X-Next-Token`): Prism answers every page with the header's example, so
// the front drops the header from the answer to a request that already sends `nextToken`: a walk
// over the mock reads two pages and ends, as it would on the service.
// Connect streaming RPCs (envd's, marked `x-connect-stream`): Prism cannot frame them, so the front
// answers them itself with the spec's example messages (`x-connect-messages`), each in an envelope,
// and an end-of-stream envelope.
import { createServer, request } from "node:http";
import { envelope } from "./testing/envelope.mjs";

/** Answers a streaming RPC: its messages and an end-of-stream; a request that is no envelope ends in `invalid_argument`. */
function answerStream(req, res, messages, corsHeaders) {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const type = req.headers["content-type"] ?? "";
    const framed = body.length >= 5 && body.length >= 5 + body.readUInt32BE(1);
    let valid = type.startsWith("application/connect+json") && framed;
    if (valid) {
      try {
        JSON.parse(body.subarray(5, 5 + body.readUInt32BE(1)).toString());
      } catch {
        valid = false;
      }
    }
    res.writeHead(200, { "content-type": "application/connect+json", ...corsHeaders });
    if (!valid) {
      const error = { code: "invalid_argument", message: "the request is not a Connect envelope of JSON" };
      return res.end(envelope({ error }, 2));
    }
    res.end(Buffer.concat([...messages.map((m) => envelope(m)), envelope({}, 2)]));
  });
}

const EXPOSED = "Retry-After, X-Request-Id, X-Next-Token, Content-Type";

/** CORS headers for a response to `origin` (any origin: a mock holds no secrets). */
function cors(req) {
  return {
    "access-control-allow-origin": req.headers.origin ?? "*",
    "access-control-expose-headers": EXPOSED,
    vary: "Origin",
  };
}

/**
 * Starts the front on 127.0.0.1:`port` (0 for any) forwarding to Prism at `target`; `streams` maps
 * "METHOD /path" of each streaming RPC to the messages it answers.
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export function startFront(port, target, basePath, streams = {}) {
  const server = createServer((req, res) => {
    const messages = streams[`${req.method} ${new URL(req.url ?? "/", "http://mock").pathname}`];
    if (messages) return answerStream(req, res, messages, cors(req));
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      res.writeHead(204, {
        ...cors(req),
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
        "access-control-max-age": "600",
      });
      return res.end();
    }
    const url = req.url ?? "/";
    const path =
      basePath && (url === basePath || url.startsWith(`${basePath}/`) || url.startsWith(`${basePath}?`))
        ? url.slice(basePath.length) || "/"
        : url;
    const headers = { ...req.headers, host: new URL(target).host };
    const upstream = request(
      `${target}${path.startsWith("/") ? path : `/${path}`}`,
      { method: req.method, headers },
      (answer) => {
        const answerHeaders = { ...answer.headers };
        if (new URL(path, "http://mock").searchParams.has("nextToken")) delete answerHeaders["x-next-token"];
        res.writeHead(answer.statusCode ?? 502, { ...answerHeaders, ...cors(req) });
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      res.writeHead(502, { "content-type": "text/plain", ...cors(req) });
      res.end(`mock front: ${error.message}`);
    });
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port: server.address().port,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      }),
    );
  });
}
