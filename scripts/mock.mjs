// Starts a Prism mock of one API's spec on 127.0.0.1, with --errors so that requests that drift
// from the spec fail, behind a front that also serves it under the spec's base path (Airplane's
// `/v0`) and answers CORS. CLI: `pnpm mock airplane|e2b [--port N]`; Ctrl-C stops it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { apiNamed, root } from "./apis.mjs";
import { startFront } from "./mock-front.mjs";

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist/index.js");
const guard = fileURLToPath(new URL("./testing/child-guard.mjs", import.meta.url));

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The path of the spec's first server URL (`/v0` for Airplane), without a trailing slash. */
export function basePathOf(name) {
  const doc = parse(readFileSync(join(root, apiNamed(name).spec), "utf8"));
  return new URL(doc.servers?.[0]?.url ?? "http://x/").pathname.replace(/\/$/, "");
}

/** "METHOD /path" → the example messages each Connect streaming RPC of the spec answers (`x-connect-messages`). */
export function streamsOf(name) {
  const doc = parse(readFileSync(join(root, apiNamed(name).spec), "utf8"));
  const streams = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const kind = op?.["x-connect-stream"];
      if (!kind) continue;
      const body = op.responses?.["200"]?.content?.["application/connect+json"];
      streams[`${method.toUpperCase()} ${path}`] =
        kind === "server" ? (body?.["x-connect-messages"] ?? []) : [body?.example ?? {}];
    }
  }
  return streams;
}

/**
 * Starts the mock of `name` on `port` (a free one by default) and resolves once it answers; `spec`
 * serves another file in place of the API's spec (a newer version of it, in tests).
 * `url` serves the spec's paths at the root; `baseUrl` is the one a client takes (with `/v0`).
 * @returns {Promise<{ url: string, baseUrl: string, prismUrl: string, stop: () => Promise<void> }>}
 */
export async function startMock(name, { port, timeoutMs = 30_000, prismPort = freePort, spec } = {}) {
  const prism = await startPrism(name, timeoutMs, prismPort, spec ?? join(root, apiNamed(name).spec));
  const front = await startFront(port ?? 0, prism.url, basePathOf(name), streamsOf(name)).catch(async (error) => {
    await prism.stop();
    throw error;
  });
  const url = `http://127.0.0.1:${front.port}`;
  const stop = async () => {
    await front.close();
    await prism.stop();
  };
  return { url, baseUrl: `${url}${basePathOf(name)}`, stop, prismUrl: prism.url };
}

/**
 * Starts Prism for `name` on a free port. The port is free when asked for but may be taken before
 * Prism binds it (by another test run's server): Prism's own "listening" line is the only proof it
 * serves there, and a port taken meanwhile is retried with another.
 */
async function startPrism(name, timeoutMs, prismPort, spec) {
  for (let tries = 1; ; tries++) {
    const started = await launchPrism(name, timeoutMs, await prismPort(), spec);
    if (started !== "port taken") return started;
    if (tries === 5) throw new Error(`Prism for ${name} found its port taken 5 times`);
  }
}

async function launchPrism(name, timeoutMs, chosen, spec) {
  // Under a guard whose stdin is our pipe: Prism dies with this process, however it ends.
  const child = spawn(
    process.execPath,
    [guard, process.execPath, prismBin, "mock", spec, "--host", "127.0.0.1", "--port", String(chosen), "--errors"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${chosen}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (output.includes(`Prism is listening on ${url}`)) return { url, stop, pid: child.pid };
    if (output.includes("EADDRINUSE")) {
      await stop();
      return "port taken";
    }
    if (child.exitCode !== null) throw new Error(`Prism for ${name} exited early:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prism for ${name} did not start listening on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [name, ...rest] = process.argv.slice(2);
  if (!name) {
    console.error("Usage: pnpm mock <airplane|e2b|e2b-sandbox|e2b-volume|e2b-envd> [--port N]");
    process.exit(2);
  }
  const portFlag = rest.indexOf("--port");
  const port = portFlag >= 0 ? Number(rest[portFlag + 1]) : apiNamed(name).mockPort;
  const mock = await startMock(name, { port }).catch((error) => {
    if (error?.code !== "EADDRINUSE") throw error;
    console.error(`Port ${port} on 127.0.0.1 is taken (another mock, or another program).`);
    console.error(`Pass a free one: pnpm mock ${name} --port ${port + 100}`);
    process.exit(1);
  });
  console.log(`Prism mock of ${name} listening on ${mock.url} (Ctrl-C to stop)`);
  console.log(`Pass baseUrl: "${mock.baseUrl}" to its client.`);
  // Ctrl-C reaches us twice (the terminal signals the whole group, then pnpm passes it on): a
  // second signal must not kill us mid-stop, or pnpm reports the run as failed (ELIFECYCLE).
  let stopping;
  const shutdown = () =>
    (stopping ??= mock.stop().then(() => {
      console.log("mock stopped");
      process.exit(0);
    }));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
