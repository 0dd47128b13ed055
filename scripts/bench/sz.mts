import { bundleSize, entries } from "./sizes.js";
for (const [n, e] of Object.entries(entries)) if (e.ours) console.log(n, await bundleSize(e.code));
