// The mocks as a user meets them: the README's `Prefer` examples, the base path, CORS, the printed baseUrl.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../apis.mjs";
import { freePort, startMock } from "../mock.mjs";

type Mock = { url: string; baseUrl: string; stop: () => Promise<void> };
const mocks: Record<string, Mock> = {};
beforeAll(async () => {
  for (const name of ["airplane", "e2b", "e2b-sandbox"]) mocks[name] = await startMock(name);
});
afterAll(async () => {
  await Promise.all(Object.values(mocks).map((m) => m.stop()));
});

/** The rows of the README's table of `Prefer` examples. */
function preferRows() {
  const text = readFileSync(join(root, "README.md"), "utf8");
  const table = text.slice(text.indexOf("| mock "), text.indexOf("The Airplane mock wants"));
  return table
    .split("\n")
    .slice(2)
    .filter((line) => line.startsWith("|"))
    .map((line) => {
      const [mock, request, prefer, answer] = line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      const [, method, path, body] = request!.match(/^`(\w+) ([^`]+)`(?: with `(.+)`)?$/)!;
      return {
        mock: mock!.replace(/`/g, ""),
        method: method!,
        path: path!,
        body,
        prefer: prefer!.replace(/`/g, ""),
        answer: answer!,
      };
    });
}

/** What each answer of the README's table promises, checked on the body (and headers) the mock sends. */
const PROMISES: Record<string, (body: Record<string, unknown>, response: Response) => void> = {
  "429, `Retry-After: 2`": (body, response) => {
    expect(response.headers.get("retry-after")).toBe("2");
    expect(body["error"]).toBe("rate limit exceeded");
  },
  "200, a run that failed": (body) => expect(body).toMatchObject({ status: "Failed", failedAt: expect.any(String) }),
  "404, `not_found`": (body) => expect(body).toMatchObject({ code: "not_found", error: expect.any(String) }),
  "404, session not found": (body) => expect(String(body["message"])).toMatch(/session .*not found/i),
  "401, invalid API key": (body) => expect(body["message"]).toBe("invalid API key"),
  "409, already paused": (body) => expect(String(body["message"])).toMatch(/is already paused$/),
  "200, a failed build with its reason": (body) =>
    expect(body).toMatchObject({ status: "error", reason: { message: expect.any(String) } }),
  "429, rate limit exceeded": (body) => expect(body["message"]).toBe("rate limit exceeded"),
};

describe("the README's Prefer examples work as written", () => {
  const rows = preferRows();
  it("lists examples for every mock", () => {
    expect(new Set(rows.map((r) => r.mock))).toEqual(new Set(["airplane", "e2b", "e2b-sandbox"]));
  });
  it.each(rows.map((r) => [`${r.mock}: ${r.method} ${r.path} with Prefer ${r.prefer}`, r] as const))(
    "%s",
    async (_, row) => {
      const response = await fetch(`${mocks[row.mock]!.url}${row.path}`, {
        method: row.method,
        headers: {
          Prefer: row.prefer,
          "X-Airplane-API-Key": "any-key",
          "X-API-Key": "any-key",
          ...(row.body ? { "content-type": "application/json" } : {}),
        },
        body: row.body,
      });
      const body = (await response.json()) as Record<string, unknown>;
      expect(response.status).toBe(Number(row.answer.match(/^\d+/)![0]));
      const promise = PROMISES[row.answer];
      expect(promise, `no check of the README's answer "${row.answer}": add one to PROMISES`).toBeDefined();
      promise!(body, response);
    },
  );
});

