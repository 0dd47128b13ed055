// Generates the typed path map of one API (or all) into its client package.
// Usage: node scripts/generate.mjs [airplane|e2b ...] [--check]
// --check writes nothing and exits 1 when a committed file differs from what the spec generates.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { apis, apiNamed, root } from "./apis.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const names = args.filter((a) => !a.startsWith("--"));

async function generate(name) {
  const { spec, pkg } = apiNamed(name);
  const ast = await openapiTS(pathToFileURL(join(root, spec)), { silent: true });
  const header = `// GENERATED FILE, DO NOT EDIT. Source: ${spec}. Regenerate with \`pnpm generate\`.\n`;
  return { file: join(root, pkg, "src/generated/api.gen.ts"), text: header + astToString(ast) };
}

let stale = 0;
for (const name of names.length ? names : Object.keys(apis)) {
  const { file, text } = await generate(name);
  const current = await readFile(file, "utf8").catch(() => "");
  if (current === text) continue;
  if (check) {
    console.error(`${file} is stale: run \`pnpm generate\` and commit the result.`);
    stale++;
  } else {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`generated ${file}`);
  }
}
process.exit(stale ? 1 : 0);
