// The front of a Prism mock: serves the spec's paths both at the root and under the server's base
// path (Airplane's `/v0`), and answers CORS so that a page in a browser can call the mock.
// Cursor listings (e2b's `X-Next-Token`): Prism answers every page with the header's example, so
// the front drops the header from the answer to a request that already sends `nextToken`: a walk
// over the mock reads two pages and ends, as it would on the service.
import { createServer, request } from "node:http";

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
 * Starts the front on 127.0.0.1:`port` (0 for any) forwarding to Prism at `target`.
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export function startFront(port, target, basePath) {
  const server = createServer((req, res) => {
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
