// The size ceiling enforced in CI: each client, with openapi-fetch and the shared runtime, in min+gzip bytes.
// The 5 kB target is not met yet (BENCHMARKS.md says why); this stops the size from growing meanwhile.
import { describe, expect, it } from "vitest";
import { bundleSize, entries, OFFICIAL_SANDBOX, OFFICIAL_SHARE, SANDBOX_AND_ENVD } from "./sizes.js";

describe("bundle size budget", () => {
  for (const [name, { code, ceiling }] of Object.entries(entries)) {
    if (ceiling === undefined) continue;
    it(`${name} is at most ${ceiling} bytes min+gzip`, async () => {
      const { gz } = await bundleSize(code);
      expect(gz).toBeLessThanOrEqual(ceiling);
    });
  }
  it(`${SANDBOX_AND_ENVD} is at most a fifth of ${OFFICIAL_SANDBOX}, measured now`, async () => {
    const [ours, official] = await Promise.all(
      [SANDBOX_AND_ENVD, OFFICIAL_SANDBOX].map((n) => bundleSize(entries[n]!.code)),
    );
    expect(ours!.gz).toBeLessThanOrEqual(official!.gz * OFFICIAL_SHARE);
  });
});
