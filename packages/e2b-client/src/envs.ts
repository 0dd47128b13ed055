import {
  arrayBody,
  complete,
  fields,
  requireId,
  requireObject,
  toInit,
  unwrap,
  type RequestOptions,
} from "@spec-clients/core";
import type { E2bFetchClient } from "./context.js";
import type { Environment, EnvironmentState, NewEnvironment } from "./types.js";

const snippet = (codeSnippetID: string) => ({ path: { codeSnippetID: requireId(codeSnippetID, "codeSnippetID") } });

export function envsResource(client: E2bFetchClient) {
  return {
    /** Lists the environments of the key. */
    list: async (options?: RequestOptions) => unwrap<Environment[]>(client.GET("/envs", toInit(options)), arrayBody),
    /** Creates an environment from a template. */
    create: async (body: NewEnvironment, options?: RequestOptions) =>
      unwrap<Environment>(
        client.POST("/envs", { body: requireObject(body, "body"), ...toInit(options) }),
        fields({ id: "string" }),
      ),
    /** Creates the environment of a code snippet. */
    createForSnippet: async (codeSnippetID: string, body: NewEnvironment, options?: RequestOptions) => {
      const init = { params: snippet(codeSnippetID), body: requireObject(body, "body"), ...toInit(options) };
      await complete(client.POST("/envs/{codeSnippetID}", init));
    },
    /** Deletes the environment of a code snippet; BadRequestError while it cannot be deleted. */
    delete: async (codeSnippetID: string, options?: RequestOptions) => {
      await complete(client.DELETE("/envs/{codeSnippetID}", { params: snippet(codeSnippetID), ...toInit(options) }));
    },
    /** Publishes the edit environment of a code snippet. */
    publish: async (codeSnippetID: string, options?: RequestOptions) => {
      await complete(client.PATCH("/envs/{codeSnippetID}", { params: snippet(codeSnippetID), ...toInit(options) }));
    },
    /** Records the build state of a code snippet's environment. */
    setState: async (codeSnippetID: string, state: EnvironmentState, options?: RequestOptions) => {
      const init = { params: snippet(codeSnippetID), body: { state }, ...toInit(options) };
      await complete(client.PUT("/envs/{codeSnippetID}/state", init));
    },
    /** Sets (or, with no title, clears) the title of a code snippet's environment. */
    setTitle: async (codeSnippetID: string, title?: string, options?: RequestOptions) => {
      const init = { params: snippet(codeSnippetID), body: title === undefined ? {} : { title }, ...toInit(options) };
      await complete(client.PUT("/envs/{codeSnippetID}/title", init));
    },
  };
}

/** `e2b.envs`: the environments of the key, and the snippet environments' lifecycle. */
export interface EnvsResource extends ReturnType<typeof envsResource> {}
