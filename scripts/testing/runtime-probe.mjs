// Run by Node, Bun and Deno from the probe project: prints the probe's result as one JSON line.
import { probe } from "./runtime-probe-lib.mjs";

const env = globalThis.Deno ? globalThis.Deno.env.toObject() : globalThis.process.env;
console.log(JSON.stringify(await probe(env.AIRPLANE_URL, env.E2B_URL, env.SANDBOX_URL, env.ENVD_URL)));
