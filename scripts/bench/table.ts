import { execFileSync } from "node:child_process";

/** One table of BENCHMARKS.md. */
export type Table = { title: string; note: string; head: string[]; rows: string[][] };

/** The commit a report measured, and whether the tree had changes on top of it. */
export function measuredCommit(): string {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  const dirty = git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : "";
  return `${git("rev-parse", "--short", "HEAD")}${dirty}`;
}
