import { describe, expectTypeOf, it } from "vitest";
import {
  createE2bSandboxClient,
  NotFoundError,
  type BuildLogEntry,
  type Known,
  type KnownSandboxState,
  type ListedSandbox,
  type Page,
  type Sandbox,
  type SandboxDetail,
  type SandboxErrorBody,
  type SandboxPage,
  type Snapshot,
  type TemplateBuild,
  type TemplateBuildStatus,
} from "../../src/sandbox/index.js";
import { createE2bTeamClient, TemplateBuildError } from "../../src/team/index.js";

const e2b = createE2bSandboxClient({ apiKey: "k" });
const team = createE2bTeamClient({ apiKey: "k" });

describe("the sandbox client is typed from spec/e2b-sandbox.yaml", () => {
  it("sandboxes", () => {
    expectTypeOf(e2b.sandboxes.create({ templateID: "base" })).resolves.toEqualTypeOf<Sandbox>();
    expectTypeOf(e2b.sandboxes.list()).resolves.toEqualTypeOf<SandboxPage>();
    expectTypeOf<SandboxPage>().toMatchTypeOf<Page<ListedSandbox>>();
    expectTypeOf(e2b.sandboxes.listAll()).toEqualTypeOf<AsyncGenerator<ListedSandbox, void, undefined>>();
    expectTypeOf(e2b.sandboxes.get("s")).resolves.toEqualTypeOf<SandboxDetail>();
    expectTypeOf(e2b.sandboxes.kill("s")).resolves.toBeBoolean();
    expectTypeOf(e2b.sandboxes.pause("s")).resolves.toBeBoolean();
    expectTypeOf(e2b.sandboxes.setTimeout("s", 60)).resolves.toBeVoid();
    expectTypeOf(e2b.sandboxes.connect("s")).resolves.toEqualTypeOf<Sandbox>();
    expectTypeOf(e2b.sandboxes.open({ templateID: "base" })).resolves.toMatchTypeOf<Sandbox & AsyncDisposable>();
    expectTypeOf<Sandbox["envdVersion"]>().toBeString();
    // Open: a state a later API adds types as any other string.
    expectTypeOf<ListedSandbox["state"]>().toEqualTypeOf<"running" | "paused" | (string & {})>();
    expectTypeOf<Known<ListedSandbox["state"]>>().toEqualTypeOf<"running" | "paused">();
    expectTypeOf<Known<ListedSandbox["state"]>>().toEqualTypeOf<KnownSandboxState>();
  });
  it("inputs are checked against the spec", () => {
    // @ts-expect-error templateID is required
    void e2b.sandboxes.create({ timeout: 60 });
    // @ts-expect-error state takes the spec's enum
    void e2b.sandboxes.list({ state: ["stopped"] });
    // @ts-expect-error timeouts are numbers of seconds
    void e2b.sandboxes.setTimeout("s", "60");
  });
  it("what a team owns is the team client's, over the same typed paths", () => {
    expectTypeOf(e2b).not.toHaveProperty("templates");
    expectTypeOf(e2b).not.toHaveProperty("secrets");
    expectTypeOf(team).not.toHaveProperty("sandboxes");
    expectTypeOf(team.GET).toEqualTypeOf(e2b.GET);
  });
  it("snapshots, templates and teams", () => {
    expectTypeOf(e2b.snapshots.listAll()).toEqualTypeOf<AsyncGenerator<Snapshot, void, undefined>>();
    expectTypeOf(e2b.snapshots.delete("s")).resolves.toBeBoolean();
    expectTypeOf(team.templates.exists("n")).resolves.toBeBoolean();
    expectTypeOf(team.templates.waitForBuild("t", "b")).resolves.toEqualTypeOf<TemplateBuildStatus>();
    expectTypeOf(team.templates.waitForBuild)
      .parameter(2)
      .exclude<undefined>()
      .toHaveProperty("onLogs")
      .toEqualTypeOf<((entries: BuildLogEntry[]) => void) | undefined>();
    expectTypeOf(team.templates.get("t")).resolves.toHaveProperty("nextToken").toEqualTypeOf<string | undefined>();
    expectTypeOf(team.templates.listBuilds("t")).toEqualTypeOf<AsyncGenerator<TemplateBuild, void, undefined>>();
    expectTypeOf(team.teams.list()).resolves.items.toHaveProperty("apiKey").toBeString();
  });
  it("errors carry typed bodies and reasons", () => {
    const error: unknown = undefined;
    if (error instanceof NotFoundError) expectTypeOf(error.body).toEqualTypeOf<SandboxErrorBody | undefined>();
    if (error instanceof TemplateBuildError) expectTypeOf(error.reason).toEqualTypeOf<TemplateBuildStatus["reason"]>();
  });
});
