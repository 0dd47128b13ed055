// The envd stand-in of `pnpm bench:envd`, in its own process: `Process/Start` answers a canned
// `echo` (start, one stdout event, end), `GET /files?path=/bench/<bytes>` streams that many bytes,
// and `POST /files` reads the whole upload and answers what envd would. Prints its URL once listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { envelope } from "../testing/envelope.mjs";

const echo = Buffer.concat([
  envelope({ event: { start: { pid: 1 } } }),
  envelope({ event: { data: { stdout: Buffer.from("hi\n").toString("base64") } } }),
  envelope({ event: { end: { exited: true, status: "exit status 0" } } }),
  envelope({}, 2),
]);
const chunk = Buffer.alloc(64 * 1024, 97);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  if (req.method === "GET" && url.pathname === "/files") {
    let left = Number(url.searchParams.get("path")?.split("/").pop());
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(left) });
    const pump = () => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!res.write(piece)) return void res.once("drain", pump);
      }
      res.end();
    };
    return pump();
  }
  req.on("data", () => undefined);
  req.on("end", () => {
    if (url.pathname === "/process.Process/Start") {
      res.writeHead(200, { "content-type": "application/connect+json" }).end(echo);
    } else if (url.pathname === "/files") {
      const path = url.searchParams.get("path") ?? "/bench/upload";
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify([{ path, name: "upload", type: "file" }]));
    } else {
      res.writeHead(204).end();
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on("disconnect", () => process.exit(0));
