import { describe, expectTypeOf, it } from "vitest";
import {
  ApiError,
  createAirplaneClient,
  NotFoundError,
  type AirplaneErrorBody,
  type Run,
  type KnownRunStatus,
  type KnownSessionStatus,
  type RunStatus,
  RunStatusValues,
  type Session,
} from "../src/index.js";

const airplane = createAirplaneClient({ apiKey: "k" });

describe("results are typed from the spec", () => {
  it("resource methods", () => {
    expectTypeOf(airplane.runs.get("r")).resolves.toEqualTypeOf<Run>();
    expectTypeOf(airplane.runs.get("r")).resolves.toHaveProperty("status").toEqualTypeOf<RunStatus>();
    // Open: a status a later API adds types as any other string, and the known ones still narrow.
    expectTypeOf<RunStatus>().toEqualTypeOf<
      "NotStarted" | "Queued" | "Active" | "Succeeded" | "Failed" | "Cancelled" | (string & {})
    >();
    expectTypeOf<KnownRunStatus>().toEqualTypeOf<
      "NotStarted" | "Queued" | "Active" | "Succeeded" | "Failed" | "Cancelled"
    >();
    expectTypeOf(RunStatusValues).toEqualTypeOf<
      readonly ["NotStarted", "Queued", "Active", "Succeeded", "Failed", "Cancelled"]
    >();
    // A switch over the known values leaves only the unknown ones in `default`.
    const name = (status: RunStatus) => {
      switch (status) {
        case "NotStarted":
        case "Queued":
        case "Active":
        case "Succeeded":
        case "Failed":
        case "Cancelled":
          return "known";
        default:
          expectTypeOf(status).toEqualTypeOf<string & {}>();
          return status;
      }
    };
    expectTypeOf(name).returns.toEqualTypeOf<"known" | (string & {})>();
    expectTypeOf(airplane.sessions.get("s")).resolves.toEqualTypeOf<Session>();
    expectTypeOf(airplane.runs.list()).resolves.toHaveProperty("runs").toEqualTypeOf<Run[]>();
    expectTypeOf(airplane.tasks.execute({ slug: "t" })).resolves.toEqualTypeOf<{ runID: string }>();
    expectTypeOf(airplane.runbooks.execute({ id: "r" })).resolves.toEqualTypeOf<{ sessionID: string }>();
    expectTypeOf(airplane.runs.getOutputs("r")).resolves.toEqualTypeOf<{ output: unknown }>();
    expectTypeOf(airplane.runs.cancel("r")).resolves.toBeVoid();
    expectTypeOf(airplane.tasks.run({ slug: "t" })).resolves.toEqualTypeOf<{ run: Run; output: unknown }>();
    expectTypeOf(airplane.runs.listAll()).toMatchTypeOf<AsyncIterable<Run>>();
    expectTypeOf(airplane.prompts.get("p")).resolves.toHaveProperty("prompt").toHaveProperty("runID").toBeString();
  });
  it("typed openapi-fetch methods", async () => {
    const { data } = await airplane.GET("/sessions/get", { params: { query: { id: "s" } } });
    expectTypeOf(data!.id).toEqualTypeOf<Session["id"]>();
    expectTypeOf(data!.paramValues).toEqualTypeOf<Session["paramValues"]>();
    // openapi-fetch 0.17's Readable maps the open member of an enum to an object type; the known values stay.
    expectTypeOf<KnownSessionStatus>().toExtend<NonNullable<typeof data>["status"]>();
  });
});

describe("wrong input does not compile", () => {
  it("resource methods", () => {
    // @ts-expect-error id or slug is required
    void airplane.tasks.execute({ paramValues: {} });
    // @ts-expect-error ids are strings
    void airplane.runs.get(42);
    // @ts-expect-error unknown filter
    void airplane.runs.list({ taskName: "x" });
    // @ts-expect-error limit is a number
    void airplane.sessions.list({ limit: "10" });
    // @ts-expect-error values are required
    void airplane.prompts.submit({ id: "p" });
    // @ts-expect-error resources map to slugs (strings)
    void airplane.tasks.execute({ slug: "t", resources: { db: 1 } });
  });
  it("typed openapi-fetch methods", () => {
    // @ts-expect-error unknown path
    void airplane.GET("/runs/fetch");
    // @ts-expect-error runs/get is not a POST
    void airplane.POST("/runs/get");
    // @ts-expect-error id is required
    void airplane.GET("/runs/get", { params: { query: {} } });
    // @ts-expect-error wrong body field
    void airplane.POST("/runs/cancel", { body: { id: "r" } });
  });
  it("options", () => {
    // @ts-expect-error retry takes attempts, not count
    createAirplaneClient({ retry: { count: 3 } });
  });
});

describe("errors carry Airplane's error body", () => {
  it("instanceof narrows body to the spec's Error schema", () => {
    const error: unknown = undefined;
    if (error instanceof NotFoundError) expectTypeOf(error.body).toEqualTypeOf<AirplaneErrorBody | undefined>();
    if (error instanceof ApiError) {
      expectTypeOf(error.body).toEqualTypeOf<AirplaneErrorBody | undefined>();
      expectTypeOf(error.body!.error).toEqualTypeOf<string>();
    }
  });
});
