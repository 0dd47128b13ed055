// Vitest global setup: starts the Prism mocks named in `apis` on free ports, shares their URLs with
// the tests through `inject("mockUrls")` as the base URL a client takes (Airplane's under /v0), and
// always stops them.
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM script without types
import { startMock } from "../mock.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}

type Mock = { url: string; baseUrl: string; stop: () => Promise<void> };

export function mockSetup(apis: string[] = ["airplane", "e2b"]) {
  return async (project: TestProject) => {
    const started: Mock[] = [];
    const urls: Record<string, string> = {};
    try {
      for (const [i, mock] of (await Promise.all(apis.map((name) => startMock(name) as Promise<Mock>))).entries()) {
        started.push(mock);
        urls[apis[i]!] = mock.baseUrl;
      }
    } catch (error) {
      await Promise.all(started.map((m) => m.stop()));
      throw error;
    }
    project.provide("mockUrls", urls);
    return async () => {
      await Promise.all(started.map((m) => m.stop()));
    };
  };
}
