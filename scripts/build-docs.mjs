// Renders one Redoc page per API into docs/, plus an index linking both. Redocly's pages import
// Redoc from a CDN; we inline the copy the CLI ships instead (module imports are blocked on file://),
// so docs/ works from disk, served, and offline.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { apis, root } from "./apis.mjs";

const require = createRequire(import.meta.url);
const out = join(root, "docs");
const redocly = join(root, "node_modules/.bin/redocly");
const cliDir = dirname(require.resolve("@redocly/cli/package.json"));
const bundle = readFileSync(join(cliDir, "lib/chunks/redoc.standalone.js"), "utf8");
const bundleVersion = bundle.match(/Version: ([\d.]+)/)?.[1];
const EXPORTS = /export\s*\{\s*RedocStandalone\s*,\s*hydrate\s*,\s*init\s*\}\s*;?\s*$/;
if (!EXPORTS.test(bundle) || bundle.includes("</script")) {
  throw new Error("The Redoc bundle shipped by @redocly/cli changed shape; update scripts/build-docs.mjs.");
}
// Redoc's "API docs by Redocly" logo is fetched from a CDN; keep the attribution, drawn inline.
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="84" height="18"><text x="0" y="14" font-family="sans-serif" font-size="14" fill="#0044d4">Redocly</text></svg>',
)}`;
const inlined = bundle.replace(EXPORTS, "").replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, LOGO);
const FAVICON = '<link rel="icon" href="data:," />';
mkdirSync(out, { recursive: true });

const entries = [];
for (const name of Object.keys(apis)) {
  const file = join(out, `${name}.html`);
  execFileSync(redocly, ["build-docs", name, "-o", file], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const html = readFileSync(file, "utf8");
  const cdn = html.match(
    /import\s*\{\s*hydrate\s*\}\s*from\s*"https:\/\/cdn\.redocly\.com\/redoc\/v([\d.]+)\/[^"]+";?/,
  );
  if (!cdn) throw new Error(`${file}: no Redoc CDN import found to replace; the Redocly template changed.`);
  if (cdn[1] !== bundleVersion) throw new Error(`${file} wants Redoc ${cdn[1]}, the CLI ships ${bundleVersion}.`);
  const page = html
    .replace(cdn[0], () => inlined)
    .replace(/<link rel="modulepreload" href="https:\/\/cdn\.redocly\.com\/[^>]*>/, FAVICON);
  if (page.includes("cdn.redocly.com/redoc/")) throw new Error(`${file} still loads Redoc from the CDN.`);
  writeFileSync(file, page);
  const { info } = parse(readFileSync(join(root, apis[name].spec), "utf8"));
  entries.push({ name, title: info.title, version: info.version, summary: info.summary });
  console.log(`docs/${name}.html`);
}

const items = entries
  .map(
    (e) => `      <li><a href="./${e.name}.html">${e.title}</a> <small>v${e.version}</small><p>${e.summary}</p></li>`,
  )
  .join("\n");
writeFileSync(
  join(out, "index.html"),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>API reference</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem}li{margin:1rem 0}</style>
  </head>
  <body>
    <h1>API reference</h1>
    <p>Generated from the hand-written OpenAPI descriptions in <code>spec/</code>.</p>
    <ul>
${items}
    </ul>
  </body>
</html>
`,
);
console.log("docs/index.html");
