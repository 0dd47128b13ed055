// Serves docs/ on 127.0.0.1 (default port 8080). CLI: `pnpm docs:serve [--port N]`; Ctrl-C stops it.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "./apis.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".css": "text/css",
};

/** Starts the server; resolves with its URL and a close function. */
export function serveDocs({ port = 8080, dir = join(root, "docs") } = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = process.argv.indexOf("--port");
  if (!existsSync(join(root, "docs/index.html"))) {
    console.error("docs/ is not built: run `pnpm build` (or `pnpm docs`) first.");
    process.exit(1);
  }
  const { url, close } = await serveDocs({ port: flag >= 0 ? Number(process.argv[flag + 1]) : 8080 });
  console.log(`Serving docs/ on ${url} (Ctrl-C to stop)`);
  // Every signal handled, not once: Ctrl-C under pnpm arrives twice (see scripts/mock.mjs).
  let stopping;
  const stop = () => (stopping ??= close().then(() => process.exit(0)));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
