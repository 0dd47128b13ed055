import { defineConfig } from "vitest/config";

/** The tests that talk to a server: they run on the standard fetch path and on the Node fast path. */
const wireTests = ["test/behaviour/**/*.test.ts", "test/contract.test.ts", "test/hostile/**/*.test.ts"];

export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    typecheck: { tsconfig: "./tsconfig.test.json", include: ["test/**/*.test-d.ts"] },
    projects: [
      { extends: true, test: { name: "fetch", typecheck: { enabled: true } } },
      {
        extends: true,
        test: { name: "node", include: wireTests, env: { SPEC_CLIENTS_PATH: "node" }, typecheck: { enabled: false } },
      },
    ],
  },
});
