// The vitest projects of a client package: every test on the standard fetch path, the wire tests
// again on the Node fast path, and the "old client, new server" tests against mocks of a later spec.
import { configDefaults, type TestProjectInlineConfiguration } from "vitest/config";

export function clientProjects(wireTests: string[], newerApi: string[]): TestProjectInlineConfiguration[] {
  return [
    {
      extends: true,
      test: {
        name: "fetch",
        exclude: [...configDefaults.exclude, "**/newer-api.test.ts"],
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
  ];
}
