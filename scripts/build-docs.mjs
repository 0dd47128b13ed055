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
const quiet = join(root, "scripts/redocly-quiet.mjs");
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
// Request samples wrap instead of running out of their panel (which hides the rest of a line at a
// 1440 px window), and leave their first line clear of the copy button.
const SAMPLE_STYLE = `<style>
  .panel-request-samples [data-testid="source-code"] { padding-right: 40px !important; }
  .panel-request-samples [data-testid="source-code"],
  .panel-request-samples [data-testid="source-code"] * { white-space: pre-wrap !important; overflow-wrap: anywhere; }
</style>`;
mkdirSync(out, { recursive: true });

const entries = [];
for (const name of Object.keys(apis)) {
  const file = join(out, `${name}.html`);
  execFileSync(process.execPath, [quiet, "build-docs", name, "-o", file], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const html = readFileSync(file, "utf8");
  const cdn = html.match(
    /import\s*\{\s*hydrate\s*\}\s*from\s*"https:\/\/cdn\.redocly\.com\/redoc\/v([\d.]+)\/[^"]+";?/,
  );
  if (!cdn) throw new Error(`${file}: no Redoc CDN import found to replace; the Redocly template changed.`);
  if (cdn[1] !== bundleVersion) throw new Error(`${file} wants Redoc ${cdn[1]}, the CLI ships ${bundleVersion}.`);
  const page = html
    .replace(cdn[0], () => inlined)
    .replace(/<link rel="modulepreload" href="https:\/\/cdn\.redocly\.com\/[^>]*>/, FAVICON + SAMPLE_STYLE);
  if (page.includes("cdn.redocly.com/redoc/")) throw new Error(`${file} still loads Redoc from the CDN.`);
  writeFileSync(file, page);
  const doc = parse(readFileSync(join(root, apis[name].spec), "utf8"));
  const operations = Object.values(doc.paths ?? {}).flatMap((item) =>
    Object.keys(item).filter((key) => ["get", "put", "post", "delete", "patch"].includes(key)),
  ).length;
  const basePath = new URL(doc.servers?.[0]?.url ?? "http://x/").pathname.replace(/\/$/, "");
  // How to start, from the package and the spec's own samples (their first import names the entry).
  const pkgName = JSON.parse(readFileSync(join(root, apis[name].pkg, "package.json"), "utf8")).name;
  const sample = Object.values(doc.paths).flatMap((item) =>
    Object.values(item).flatMap((op) => op?.["x-codeSamples"] ?? []),
  )[0];
  const importLine = sample?.source.split("\n").find((line) => line.startsWith("import ")) ?? "";
  entries.push({ name, ...doc.info, operations, server: doc.servers?.[0]?.url, basePath, pkgName, importLine });
  console.log(`docs/${name}.html`);
}

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);
/** `code` spans of a short Markdown-ish text (backticks), escaped. */
const inline = (text) => escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");
const card = (e) => `      <section class="card">
        <h2><a href="./${e.name}.html">${escape(e.title)}</a> <span class="version">v${escape(e.version)}</span></h2>
        <p>${escape(e.summary)}</p>
        <dl>
          <dt>Install</dt><dd><code>npm install ${escape(e.pkgName)}</code></dd>
          <dt>Import</dt><dd><code>${escape(e.importLine)}</code></dd>
          <dt>Credential</dt><dd>${inline(apis[e.name].credential)}</dd>
          <dt>Guide</dt><dd><a href="../${apis[e.name].pkg}/README.md">${escape(e.pkgName)} README</a></dd>
          <dt>Operations</dt><dd><a href="./${e.name}.html">${e.operations}</a></dd>
          <dt>Server</dt><dd><code>${escape(e.server)}</code></dd>
          <dt>Mock</dt><dd><code>pnpm mock ${e.name}</code> then <code>baseUrl: "http://127.0.0.1:${apis[e.name].mockPort}${e.basePath}"</code></dd>
        </dl>
      </section>`;
writeFileSync(
  join(out, "index.html"),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>API reference</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <style>
      :root { color-scheme: light; --border: #e4e4e7; --muted: #52525b; --accent: #1d4ed8; }
      body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181b; background: #fff; }
      header { border-bottom: 1px solid var(--border); background: #fafafa; }
      header div, main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem; }
      h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
      header p { margin: 0; color: var(--muted); }
      main { display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); }
      .card { border: 1px solid var(--border); border-radius: .75rem; padding: 1.25rem 1.5rem; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
      .card:hover { border-color: var(--accent); box-shadow: 0 2px 8px rgba(29,78,216,.12); }
      a { color: var(--accent); }
      h2 { font-size: 1.3rem; margin: 0 0 .5rem; color: var(--accent); }
      .version { font-size: .75rem; font-weight: 600; color: #15803d; background: #dcfce7; border-radius: 1rem; padding: .1rem .55rem; vertical-align: middle; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 1rem 0 0; font-size: .9rem; }
      dt { color: var(--muted); } dd { margin: 0; }
      code { font: .85rem ui-monospace, SFMono-Regular, Menlo, monospace; background: #f4f4f5; border-radius: .3rem; padding: .05rem .3rem; }
    </style>
  </head>
  <body>
    <header><div>
      <h1>API reference</h1>
      <p>Generated from the hand-written OpenAPI descriptions in <code>spec/</code>, with a TypeScript sample for every operation. To start: install the package, import its client, give it its credential; every API has a local mock to try it on.</p>
    </div></header>
    <main>
${entries.map(card).join("\n")}
    </main>
  </body>
</html>
`,
);
console.log("docs/index.html");
