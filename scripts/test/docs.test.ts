// Opens every docs page in headless Chromium, from disk and served, and fails on console errors,
// failed requests, a request to any other host, or a page that does not show every operation. Screenshots land in test-results/docs/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findChromium } from "../testing/chromium.js";
import { chromium, type Browser } from "playwright-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apis, root } from "../apis.mjs";
import { serveDocs } from "../serve-docs.mjs";
import { operationIds } from "../testing/snippets.js";

const docs = join(root, "docs");
// The global setup (scripts/testing/chromium.ts) found Chromium, or unpacked it from npm.
const chromiumPath = (await findChromium()) ?? "";
// A fresh machine may lack the browser: the docs test then skips, loudly, except in CI where it must run.
const hasChromium = chromiumPath !== "" && existsSync(chromiumPath);
if (!hasChromium && !process.env["CI"]) {
  console.warn("docs test skipped: no Chromium (set CHROMIUM_PATH; on Linux, @sparticuz/chromium provides one).");
}
const shots = join(root, "test-results/docs");
let browser: Browser;
let served: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!hasChromium && !process.env["CI"]) return;
  if (!existsSync(join(docs, "index.html")))
    execFileSync("node", [join(root, "scripts/build-docs.mjs")], { stdio: "ignore" });
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  served = await serveDocs({ port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Loads a page, clicks the given sidebar entries, and returns its visible text and every problem the browser reported. */
async function open(url: string, shot: string, expand: string[] = []) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  // Self-contained: no request leaves the page's own origin (no CDN, font or telemetry host).
  page.on("request", (r) => {
    const target = new URL(r.url());
    const local = ["file:", "data:", "blob:", "about:"].includes(target.protocol) || target.hostname === "127.0.0.1";
    if (!local) problems.push(`request to another host: ${r.method()} ${r.url()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(500);
  // Expanding a tag needs the hydrated app: a page whose script failed shows no operations.
  // The menu is an accordion, so the text is gathered after each click.
  let text = await page.locator("body").innerText();
  for (const label of expand) {
    // Exactly the label: "Files" must not open "Filesystem".
    const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
    await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: exact }).first().click();
    await page.waitForTimeout(150);
    text += await page.locator("body").innerText();
  }
  await page.screenshot({ path: join(shots, `${shot}.png`) });
  await page.close();
  return { text, problems };
}

const METHODS = ["get", "put", "post", "delete", "patch"];
/** The operations of a path item (not its shared `parameters`). */
const opsOf = (item: Record<string, any>) => METHODS.filter((m) => item[m]).map((m) => item[m]);

const specOf = (name: keyof typeof apis) => {
  const doc = parse(readFileSync(join(root, apis[name].spec), "utf8"));
  const summaries = Object.values<Record<string, any>>(doc.paths).flatMap((item) =>
    opsOf(item).map((op) => op.summary as string),
  );
  return { summaries, tags: (doc.tags as { name: string }[]).map((t) => t.name), info: doc.info };
};

/** Every operation with its tag and the last call line of its TypeScript sample (the call it shows). */
const operationsOf = (name: keyof typeof apis) => {
  const doc = parse(readFileSync(join(root, apis[name].spec), "utf8"));
  return Object.values<Record<string, any>>(doc.paths).flatMap((item) =>
    opsOf(item).map((op) => {
      const sample = op["x-codeSamples"].find((s: { lang: string }) => s.lang === "TypeScript").source as string;
      const lines = sample
        .trim()
        .split("\n")
        .filter((line) => line.includes("("));
      return { id: op.operationId as string, tag: op.tags[0] as string, line: lines.at(-1)!.trim() };
    }),
  );
};

describe.skipIf(!hasChromium && !process.env["CI"]).each(["disk", "served"] as const)("docs opened from %s", (mode) => {
  const urlOf = (page: string) => (mode === "disk" ? pathToFileURL(join(docs, page)).href : `${served.url}/${page}`);

  it("index links every API with its version, purpose, size and mock, and says how to start", async () => {
    const { text, problems } = await open(urlOf("index.html"), `index-${mode}`);
    expect(problems).toEqual([]);
    for (const name of Object.keys(apis) as (keyof typeof apis)[]) {
      const { info, summaries } = specOf(name);
      const pkg = JSON.parse(readFileSync(join(root, apis[name].pkg, "package.json"), "utf8")).name as string;
      expect(text).toContain(`npm install ${pkg}`);
      expect(text).toMatch(new RegExp(`import \\{ create\\w+Client \\} from "${pkg}(/\\w+)?";`));
      expect(text).toContain(apis[name].credential.replace(/`/g, ""));
      expect(text).toContain(`${pkg} README`);
      expect(text).toContain(info.title);
      expect(text).toContain(`v${info.version}`);
      expect(text).toContain(info.summary);
      expect(text).toMatch(new RegExp(`Operations\\s+${summaries.length}`));
      expect(text).toContain(`pnpm mock ${name}`);
    }
  });

  it.each(Object.keys(apis) as (keyof typeof apis)[])("%s page shows every operation without errors", async (name) => {
    const { summaries, tags } = specOf(name);
    const { text, problems } = await open(urlOf(`${name}.html`), `${name}-${mode}`, tags);
    expect(problems).toEqual([]);
    // One summary per operation of the spec, however many it has.
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries).toHaveLength(operationIds(apis[name].spec).length);
    for (const summary of summaries) expect(text).toContain(summary);
  });
});

