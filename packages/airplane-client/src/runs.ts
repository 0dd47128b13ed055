import {
  checkPageStart,
  complete,
  fields,
  knownStatus,
  paginate,
  pollUntil,
  requireId,
  requireObject,
  toInit,
  unwrap,
  type PollOptions,
  type RequestOptions,
} from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import type { Body, ListRunsFilter, Run, RunStatus } from "./types.js";

/** The spec's `maximum` of `limit` on list operations. */
export const MAX_PAGE_SIZE = 50;

/** Every status of the spec's RunStatus enum; a run in any other status is an InvalidResponseError. */
export const RUN_STATUSES = ["NotStarted", "Queued", "Active", "Succeeded", "Failed", "Cancelled"] as const;
const TERMINAL_RUN: ReadonlySet<RunStatus> = new Set(["Succeeded", "Failed", "Cancelled"]);

/** Whether a run status is final. */
export const isRunTerminal = (status: RunStatus) => TERMINAL_RUN.has(status);

/** Options of `runs.wait`: poll interval (default 500 ms, at least 100), overall timeout and signal. */
export type WaitOptions = PollOptions & Pick<RequestOptions, "headers">;

const byId = (runID: string) => ({ query: { id: requireId(runID, "runID") } });
const isRun = knownStatus(RUN_STATUSES);
const isRunPage = fields({ runs: "array" });

export function runsResource(client: AirplaneFetchClient) {
  const resource = {
    /** Returns one run. */
    get: async (runID: string, options?: RequestOptions) =>
      unwrap<Body<"getRun">>(client.GET("/runs/get", { params: byId(runID), ...toInit(options) }), isRun),
    /** Returns one page of runs (`limit` at most 50). */
    list: async (filter: ListRunsFilter = {}, options?: RequestOptions) => {
      checkPageStart(requireObject(filter, "filter"), MAX_PAGE_SIZE);
      return unwrap<Body<"listRuns">>(
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
      unwrap<Body<"getRunOutputs">>(client.GET("/runs/getOutputs", { params: byId(runID), ...toInit(options) })),
    /** Polls the run until it is `Succeeded`, `Failed` or `Cancelled`, and returns it. `timeoutMs` holds mid-request. */
    wait: async (runID: string, options: WaitOptions = {}) => {
      requireId(runID, "runID");
      const { signal, headers } = requireObject(options, "options");
      return pollUntil(
        (deadlineMs) => resource.get(runID, { signal, headers, deadlineMs }),
        (run) => isRunTerminal(run.status),
        { ...options, what: `run ${runID}`, path: "/runs/get" },
      );
    },
  };
  return resource;
}
