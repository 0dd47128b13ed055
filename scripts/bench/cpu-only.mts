import { cpuCost } from "./measure.js";
const t = await cpuCost(Number(process.argv[2] ?? 5));
for (const r of t.rows) console.log(r.join(" | "));
