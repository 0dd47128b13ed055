// Tests of the repository tooling (docs, mock, spec diff, codegen); the packages have their own.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["scripts/test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Chromium for the docs and runtime-matrix tests, found (or unpacked from npm) once.
    globalSetup: ["scripts/testing/chromium.ts"],
  },
});
