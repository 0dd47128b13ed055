// The published packages are ready to publish: their metadata, and the files a tarball carries.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../apis.mjs";

const published = ["packages/client-core", "packages/airplane-client", "packages/e2b-client"];

describe.each(published)("%s", (dir) => {
  const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  it("names its license, repository (with its directory), homepage, bugs and keywords, and publishes publicly", () => {
    expect(pkg.license).toBe("MIT");
    expect(pkg.repository).toMatchObject({ type: "git", directory: dir });
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg.homepage).toMatch(new RegExp(`/tree/main/${dir}#readme$`));
    expect(pkg.bugs.url).toMatch(/\/issues$/);
    expect(pkg.keywords.length).toBeGreaterThan(2);
    expect(pkg.publishConfig).toEqual({ access: "public" });
  });
  it("its tarball carries a README, the license and a changelog that names its version", () => {
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: join(root, dir), encoding: "utf8" }),
    );
    const files = (packed.files as { path: string }[]).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "CHANGELOG.md", "package.json"]));
    expect(readFileSync(join(root, dir, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(readFileSync(join(root, dir, "CHANGELOG.md"), "utf8")).toContain(`## ${pkg.version}`);
  });
});
