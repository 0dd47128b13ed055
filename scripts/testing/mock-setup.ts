// Vitest global setup: starts the Prism mocks named in `apis` on free ports, shares their URLs with
// the tests through `inject("mockUrls")` as the base URL a client takes (Airplane's under /v0), and
// always stops them. `inject("newerMockUrls")` are mocks of a later version of each spec
// (scripts/testing/newer-spec.mjs), for the "old client, new server" project.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM script without types
import { startMock } from "../mock.mjs";
import { writeNewerSpec } from "./newer-spec.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
    newerMockUrls: Record<string, string>;
  }
}

type Mock = { url: string; baseUrl: string; stop: () => Promise<void> };

export function mockSetup(apis: string[] = ["airplane", "e2b"]) {
  return async (project: TestProject) => {
    const started: Mock[] = [];
    const urls: Record<string, string> = {};
    const newer: Record<string, string> = {};
    const specs: string[] = [];
    const stopAll = async () => {
      await Promise.all(started.map((m) => m.stop()));
      for (const spec of specs) rmSync(dirname(spec), { recursive: true, force: true });
    };
    const newerSpec = (name: string) => {
      specs.push(writeNewerSpec(name));
      return specs.at(-1)!;
    };
    const start = async (name: string, into: Record<string, string>, spec?: string) => {
      // Up to ten Prisms start at once here, beside the other suites on a 2-core machine: each gets
      // two minutes (a user's `pnpm mock` keeps its 30 s).
      const mock = (await startMock(name, { timeoutMs: 120_000, ...(spec && { spec }) })) as Mock;
      started.push(mock);
      into[name] = mock.baseUrl;
    };
    // Settled, not raced: a mock still starting when another fails would outlive the run.
    const results = await Promise.allSettled(
      apis.flatMap((name) => [start(name, urls), start(name, newer, newerSpec(name))]),
    );
    const failure = results.find((result) => result.status === "rejected");
    if (failure) {
      await stopAll();
      throw failure.reason;
    }
    project.provide("mockUrls", urls);
    project.provide("newerMockUrls", newer);
    return stopAll;
  };
}

/** The base URL of the mock of `name` this project talks to: a newer spec's under SPEC_CLIENTS_MOCK=newer. */
export function mockUrl(inject: (key: "mockUrls" | "newerMockUrls") => Record<string, string>, name: string): string {
  return inject(process.env["SPEC_CLIENTS_MOCK"] === "newer" ? "newerMockUrls" : "mockUrls")[name]!;
}
