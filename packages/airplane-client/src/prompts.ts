import { fields, requireId, requireObject, toInit, unwrap, type RequestOptions } from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import type { GetPromptResponse, ListPromptsResponse, PromptIDResponse, SubmitPromptInput } from "./types.js";

const hasId = fields({ id: "string" });

export function promptsResource(client: AirplaneFetchClient) {
  return {
    /** Returns `{ prompt }`. */
    get: async (promptID: string, options?: RequestOptions) =>
      unwrap<GetPromptResponse>(
        client.GET("/prompts/get", { params: { query: { id: requireId(promptID, "promptID") } }, ...toInit(options) }),
        fields({ prompt: "object" }),
      ),
    /** Returns `{ prompts }`: every prompt the run opened. */
    list: async (runID: string, options?: RequestOptions) =>
      unwrap<ListPromptsResponse>(
        client.GET("/prompts/list", { params: { query: { runID: requireId(runID, "runID") } }, ...toInit(options) }),
        fields({ prompts: "objects" }),
      ),
    /** Answers a prompt; returns `{ id }`. */
    submit: async (input: SubmitPromptInput, options?: RequestOptions) => {
      const body = { ...requireObject(input, "input"), id: requireId(input.id, "id") };
      return unwrap<PromptIDResponse>(client.POST("/prompts/submit", { body, ...toInit(options) }), hasId);
    },
    /** Withdraws a prompt; returns `{ id }`. */
    cancel: async (promptID: string, options?: RequestOptions) =>
      unwrap<PromptIDResponse>(
        client.POST("/prompts/cancel", { body: { id: requireId(promptID, "promptID") }, ...toInit(options) }),
        hasId,
      ),
  };
}

/** `airplane.prompts`: the prompts of a run or session, submitting and cancelling them. */
export interface PromptsResource extends ReturnType<typeof promptsResource> {}
