import { defineConfig } from "vitest/config";
import { clientProjects } from "../../scripts/testing/projects.js";

/** The tests that talk to a server: they run on the standard fetch path and on the Node fast path. */
const wireTests = [
  "test/behaviour.test.ts",
  "test/contract.test.ts",
  "test/keep-alive.test.ts",
  "test/hostile/**/*.test.ts",
  "test/sandbox/{contract,behaviour,listing,build-wait,hostile,volumes-secrets,logs}.test.ts",
  "test/volume/{contract,files}.test.ts",
  "test/envd/{contract,hostile,commands}.test.ts",
];
/** "Old client, new server": the contract suites and these tests against mocks of a later spec (scripts/testing/newer-spec.mjs). */
const newerApi = [
  "test/contract.test.ts",
  "test/newer-api.test.ts",
  "test/sandbox/contract.test.ts",
  "test/sandbox/newer-api.test.ts",
];

export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    typecheck: { tsconfig: "./tsconfig.test.json", include: ["test/**/*.test-d.ts"] },
    projects: clientProjects(wireTests, newerApi),
  },
});
