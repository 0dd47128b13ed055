import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  InternalServerError,
  NotFoundError,
  type E2bClient,
} from "../src/index.js";
import { KEY, mockClient } from "./helpers.js";

const SID = "ipbtb3a6wf3gl3sbsjm7";
const CSID = "Xhp5IaChEAaq";

/** One call per operation of spec/e2b.yaml, keyed by operationId. */
const calls: Record<string, (c: E2bClient) => Promise<unknown>> = {
  getHealth: (c) => c.health(),
  listSessions: (c) => c.sessions.list(),
  createSession: (c) => c.sessions.create({ codeSnippetID: CSID, editEnabled: true }),
  deleteSession: (c) => c.sessions.delete(SID),
  refreshSession: (c) => c.sessions.refresh(SID),
  listEnvs: (c) => c.envs.list(),
  createEnv: (c) => c.envs.create({ template: "Nodejs", title: "Express server" }),
  createSnippetEnv: (c) => c.envs.createForSnippet(CSID, { template: "Python3" }),
  deleteSnippetEnv: (c) => c.envs.delete(CSID),
  publishSnippetEnv: (c) => c.envs.publish(CSID),
  setSnippetEnvState: (c) => c.envs.setState(CSID, "Done"),
  setSnippetEnvTitle: (c) => c.envs.setTitle(CSID, "Express server"),
};

const spec = parse(readFileSync(new URL("../../../spec/e2b.yaml", import.meta.url), "utf8"));
const operations = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const levelOf = (op: any) =>
  !op.security?.length ? "none" : op.security.some((r: object) => !Object.keys(r).length) ? "optional" : "required";

describe("every operation against the Prism mock", () => {
  it("covers every operation of the spec", () => {
    expect(Object.keys(calls).sort()).toEqual(operations.map((o) => o.op.operationId).sort());
  });
  it("sessions.list and envs.list return the examples", async () => {
    const { client } = mockClient();
    expect((await client.sessions.list())[0]).toEqual({
      codeSnippetID: CSID,
      editEnabled: false,
      sessionID: SID,
      clientID: "7d8a1b42",
    });
    expect((await client.envs.list()).map((e) => e.template)).toEqual(["Nodejs", "Python3"]);
  });
  it("sessions.create returns the new session and envs.create the environment", async () => {
    const { client } = mockClient();
    expect((await client.sessions.create({ codeSnippetID: CSID })).sessionID).toBe(SID);
    expect(await client.envs.create({ template: "Nodejs" })).toEqual({
      id: CSID,
      template: "Nodejs",
      title: "Express server",
    });
  });
  it.each(operations)(
    "$method $path succeeds with the key exactly where the spec takes it",
    async ({ path, method, op }) => {
      const { client, sent, methods } = mockClient();
      await calls[op.operationId]!(client);
      expect(sent).toHaveLength(1);
      const url = new URL(sent[0]!);
      expect(url.searchParams.get("api_key")).toBe(levelOf(op) === "none" ? null : KEY);
      expect(methods).toEqual([method]);
      // The whole path, each `{parameter}` one segment.
      const template = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      expect(url.pathname).toMatch(template);
    },
  );
  it.each(operations.filter(({ op }) => levelOf(op) === "optional"))(
    "$method $path works without a key, and sends none",
    async ({ op }) => {
      const { client, sent } = mockClient({ apiKey: undefined });
      await calls[op.operationId]!(client);
      expect(new URL(sent[0]!).searchParams.has("api_key")).toBe(false);
    },
  );
  it.each(operations.filter(({ op }) => levelOf(op) === "required"))(
    "$method $path without a key fails before sending, naming the option and variable",
    async ({ op }) => {
      const { client, sent } = mockClient({ apiKey: undefined });
      const error = await calls[op.operationId]!(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(String(error)).toMatch(/`apiKey`.*E2B_API_KEY/);
      expect(sent).toEqual([]);
    },
  );
});

const classes: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  404: NotFoundError,
  500: InternalServerError,
};
const documented = operations.flatMap(({ path, method, op }) =>
  Object.keys(op.responses)
    .filter((status) => Number(status) >= 400)
    .map((status) => ({
      label: `${method} ${path} → ${status}`,
      id: op.operationId as string,
      status: Number(status),
      op,
    })),
);

describe("every documented error status of every operation", () => {
  it("documents 400, 401, 404 and 500 only", () => {
    expect(new Set(documented.map((d) => d.status))).toEqual(new Set([400, 401, 404, 500]));
  });
  it.each(documented)("$label", async ({ id, status, op }) => {
    const { client } = mockClient({ headers: { Prefer: `code=${status}` } });
    const error = (await calls[id]!(client).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(classes[status]);
    expect(error.status).toBe(status);
    expect(error.code).toBe(status);
    expect(error.body).toEqual(op.responses[String(status)].content["application/json"].example);
    expect(error.message).toContain(
      `failed with ${status}: ${op.responses[String(status)].content["application/json"].example.message}`,
    );
    expect(error.message).not.toContain(KEY);
  });
});
