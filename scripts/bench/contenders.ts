// One call per contender: the same small GET through each HTTP layer, with a given fetch.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { clientHeaders } from "@spec-clients/core";
import { createAirplaneClient, type paths as AirplanePaths } from "@spec-clients/airplane";
import { nodeTransport } from "@spec-clients/airplane/node";
import { createE2bClient, type paths as E2bPaths } from "@spec-clients/e2b";
import { createE2bSandboxClient, type paths as SandboxPaths } from "@spec-clients/e2b/sandbox";
import { ApiClient, ConnectionConfig } from "e2b";
import { request as undiciRequest } from "undici";
import createClient from "openapi-fetch";
import { Fetcher as TypedFetcher } from "openapi-typescript-fetch";

export { bodyFor } from "./bodies.js";

type Call = () => Promise<unknown>;
const KEY = "bench-key";
const require = createRequire(import.meta.url);

/** The User-Agent header a package of ours sends, so that its bare twin sends the same request. */
const userAgent = (dir: string, name: string) => {
  const { version } = JSON.parse(
    readFileSync(join(import.meta.dirname, "../../packages", dir, "package.json"), "utf8"),
  );
  return clientHeaders(name, version as string);
};

/** Loads the official Airplane Fetcher with `cross-fetch` (its fetch) replaced by `fetchImpl`, when given. */
function airplaneFetcher(baseUrl: string, fetchImpl?: typeof fetch) {
  const fetcherPath = require.resolve("@airplane/lib/internal/fetcher.js");
  const crossFetchPath = createRequire(fetcherPath).resolve("cross-fetch");
  delete require.cache[fetcherPath];
  const original = require.cache[crossFetchPath];
  if (fetchImpl) {
    const stub = Object.assign((...a: Parameters<typeof fetch>) => fetchImpl(...a), { __esModule: true });
    (stub as unknown as { default: unknown }).default = stub;
    require.cache[crossFetchPath] = {
      id: crossFetchPath,
      filename: crossFetchPath,
      loaded: true,
      exports: stub,
    } as NodeJS.Module;
  }
  const { Fetcher } = require(fetcherPath) as typeof import("@airplane/lib/internal/fetcher.js");
  if (fetchImpl) {
    if (original) require.cache[crossFetchPath] = original;
    else delete require.cache[crossFetchPath];
  }
  return new Fetcher({ host: baseUrl, apiKey: KEY, clientKind: "bench", clientVersion: "0" });
}

/** The three requests measured, each sent by our client, bare openapi-fetch, its A/A control and raw fetch. */
export const PAIRS = ["runs.get", "sessions.list", "sandboxes.list"] as const;
export type Pair = (typeof PAIRS)[number];

/** The request a contender sends: the official e2b ApiClient lists sandboxes, every other Airplane one gets a run. */
export const pairOf = (name: string): Pair =>
  name.includes("sessions.list")
    ? "sessions.list"
    : name.includes("sandboxes.list") || name.includes("ApiClient")
      ? "sandboxes.list"
      : "runs.get";

/** A second bare openapi-fetch client sending the same request as the first, set against it as ours are: the noise floor of its pair. */
export const control = (pair: Pair) => `openapi-fetch (bare) ${pair}, A/A control`;
/** The bare openapi-fetch contender that sends the same request as `name`: each client is compared with its own call. */
export const bareTwin = (name: string) => `openapi-fetch (bare) ${pairOf(name)}`;
/** Raw `fetch` of the same path as `name`: the baseline of the "× raw fetch" columns. */
export const rawTwin = (name: string) => `raw fetch ${pairOf(name)}`;

/** Headers as a server sees them: lower-case names, sorted, with their values. */
type SeenHeaders = [string, string | string[] | undefined][];

/** How a request's headers differ from its twin's, in words ("" when they do not): what BENCHMARKS.md lists. */
export function headerDifference(mine: SeenHeaders, twin: SeenHeaders): string {
  const [a, b] = [new Map(mine), new Map(twin)];
  const names = (keep: (n: string) => boolean, from: Map<string, unknown>) => [...from.keys()].filter(keep).join(", ");
  const parts = [
    ["sends its own", names((n) => b.has(n) && String(a.get(n)) !== String(b.get(n)), a)],
    ["adds", names((n) => !b.has(n), a)],
    ["leaves out", names((n) => !a.has(n), b)],
  ];
  return parts
    .filter(([, list]) => list)
    .map(([what, list]) => `${what} ${list}`)
    .join("; ");
}

