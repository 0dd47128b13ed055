import { configDefaults, defineConfig } from "vitest/config";

const defaultExclude = configDefaults.exclude;
/** "Old client, new server": the contract suite and these tests against mocks of a later spec (scripts/testing/newer-spec.mjs). */
const newerApi = [
  "test/contract.test.ts",
  "test/newer-api.test.ts",
  "test/sandbox/contract.test.ts",
  "test/sandbox/newer-api.test.ts",
];
const newerApiTests = "**/newer-api.test.ts";

/** The tests that talk to a server: they run on the standard fetch path and on the Node fast path. */
const wireTests = [
  "test/behaviour.test.ts",
  "test/contract.test.ts",
  "test/keep-alive.test.ts",
  "test/hostile/**/*.test.ts",
  "test/sandbox/{contract,behaviour,listing,build-wait,hostile}.test.ts",
];

export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    typecheck: { tsconfig: "./tsconfig.test.json", include: ["test/**/*.test-d.ts"] },
    projects: [
      {
        extends: true,
        test: {
          name: "fetch",
          exclude: [...defaultExclude, newerApiTests],
          // The standard path: on Node the default would be the pools (see default-transport.node.ts).
          env: { SPEC_CLIENTS_TRANSPORT: "fetch" },
          typecheck: { enabled: true },
        },
      },
      {
        extends: true,
        test: { name: "node", include: wireTests, env: { SPEC_CLIENTS_PATH: "node" }, typecheck: { enabled: false } },
      },
      {
        extends: true,
        test: {
          name: "newer-api",
          include: newerApi,
          env: { SPEC_CLIENTS_MOCK: "newer", SPEC_CLIENTS_TRANSPORT: "fetch" },
          typecheck: { enabled: false },
        },
      },
    ],
  },
});
