import { describe, expectTypeOf, it } from "vitest";
import {
  createE2bClient,
  NotFoundError,
  type E2bErrorBody,
  type Environment,
  type KeepAliveEnd,
  type Session,
} from "../src/index.js";

const e2b = createE2bClient({ apiKey: "k" });

describe("results are typed from the spec", () => {
  it("resource methods", () => {
    expectTypeOf(e2b.sessions.list()).resolves.toEqualTypeOf<Session[]>();
    expectTypeOf(e2b.sessions.create({ codeSnippetID: "c" })).resolves.toEqualTypeOf<Session>();
    expectTypeOf(e2b.sessions.delete("s")).resolves.toBeVoid();
    expectTypeOf(e2b.sessions.refresh("s")).resolves.toBeVoid();
    expectTypeOf(e2b.envs.list()).resolves.toEqualTypeOf<Environment[]>();
    expectTypeOf(e2b.envs.create({ template: "Go" })).resolves.toEqualTypeOf<Environment>();
    expectTypeOf(e2b.health()).resolves.toBeVoid();
    expectTypeOf(e2b.sessions.keepAlive("s").done).resolves.toEqualTypeOf<KeepAliveEnd>();
    expectTypeOf(e2b.sessions.open({ codeSnippetID: "c" }))
      .resolves.toHaveProperty("sessionID")
      .toBeString();
    expectTypeOf<Session>().toEqualTypeOf<{
      codeSnippetID: string;
      editEnabled: boolean;
      sessionID: string;
      clientID: string;
    }>();
  });
});

describe("wrong input does not compile", () => {
  it("resource methods", () => {
    // @ts-expect-error codeSnippetID is required
    void e2b.sessions.create({ editEnabled: true });
    // @ts-expect-error unknown template
    void e2b.envs.create({ template: "Cobol" });
    // @ts-expect-error unknown state
    void e2b.envs.setState("c", "Paused");
    // @ts-expect-error the key is the client's business, not the caller's
    void e2b.sessions.list({ params: { query: { api_key: "k" } } });
  });
  it("typed openapi-fetch methods", () => {
    // @ts-expect-error unknown path
    void e2b.GET("/session");
    // @ts-expect-error the path parameter is required
    void e2b.DELETE("/sessions/{sessionID}", {});
    // @ts-expect-error sessions cannot be patched
    void e2b.PATCH("/sessions/{sessionID}", { params: { path: { sessionID: "s" } } });
  });
});

describe("errors carry e2b's error body", () => {
  it("instanceof narrows body to the spec's Error schema", () => {
    const error: unknown = undefined;
    if (error instanceof NotFoundError) {
      expectTypeOf(error.body).toEqualTypeOf<E2bErrorBody | undefined>();
      expectTypeOf(error.body!.code).toEqualTypeOf<number>();
    }
  });
});
