import { contenders } from "./contenders.js";
const stub = (async () =>
  new Response('{"id":"r","status":"Succeeded"}', {
    status: 200,
    headers: { "content-type": "application/json" },
  })) as typeof fetch;
const calls = contenders("http://stub.local", stub);
for (const name of [
  "openapi-fetch (bare)",
  "@spec-clients/airplane runs.get",
  "openapi-fetch (bare)",
  "@spec-clients/airplane runs.get",
]) {
  const call = calls[name]!;
  for (let i = 0; i < 3000; i++) await call();
  const t = performance.now();
  for (let i = 0; i < 20000; i++) await call();
  console.log(name.padEnd(35), "us/call", (((performance.now() - t) / 20000) * 1000).toFixed(1));
}
