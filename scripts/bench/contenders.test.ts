import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bareTwin, contenders, control, DIFFERENCES, headerDifference, PAIRS } from "./contenders.js";

/** What reaches the server: method, URL and headers (names sorted). */
type Seen = { method: string; url: string; headers: [string, string | string[] | undefined][] };
let seen: Seen[] = [];
const server = createServer((req, res) => {
  const headers = Object.entries(req.headers as IncomingHttpHeaders).sort(([a], [b]) => a.localeCompare(b));
  seen.push({ method: req.method!, url: req.url!, headers });
  res.writeHead(200, { "content-type": "application/json" });
  res.end(/sessions|sandboxes/.test(req.url!) ? "[]" : '{"id":"run1","status":"Succeeded"}');
});
let calls: ReturnType<typeof contenders>;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  calls = contenders(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const request = async (name: string) => {
  seen = [];
  await calls[name]!();
  expect(seen).toHaveLength(1);
  return seen[0]!;
};

describe("each client's bare openapi-fetch twin", () => {
  it.each([
    "@spec-clients/airplane runs.get",
    "@spec-clients/e2b sessions.list",
    "@spec-clients/e2b/sandbox sandboxes.list",
    ...PAIRS.map(control),
  ])("sends the same request as %s, byte for byte but for header order", async (name) => {
    expect(await request(bareTwin(name))).toEqual(await request(name));
  });
});

describe("every contender", () => {
  const names = () => Object.keys(calls);
  it("sends the method, path and query of its bare twin", async () => {
    for (const name of names()) {
      const [mine, twin] = [await request(name), await request(bareTwin(name))];
      expect({ name, method: mine.method, url: mine.url }).toEqual({ name, method: twin.method, url: twin.url });
    }
  });
  it("differs from its twin's headers only as BENCHMARKS.md says", async () => {
    const found: Record<string, string> = {};
    for (const name of names()) {
      const difference = headerDifference((await request(name)).headers, (await request(bareTwin(name))).headers);
      if (difference) found[name] = difference;
    }
    expect(found).toEqual(DIFFERENCES);
  });
});