/** How each contender's request differs from its bare twin's (contenders.test.ts finds it so); ours and the controls: not at all. */
export const DIFFERENCES: Record<string, string> = {
  "@airplane/lib Fetcher (official)":
    "sends its own accept, accept-encoding, user-agent; adds idempotency-key, x-airplane-client-kind, x-airplane-client-version; leaves out accept-language, sec-fetch-mode",
  // undici's request sends no header that the caller did not give; Node's fetch adds four.
  "@spec-clients/airplane runs.get (default on Node)":
    "leaves out accept, accept-encoding, accept-language, sec-fetch-mode",
  "@spec-clients/airplane runs.get (node path)": "leaves out accept, accept-encoding, accept-language, sec-fetch-mode",
  "@spec-clients/e2b sessions.list (node path)": "leaves out accept, accept-encoding, accept-language, sec-fetch-mode",
  "@spec-clients/e2b/sandbox sandboxes.list (node path)":
    "leaves out accept, accept-encoding, accept-language, sec-fetch-mode",
  "e2b@2.51 ApiClient (official)":
    "sends its own user-agent; adds browser, lang, lang_version, package_version, publisher, sdk_runtime, system",
  "openapi-typescript-fetch@1 (e2b SDK)": "sends its own accept, user-agent",
  "raw fetch runs.get": "sends its own user-agent",
  "raw fetch sandboxes.list": "sends its own user-agent",
  "raw fetch sessions.list": "sends its own user-agent",
  "undici request": "leaves out accept, accept-encoding, accept-language, sec-fetch-mode, user-agent",
};

/** Our Airplane client as created with no `fetch` and no `transport`, on Node. */
export const DEFAULT_ON_NODE = "@spec-clients/airplane runs.get (default on Node)";