describe("the mock front", () => {
  it("serves Airplane under /v0 and at the root", async () => {
    const headers = { "X-Airplane-API-Key": "k" };
    const a = await fetch(`${mocks["airplane"]!.baseUrl}/runs/get?id=run1`, { headers });
    const b = await fetch(`${mocks["airplane"]!.url}/runs/get?id=run1`, { headers });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(mocks["airplane"]!.baseUrl).toMatch(/\/v0$/);
  });
  it("answers a CORS preflight and exposes the headers a client reads", async () => {
    const preflight = await fetch(`${mocks["e2b"]!.url}/sessions`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://page.test",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://page.test");
    const answer = await fetch(`${mocks["e2b"]!.url}/health`, { headers: { Origin: "http://page.test" } });
    expect(answer.headers.get("access-control-expose-headers")).toContain("Retry-After");
  });
  it("ends a cursor walk: X-Next-Token on the first page, none once nextToken is sent", async () => {
    const headers = { "X-API-Key": "k" };
    const first = await fetch(`${mocks["e2b-sandbox"]!.url}/v2/sandboxes?limit=1`, { headers });
    const token = first.headers.get("x-next-token");
    expect(token).toBeTruthy();
    const second = await fetch(`${mocks["e2b-sandbox"]!.url}/v2/sandboxes?nextToken=${token}`, { headers });
    expect(second.status).toBe(200);
    expect(second.headers.has("x-next-token")).toBe(false);
  });
  it("prints the baseUrl to pass to the client", async () => {
    const child = spawn(process.execPath, [join(root, "scripts/mock.mjs"), "airplane", "--port", "0"]);
    const printed = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("baseUrl")) resolve(out);
      });
    });
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    expect(printed).toMatch(/Pass baseUrl: "http:\/\/127\.0\.0\.1:\d+\/v0" to its client\./);
  });
  it("Ctrl-C under pnpm stops the mock quietly: exit 0, no ELIFECYCLE, Prism gone", async () => {
    // As a terminal does: pnpm and the mock in their own process group, SIGINT sent to all of it.
    const pnpm = process.env["npm_execpath"] ?? "";
    const [command, args] = /pnpm\.c?js$/.test(pnpm) ? [process.execPath, [pnpm]] : ["pnpm", []];
    const child = spawn(command, [...args, "mock", "e2b", "--port", "0"], { cwd: root, detached: true });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    for (let i = 0; i < 300 && !out.includes("Pass baseUrl"); i++) await new Promise((r) => setTimeout(r, 100));
    const url = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    expect(url).toBeDefined();
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    process.kill(-child.pid!, "SIGINT");
    expect(await exited).toBe(0);
    expect(out).toContain("mock stopped");
    expect(out).not.toContain("ELIFECYCLE");
    await expect(fetch(url!)).rejects.toThrow();
  });
  it("a busy port says which one is taken and how to pass another, without a stack", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as AddressInfo;
    const child = spawn(process.execPath, [join(root, "scripts/mock.mjs"), "e2b", "--port", String(port)]);
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise((r) => child.once("exit", r));
    busy.close();
    expect(code).toBe(1);
    expect(err).toContain(`Port ${port} on 127.0.0.1 is taken`);
    expect(err).toContain(`pnpm mock e2b --port ${port + 100}`);
    expect(err).not.toMatch(/\n\s+at /);
  });
  it("starts Prism on another port when the one it chose is taken before Prism binds it", async () => {
    const squatter = createServer((_, res) => res.end("not prism"));
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const ports = [(squatter.address() as AddressInfo).port];
    const mock = await startMock("e2b", { prismPort: async () => ports.shift() ?? freePort() });
    try {
      const answer = await fetch(`${mock.url}/health`);
      expect(answer.status).toBe(200);
      expect(await answer.text()).not.toBe("not prism");
    } finally {
      await mock.stop();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
  it("leaves no Prism behind when the process that started it is killed halfway", async () => {
    // A test run killed by SIGKILL: nothing of it can clean up, so Prism must end on its own.
    const script = `import { startMock } from ${JSON.stringify(join(root, "scripts/mock.mjs"))};
      const mock = await startMock("airplane");
      console.log(JSON.stringify({ prismUrl: mock.prismUrl }));`;
    const run = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const { prismUrl } = await new Promise<{ prismUrl: string }>((resolve) => {
      let out = "";
      run.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(JSON.parse(out));
      });
    });
    expect((await fetch(`${prismUrl}/runs/get?id=r`)).status).toBeGreaterThan(0);
    run.kill("SIGKILL");
    await new Promise((r) => run.once("exit", r));
    const refused = async () =>
      fetch(`${prismUrl}/runs/get?id=r`).then(
        () => false,
        () => true,
      );
    const deadline = Date.now() + 5_000;
    while (!(await refused()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await refused()).toBe(true);
  });
});
