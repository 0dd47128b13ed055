import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    typecheck: { tsconfig: "./tsconfig.test.json", include: ["test/**/*.test-d.ts"] },
  },
});