/** The contenders, each doing one GET of a run (or of the e2b session list) and reading the JSON. */
export function contenders(baseUrl: string, fetchImpl?: typeof fetch): Record<string, Call> {
  const f = fetchImpl ?? globalThis.fetch;
  const airplane = createAirplaneClient({ apiKey: KEY, baseUrl, fetch: f });
  const e2b = createE2bClient({ apiKey: KEY, baseUrl, fetch: f });
  const transport = nodeTransport();
  const airplaneNode = createAirplaneClient({ apiKey: KEY, baseUrl, transport });
  const e2bNode = createE2bClient({ apiKey: KEY, baseUrl, transport });
  const sandbox = createE2bSandboxClient({ apiKey: KEY, baseUrl, fetch: f });
  const sandboxNode = createE2bSandboxClient({ apiKey: KEY, baseUrl, transport });
  // Neither `fetch` nor `transport`: what a user gets on Node (the pools, see default-transport.node.ts).
  const airplaneDefault = createAirplaneClient({ apiKey: KEY, baseUrl });
  // The official e2b SDK's REST layer: openapi-fetch over its own undici-dispatched fetch on Node.
  const e2bOfficial = new ApiClient(new ConnectionConfig({ apiKey: KEY, apiUrl: baseUrl }));
  // Bare openapi-fetch sending the same requests as our clients, headers included: the key in the
  // query for e2b's first API (as the e2b client puts it there), in a header for the others.
  const airplaneAgent = userAgent("airplane-client", "spec-clients-airplane");
  const e2bAgent = userAgent("e2b-client", "spec-clients-e2b");
  const bare = createClient<AirplanePaths>({
    baseUrl,
    headers: { ...airplaneAgent, "X-Airplane-API-Key": KEY },
    fetch: f,
  });
  const bareE2b = createClient<E2bPaths>({ baseUrl, headers: e2bAgent, fetch: f });
  const bareSandbox = createClient<SandboxPaths>({ baseUrl, headers: { ...e2bAgent, "X-API-Key": KEY }, fetch: f });
  // A second, identical bare client per request: its ratio to the first is the noise floor of its pair.
  const controls = {
    airplane: createClient<AirplanePaths>({
      baseUrl,
      headers: { ...airplaneAgent, "X-Airplane-API-Key": KEY },
      fetch: f,
    }),
    e2b: createClient<E2bPaths>({ baseUrl, headers: e2bAgent, fetch: f }),
    sandbox: createClient<SandboxPaths>({ baseUrl, headers: { ...e2bAgent, "X-API-Key": KEY }, fetch: f }),
  };
  const official = airplaneFetcher(baseUrl, fetchImpl);
  const typed = TypedFetcher.for<AirplanePaths>();
  typed.configure({ baseUrl, init: { headers: { "X-Airplane-API-Key": KEY } } });
  const getRun = typed.path("/runs/get").method("get").create();
  // The Node fast path sends over undici, not `fetch`, and the e2b ApiClient with its own fetch:
  // those run on a real socket only (no in-memory fetch).
  const onSocket = (calls: Record<string, Call>) => (fetchImpl ? {} : calls);
  // Each client runs right after bare openapi-fetch sending the same request: rounds rotate the
  // order, and neighbours in time share the machine's load, so their ratio drifts least.
  return {
    "raw fetch runs.get": async () =>
      (await f(`${baseUrl}/runs/get?id=run1`, { headers: { "X-Airplane-API-Key": KEY } })).json(),
    [control("runs.get")]: () => controls.airplane.GET("/runs/get", { params: { query: { id: "run1" } } }),
    "openapi-fetch (bare) runs.get": () => bare.GET("/runs/get", { params: { query: { id: "run1" } } }),
    "@spec-clients/airplane runs.get": () => airplane.runs.get("run1"),
    ...onSocket({
      "@spec-clients/airplane runs.get (node path)": () => airplaneNode.runs.get("run1"),
      [DEFAULT_ON_NODE]: () => airplaneDefault.runs.get("run1"),
    }),
    "raw fetch sessions.list": async () => (await f(`${baseUrl}/sessions?api_key=${KEY}`)).json(),
    [control("sessions.list")]: () => controls.e2b.GET("/sessions", { params: { query: { api_key: KEY } as never } }),
    "openapi-fetch (bare) sessions.list": () =>
      bareE2b.GET("/sessions", { params: { query: { api_key: KEY } as never } }),
    "@spec-clients/e2b sessions.list": () => e2b.sessions.list(),
    ...onSocket({ "@spec-clients/e2b sessions.list (node path)": () => e2bNode.sessions.list() }),
    "raw fetch sandboxes.list": async () =>
      (await f(`${baseUrl}/v2/sandboxes`, { headers: { "X-API-Key": KEY } })).json(),
    [control("sandboxes.list")]: () => controls.sandbox.GET("/v2/sandboxes", {}),
    "openapi-fetch (bare) sandboxes.list": () => bareSandbox.GET("/v2/sandboxes", {}),
    "@spec-clients/e2b/sandbox sandboxes.list": () => sandbox.sandboxes.list(),
    ...onSocket({
      "@spec-clients/e2b/sandbox sandboxes.list (node path)": () => sandboxNode.sandboxes.list(),
      "e2b@2.51 ApiClient (official)": async () => {
        const { data, error } = await e2bOfficial.api.GET("/v2/sandboxes", {});
        if (error) throw new Error("e2b ApiClient failed");
        return data;
      },
      "undici request": async () =>
        (await undiciRequest(`${baseUrl}/runs/get?id=run1`, { headers: { "X-Airplane-API-Key": KEY } })).body.json(),
    }),
    "@airplane/lib Fetcher (official)": () => official.get("/runs/get", { id: "run1" }),
    // openapi-typescript-fetch calls the global fetch; the CPU test swaps it for the stub.
    "openapi-typescript-fetch@1 (e2b SDK)": async () => {
      const previous = globalThis.fetch;
      if (fetchImpl) globalThis.fetch = fetchImpl;
      try {
        return await getRun({ id: "run1" });
      } finally {
        globalThis.fetch = previous;
      }
    },
  };
}
