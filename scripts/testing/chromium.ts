// Where the browser tests find Chromium: CHROMIUM_PATH, else the system's /usr/bin/chromium, else
// the one @sparticuz/chromium carries inside its npm package (unpacked to /tmp on first use), so
// that a machine with only Node and npm runs the whole suite. Undefined where none can run (off Linux).
import { existsSync } from "node:fs";

export async function findChromium(): Promise<string | undefined> {
  const given = process.env["CHROMIUM_PATH"];
  if (given) return given;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (process.platform !== "linux") return undefined;
  try {
    const { default: chromium } = await import("@sparticuz/chromium");
    return await chromium.executablePath();
  } catch (error) {
    console.warn(`No Chromium from @sparticuz/chromium: ${(error as Error).message}`);
    return undefined;
  }
}

/** Vitest global setup: unpacks Chromium once, before the test files that share it start, and tells them where. */
export default async function setup() {
  const path = await findChromium();
  if (path) process.env["CHROMIUM_PATH"] = path;
}
