// Generates the typed path map of one API (or all) into its client package.
// Usage: node scripts/generate.mjs [airplane|e2b ...] [--check]
// --check writes nothing and exits 1 when a committed file differs from what the spec generates.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { apis, apiNamed, root } from "./apis.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const names = args.filter((a) => !a.startsWith("--"));

/** "none", "optional" or "required": whether an operation takes credentials, from its `security`. */
function securityLevels(doc) {
  const levels = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const security = op.security ?? doc.security ?? [];
      const level =
        security.length === 0 ? "none" : security.some((r) => !Object.keys(r).length) ? "optional" : "required";
      levels[`${method.toUpperCase()} ${path}`] = level;
    }
  }
  return levels;
}

async function generate(name) {
  const { spec, pkg, securityMap } = apiNamed(name);
  // A `default` makes a field optional to send, so it must not become required in the types.
  const ast = await openapiTS(pathToFileURL(join(root, spec)), { silent: true, defaultNonNullable: false });
  const header = `// GENERATED FILE, DO NOT EDIT. Source: ${spec}. Regenerate with \`pnpm generate\`.\n`;
  const levels = JSON.stringify(securityLevels(parse(await readFile(join(root, spec), "utf8"))), null, 2);
  const security =
    `${header}\n/** Whether each operation ("METHOD /path") takes credentials, from the spec's \`security\`. */\n` +
    `export const operationSecurity = ${levels} as const;\n`;
  const files = [{ file: join(root, pkg, "src/generated/api.gen.ts"), text: header + astToString(ast) }];
  if (securityMap) files.push({ file: join(root, pkg, "src/generated/security.gen.ts"), text: security });
  return files;
}

let stale = 0;
for (const name of names.length ? names : Object.keys(apis)) {
  for (const { file, text } of await generate(name)) {
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
}
process.exit(stale ? 1 : 0);