describe.skipIf(!hasChromium && !process.env["CI"])("the pages phone no one", () => {
  it("moving between operations for longer than Redoc's trace batches sends nothing to any other host", async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on("request", (r) => {
      const target = new URL(r.url());
      if (!["file:", "data:", "blob:", "about:"].includes(target.protocol)) elsewhere.push(r.url());
    });
    await page.goto(pathToFileURL(join(docs, "e2b-sandbox.html")).href, { waitUntil: "load" });
    for (const label of specOf("e2b-sandbox").tags) {
      await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: label }).first().click();
      await page.waitForTimeout(300);
    }
    // OpenTelemetry's batch exporter sends every 5 s, and on the page's hiding.
    await page.waitForTimeout(6_000);
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await page.close({ runBeforeUnload: true });
    expect(elsewhere).toEqual([]);
  }, 30_000);
});

/** What of a request sample is out of sight: lines cut by its panel, text under its copy button. */
const hiddenOf = (pre: Element) => {
  const button = pre.parentElement!.parentElement!.querySelector("button")!.getBoundingClientRect();
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  const covered: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const overlaps = [...range.getClientRects()].some(
      (r) => r.right > button.left && r.left < button.right && r.bottom > button.top && r.top < button.bottom,
    );
    if (overlaps && node.textContent!.trim()) covered.push(node.textContent!);
  }
  return { cut: pre.scrollWidth > pre.clientWidth + 1, covered };
};

describe.skipIf(!hasChromium && !process.env["CI"])("every operation shows its TypeScript sample, whole", () => {
  for (const name of Object.keys(apis) as (keyof typeof apis)[]) {
    it.each(operationsOf(name))(`${name}: $id`, async ({ id, tag, line }) => {
      // A common laptop window: the sample panel is narrower than its longest lines.
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${served.url}/${name}.html#tag/${tag}/operation/${id}`, { waitUntil: "load" });
      const sample = page.locator("code", { hasText: line }).first();
      await sample.waitFor({ state: "visible", timeout: 10_000 });
      await sample.scrollIntoViewIfNeeded();
      expect(await sample.isVisible()).toBe(true);
      const pre = page.locator('.panel-request-samples [data-testid="source-code"]', { hasText: line }).first();
      expect(await pre.evaluate(hiddenOf)).toEqual({ cut: false, covered: [] });
      await page.screenshot({ path: join(shots, `sample-${name}-${id}.png`) });
      await page.close();
    });
  }
});
