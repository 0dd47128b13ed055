import { spawn } from "node:child_process";
import { createAirplaneClient } from "@spec-clients/airplane";
import { nodeTransport } from "@spec-clients/airplane/node";
const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  stdio: ["ignore", "pipe", "inherit", "ipc"],
});
const url: string = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
const mode = process.argv[2];
const c =
  mode === "node"
    ? createAirplaneClient({ apiKey: "k", baseUrl: url, transport: nodeTransport() })
    : createAirplaneClient({ apiKey: "k", baseUrl: url });
const n = 20000;
let left = n;
const t = performance.now();
await Promise.all(
  Array.from({ length: Number(process.argv[3] ?? 32) }, async () => {
    while (left-- > 0) await c.runs.get("run1");
  }),
);
console.log(mode, Math.round(n / ((performance.now() - t) / 1000)), "req/s");
child.kill();
process.exit(0);
