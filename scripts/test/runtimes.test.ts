// The runtime matrix: the built packages, imported as a user's project would, make real calls to the
// Prism mocks from Node 20.19, Node 22, Bun, Deno (all installed from the npm registry) and headless
// Chromium (an esbuild bundle). A runtime that cannot be installed here is skipped loudly, except
// under CI, where it fails.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import { findChromium } from "../testing/chromium.js";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../apis.mjs";
import { startMock } from "../mock.mjs";
import { installRuntimes, probeProject, unsupportedReason } from "../testing/runtimes.mjs";

type Mock = { baseUrl: string; stop: () => Promise<void> };
const EXPECTED = {
  command: "hello\n",
  file: "print('hello')\n",
  status: "Succeeded",
  sessions: 1,
  sandboxes: 2,
  error: "NotFoundError",
  typed: true,
};
const REQUIRED = { airplane: "function", e2b: "function", sandbox: "function", envd: "function" };
const ci = !!process.env["CI"];
const unsupported = unsupportedReason();
if (unsupported && !ci) console.warn(`runtime matrix skipped: ${unsupported}.`);
// The global setup (scripts/testing/chromium.ts) found Chromium, or unpacked it from npm.
const chromiumPath = (await findChromium()) ?? "";
const hasChromium = chromiumPath !== "" && existsSync(chromiumPath);
if (!hasChromium && !ci) console.warn("runtime matrix: the browser is skipped, no Chromium (set CHROMIUM_PATH).");

let mocks: Record<string, Mock>;
let project: ReturnType<typeof probeProject>;
let bins: Record<string, string>;
beforeAll(async () => {
  mocks = {
    airplane: await startMock("airplane"),
    e2b: await startMock("e2b"),
    "e2b-sandbox": await startMock("e2b-sandbox"),
    "e2b-envd": await startMock("e2b-envd"),
  };
  project = probeProject();
  for (const file of ["runtime-probe-lib.mjs", "runtime-probe.mjs", "runtime-probe.cjs", "runtime-probe-browser.mjs"]) {
    copyFileSync(join(root, "scripts/testing", file), join(project.dir, file));
  }
  if (!unsupported || ci) bins = installRuntimes();
}, 300_000);
afterAll(async () => {
  project?.remove();
  await Promise.all(Object.values(mocks ?? {}).map((m) => m.stop()));
});

const env = () => ({
  ...process.env,
  AIRPLANE_URL: mocks["airplane"]!.baseUrl,
  E2B_URL: mocks["e2b"]!.baseUrl,
  SANDBOX_URL: mocks["e2b-sandbox"]!.baseUrl,
  ENVD_URL: mocks["e2b-envd"]!.baseUrl,
});
// Asynchronous: the mocks' front runs in this process and must keep answering.
const run = async (bin: string, args: string[]) => {
  const { stdout } = await promisify(execFile)(bin, args, { cwd: project.dir, env: env(), encoding: "utf8" });
  return JSON.parse(stdout.trim().split("\n").at(-1)!);
};

describe.skipIf(!!unsupported && !ci)("each runtime calls every mock through the built packages", () => {
  it.each(["node 20.19", "node 22", "node 24"])("%s, from ESM and from CommonJS require()", async (name) => {
    expect(await run(bins[name]!, ["runtime-probe.mjs"])).toEqual(EXPECTED);
    expect(await run(bins[name]!, ["runtime-probe.cjs"])).toEqual(REQUIRED);
  });
  it("bun", async () => {
    expect(await run(bins["bun"]!, ["runtime-probe.mjs"])).toEqual(EXPECTED);
  });
  it("deno", async () => {
    const args = ["run", "--allow-net", "--allow-env", "--allow-read", "runtime-probe.mjs"];
    expect(await run(bins["deno"]!, args)).toEqual(EXPECTED);
  });
});

describe.skipIf(!!unsupported && !ci)("the README's plain-JavaScript example runs as written", () => {
  const text = readFileSync(join(root, "README.md"), "utf8");
  const examples = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
  it.each(["node 20.19", "node 22"])("on %s, against the mocks", async (name) => {
    expect(examples).toHaveLength(1);
    writeFileSync(join(project.dir, "readme-example.mjs"), examples[0]!);
    const { stdout } = await promisify(execFile)(bins[name]!, ["readme-example.mjs"], {
      cwd: project.dir,
      encoding: "utf8",
      env: {
        ...process.env,
        AIRPLANE_API_HOST: mocks["airplane"]!.baseUrl.replace(/\/v0$/, ""),
        E2B_BASE_URL: mocks["e2b"]!.baseUrl,
        AIRPLANE_API_KEY: "k",
        E2B_API_KEY: "k",
      },
    });
    expect(stdout).toMatch(/^Succeeded /m);
    expect(stdout).toMatch(/^\w+$/m);
  });
});

it("require() of the packages works from CommonJS on the Node in use", async () => {
  expect(await run(process.execPath, ["runtime-probe.cjs"])).toEqual(REQUIRED);
});

it("every package.json accepts Node 20.19 and up, the first whose require() loads ESM", () => {
  for (const file of [
    "package.json",
    "packages/client-core/package.json",
    "packages/airplane-client/package.json",
    "packages/e2b-client/package.json",
    "scripts/bench/package.json",
  ]) {
    expect(JSON.parse(readFileSync(join(root, file), "utf8")).engines, file).toEqual({ node: ">=20.19" });
  }
});

describe.skipIf(!hasChromium && !ci)("a real browser", () => {
  let page: Server;
  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [join(project.dir, "runtime-probe-browser.mjs")],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const js = bundle.outputFiles[0]!.text;
    page = createServer((req, res) => {
      if (req.url === "/probe.js") return res.writeHead(200, { "content-type": "text/javascript" }).end(js);
      res
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><script type="module" src="/probe.js"></script>');
    });
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => (page ? page.close(() => resolve()) : resolve())));

  it("Chromium runs an esbuild bundle of the clients against the mocks, through CORS", async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
      await tab.waitForFunction(() => "probe" in globalThis);
      const result = await tab.evaluate(
        ([a, e, s, d]) =>
          (globalThis as unknown as { probe: (...urls: string[]) => Promise<unknown> }).probe(a!, e!, s!, d!),
        [mocks["airplane"]!.baseUrl, mocks["e2b"]!.baseUrl, mocks["e2b-sandbox"]!.baseUrl, mocks["e2b-envd"]!.baseUrl],
      );
      expect(result).toEqual(EXPECTED);
    } finally {
      await browser.close();
    }
  });
});
