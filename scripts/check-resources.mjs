// Checks that every operation of each spec has a resource method: a `client.METHOD("/path", …)`
// call in its package's sources. Names each operation without one and the file to add it to, and
// exits 1. `--report` only reports (exit 0): `pnpm build` runs it so, so that a new operation's typed raw
// client (`client.GET("/new/path")`) builds at once; the tests (and so CI) run the strict check.
// Usage: node scripts/check-resources.mjs [--report]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { apis } from "./apis.mjs";
import { repo } from "./redocly.mjs";

const METHODS = ["get", "put", "post", "delete", "patch"];
const CALL = /client\.(GET|PUT|POST|DELETE|PATCH)\(\s*"([^"]+)"/g;
const segment = (path) => path.split("/")[1] ?? "";

/** "METHOD /path" → the source file (relative to the package) that calls it. */
function calledOperations(pkg, dir) {
  const src = join(repo, pkg, dir);
  const calls = new Map();
  for (const file of readdirSync(src).filter((f) => f.endsWith(".ts"))) {
    for (const [, method, path] of readFileSync(join(src, file), "utf8").matchAll(CALL)) {
      calls.set(`${method} ${path}`, `${dir}/${file}`);
    }
  }
  return calls;
}

/** The file that already holds the operations of `path`'s first segment, else `src/<segment>.ts`. */
function fileFor(path, calls, dir) {
  const votes = new Map();
  for (const [op, file] of calls) {
    if (segment(op.split(" ")[1]) === segment(path)) votes.set(file, (votes.get(file) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${dir}/${segment(path) || "client"}.ts`;
}

let missing = 0;
for (const [name, api] of Object.entries(apis)) {
  const doc = parse(readFileSync(join(repo, api.spec), "utf8"));
  const calls = calledOperations(api.pkg, api.src);
  let count = 0;
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS.filter((m) => item[m])) {
      const key = `${method.toUpperCase()} ${path}`;
      if (calls.has(key)) continue;
      count++;
      const id = item[method].operationId ? ` (${item[method].operationId})` : "";
      console.error(
        `${name}: ${key}${id} has no resource method: add one to ${api.pkg}/${fileFor(path, calls, api.src)}`,
      );
    }
  }
  if (!count) console.log(`${name}: every operation has a resource method`);
  missing += count;
}
if (missing) {
  console.error(`${missing} operation(s) without a resource method: see "After a spec change" in README.md.`);
  if (process.argv.includes("--report")) {
    console.error("The build goes on (the raw client has the new paths); `pnpm test` fails until each has one.");
  } else {
    process.exit(1);
  }
}
