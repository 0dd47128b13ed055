import { throughput } from "./measure.js";
const ts = await throughput(Number(process.argv[2] ?? 3));
for (const t of ts) {
  console.log(t.title);
  for (const r of t.rows) console.log("  " + r.join(" | "));
}
