// Runs turbo with its telemetry off (and its notice silent), on every platform: `node scripts/turbo.mjs run …`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve("turbo/package.json")), "bin/turbo");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(run.status ?? 1);
