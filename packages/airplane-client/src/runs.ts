import {
  checkPageStart,
  complete,
  fields,
  paginate,
  pollUntil,
  requireId,
  requireObject,
  toInit,
  unwrap,
  type ClientLog,
  type PollOptions,
  type RequestOptions,
} from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import { RunStatusValues } from "./generated/enums.gen.js";
import type { ListRunsFilter, ListRunsResponse, Run, RunOutputs, RunStatus } from "./types.js";

/** The spec's `maximum` of `limit` on list operations. */
export const MAX_PAGE_SIZE = 50;

const TERMINAL_RUN: ReadonlySet<RunStatus> = new Set(["Succeeded", "Failed", "Cancelled"]);

/** Whether a run status is final: `Succeeded`, `Failed` or `Cancelled`. A status the spec does not list is not. */
export const isRunTerminal = (status: RunStatus) => TERMINAL_RUN.has(status);

/** What resources share besides the fetch client: the redactor and the log. */
export interface ResourceTools {
  redact: (text: string) => string;
  log: ClientLog;
}

/** Options of `runs.wait`: poll interval (default 500 ms, at least 100), overall timeout and signal. */
export type WaitOptions = PollOptions & Pick<RequestOptions, "headers">;

const byId = (runID: string) => ({ query: { id: requireId(runID, "runID") } });
// Any status string passes: a later API may add one (waiting goes on through it).
const isRun = fields({ status: "string" });
const isRunPage = fields({ runs: "objects" });

export function runsResource(client: AirplaneFetchClient, tools: ResourceTools) {
  const resource = {
    /** Returns one run. */
    get: async (runID: string, options?: RequestOptions) =>
      unwrap<Run>(client.GET("/runs/get", { params: byId(runID), ...toInit(options) }), isRun),
    /** Returns one page of runs (`limit` at most 50). */
    list: async (filter: ListRunsFilter = {}, options?: RequestOptions) => {
      checkPageStart(requireObject(filter, "filter"), MAX_PAGE_SIZE);
      return unwrap<ListRunsResponse>(
        client.GET("/runs/list", { params: { query: filter }, ...toInit(options) }),
        isRunPage,
      );
    },
    /** Yields every run matching the filter, walking pages until a short one. */
    listAll: (filter: ListRunsFilter = {}, options?: RequestOptions) =>
      paginate<Run>(
        async (page, limit) => (await resource.list({ ...filter, page, limit }, options)).runs,
        requireObject(filter, "filter"),
        { path: "/runs/list", maxLimit: MAX_PAGE_SIZE },
      ),
    /** Asks a run to stop; cancellation is asynchronous. */
    cancel: async (runID: string, options?: RequestOptions): Promise<void> =>
      complete(client.POST("/runs/cancel", { body: { runID: requireId(runID, "runID") }, ...toInit(options) })),
    /** Returns the run's output (any JSON). */
    getOutputs: async (runID: string, options?: RequestOptions) =>
      unwrap<RunOutputs>(client.GET("/runs/getOutputs", { params: byId(runID), ...toInit(options) })),
    /**
     * Polls the run until it is `Succeeded`, `Failed` or `Cancelled`, and returns it. `timeoutMs`
     * holds mid-request. A status this version does not know is polled through (a warning is
     * logged when it appears); on timeout, the TimeoutError names it.
     */
    wait: async (runID: string, options: WaitOptions = {}) => {
      requireId(runID, "runID");
      const { signal, headers } = requireObject(options, "options");
      return pollUntil(
        (deadlineMs) => resource.get(runID, { signal, headers, deadlineMs }),
        (run) => isRunTerminal(run.status),
        { ...options, what: `run ${runID}`, path: "/runs/get", known: RunStatusValues, ...tools },
      );
    },
  };
  return resource;
}

/** `airplane.runs`: a run by ID, pages of runs, cancel, outputs, and waiting for its end. */
export interface RunsResource extends ReturnType<typeof runsResource> {}

/** `airplane.runs`: get, list, cancel and wait for runs. */
export interface RunsResource extends ReturnType<typeof runsResource> {}
