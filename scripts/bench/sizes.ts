// Bundle weight of each entry a user would import: esbuild-minified ESM with everything it pulls in, then gzip -9.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import type { Table } from "./table.js";

/** The target of issue 5 (min+gzip bytes per client, openapi-fetch included); see BENCHMARKS.md for where we stand. */
export const BUDGET_GZ = 5_000;
/** The ceiling the performance issue sets for each client's standard entry (min+gzip bytes). */
export const ISSUE_CEILING_GZ = 7_000;
/**
 * What CI enforces until the target is met: a ceiling per client that stops regressions. Raised by
 * 200 B for the abort handle of the standard path on Node's fetch (about 0.2 kB for 4-8% less CPU per call),
 * by 300 B for `maxResponseBytes` (a body counted as it arrives, so that no answer exhausts memory), and
 * by 100 B for the depth guards (JSON nested deeper than a stack cannot crash a call), by 100 B for
 * redacting a key's hex, slash-escaped JSON and base64 at any offset, by 100 B for the budget of an error
 * body's redaction (a huge body cannot stall the event loop), and by 1,100 B for issue 20: the `logger` and
 * `logLevel` options with a line per response and per retry (about 500 B), open enums with wait helpers that
 * poll through an unknown status and name it (about 300 B), listing items checked to be objects and
 * bounded cursor walks (about 200 B), and short keys masked only where they stand alone (about 100 B); by 100 B
 * more for a redactor that takes secrets the caller sends (a secret's value, a volume's token) and deep answers
 * refused alike on every runtime; by 200 B for streamed bodies (issue 21's volume files): a request body may
 * be a Blob or a stream, sent once (never retried nor redirected), and a call may set its own body limit. The
 * stream guard itself is bundled only by clients that stream (it rides on `streamInit`); by 100 B for the hint
 * on an https URL answered in plain http (OpenSSL's "wrong version number" said in words).
 */
export const CEILING_GZ = 13_300;
/**
 * The sandbox client runs sandboxes: 17 operations and helpers the others lack (cursor walks, paced log reads,
 * batched metrics, disposal). Lowered from 16,300 B when what a team owns moved to `/team` (issue 22's budget).
 */
export const SANDBOX_CEILING_GZ = 14_100;
/**
 * The team client: templates with their builds, waits, tags and logs, volumes, secrets and team metrics
 * (25 operations), which left the sandbox entry for it (about 2 kB of the 16,300 B it had).
 */
export const TEAM_CEILING_GZ = 15_300;

/**
 * The data plane (issue 22): envd's client with its Connect module (envelopes, end-of-stream, the stream
 * guard), 23 operations, command handles and file transfers. Its budget is set against the official SDK's
 * `Sandbox` (about 100 kB min+gzip): the sandbox entry and the data plane together at most a fifth of it,
 * which `size.test.ts` checks against the official bundle measured in the same run.
 */
export const ENVD_CEILING_GZ = 17_200;
/** `@spec-clients/e2b/sandbox` and `/envd` in one bundle (they share the runtime): what a user of both ships. */
export const SANDBOX_AND_ENVD_CEILING_GZ = 20_000;

/** The official SDK's entry the data plane's budget is set against, and that budget's share of it. */
export const OFFICIAL_SANDBOX = "e2b Sandbox (official SDK 2.51)";
export const SANDBOX_AND_ENVD = "@spec-clients/e2b/sandbox + /envd";
export const OFFICIAL_SHARE = 1 / 5;

/** Each entry; `ceiling` (min+gzip bytes) marks our clients, checked in CI. */
export const entries: Record<string, { code: string; ceiling?: number }> = {
  "openapi-fetch (alone)": { code: `import createClient from "openapi-fetch"; globalThis.x = createClient;` },
  "@spec-clients/airplane": {
    code: `import { createAirplaneClient } from "@spec-clients/airplane"; globalThis.x = createAirplaneClient;`,
    ceiling: CEILING_GZ,
  },
  "@spec-clients/e2b": {
    code: `import { createE2bClient } from "@spec-clients/e2b"; globalThis.x = createE2bClient;`,
    ceiling: CEILING_GZ,
  },
  "@spec-clients/e2b/sandbox": {
    code: `import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox"; globalThis.x = createE2bSandboxClient;`,
    ceiling: SANDBOX_CEILING_GZ,
  },
  "@spec-clients/e2b/team": {
    code: `import { createE2bTeamClient } from "@spec-clients/e2b/team"; globalThis.x = createE2bTeamClient;`,
    ceiling: TEAM_CEILING_GZ,
  },
  "@spec-clients/e2b/envd": {
    code: `import { createE2bEnvdClient } from "@spec-clients/e2b/envd"; globalThis.x = createE2bEnvdClient;`,
    ceiling: ENVD_CEILING_GZ,
  },
  [SANDBOX_AND_ENVD]: {
    code: `import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox"; import { createE2bEnvdClient } from "@spec-clients/e2b/envd"; globalThis.x = [createE2bSandboxClient, createE2bEnvdClient];`,
    ceiling: SANDBOX_AND_ENVD_CEILING_GZ,
  },
  [OFFICIAL_SANDBOX]: {
    code: `import { Sandbox } from "e2b"; globalThis.x = Sandbox;`,
  },
  "@spec-clients/e2b/volume": {
    code: `import { createE2bVolumeClient } from "@spec-clients/e2b/volume"; globalThis.x = createE2bVolumeClient;`,
    ceiling: CEILING_GZ,
  },
  "@spec-clients/airplane/node (undici external)": {
    code: `import { nodeTransport } from "@spec-clients/airplane/node"; globalThis.x = nodeTransport;`,
  },
  "@airplane/lib Fetcher (official)": {
    code: `import { Fetcher } from "@airplane/lib/internal/fetcher.js"; globalThis.x = Fetcher;`,
  },
  "openapi-typescript-fetch@1 (@e2b/sdk 0.2.5)": {
    code: `import { Fetcher } from "openapi-typescript-fetch"; globalThis.x = Fetcher;`,
  },
};

export async function bundleSize(code: string) {
  const out = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    // Node builtins stay out: the official Fetcher requires them on Node only.
    external: [
      "node:*",
      "undici",
      "http",
      "https",
      "url",
      "stream",
      "zlib",
      "net",
      "tls",
      "events",
      "buffer",
      "util",
      "punycode",
      "os",
      "assert",
    ],
    logLevel: "silent",
  });
  const bytes = out.outputFiles[0]!.contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

/** 3. Bundle weight, as a ratio of openapi-fetch alone. */
export async function bundles(): Promise<Table> {
  const sizes = Object.fromEntries(
    await Promise.all(Object.entries(entries).map(async ([n, e]) => [n, await bundleSize(e.code)] as const)),
  );
  const base = sizes["openapi-fetch (alone)"]!;
  return {
    title: "Bundle weight",
    note: "esbuild --bundle --minify (ESM, Node builtins external), then gzip -9. Deterministic: one round.",
    head: ["entry", "min bytes", "min+gzip bytes", "× openapi-fetch (gzip)"],
    rows: Object.entries(sizes).map(([n, s]) => [n, String(s.min), String(s.gz), (s.gz / base.gz).toFixed(2)]),
  };
}
