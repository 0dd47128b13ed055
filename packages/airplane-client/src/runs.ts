import {
  paginate,
  pollUntil,
  requireId,
  toInit,
  unwrap,
  type PollOptions,
  type RequestOptions,
} from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import type { Body, ListRunsFilter, Run, RunStatus } from "./types.js";

const TERMINAL_RUN: ReadonlySet<RunStatus> = new Set(["Succeeded", "Failed", "Cancelled"]);

/** Whether a run status is final. */
export const isRunTerminal = (status: RunStatus) => TERMINAL_RUN.has(status);

/** Options of `runs.wait`: poll interval (default 500 ms), overall timeout and signal. */
export type WaitOptions = PollOptions & Pick<RequestOptions, "headers">;

export function runsResource(client: AirplaneFetchClient) {
  const resource = {
    /** Returns one run. */
    get: async (runID: string, options?: RequestOptions) =>
      unwrap<Body<"getRun">>(
        client.GET("/runs/get", { params: { query: { id: requireId(runID, "runID") } }, ...toInit(options) }),
      ),
    /** Returns one page of runs. */
    list: (filter: ListRunsFilter = {}, options?: RequestOptions) =>
      unwrap<Body<"listRuns">>(client.GET("/runs/list", { params: { query: filter }, ...toInit(options) })),
    /** Yields every run matching the filter, walking pages until a short one. */
    listAll: (filter: ListRunsFilter = {}, options?: RequestOptions) =>
      paginate<Run>(async (page, limit) => (await resource.list({ ...filter, page, limit }, options)).runs, filter),
    /** Asks a run to stop; cancellation is asynchronous. */
    cancel: async (runID: string, options?: RequestOptions): Promise<void> => {
      await unwrap(client.POST("/runs/cancel", { body: { runID: requireId(runID, "runID") }, ...toInit(options) }));
    },
    /** Returns the run's output (any JSON). */
    getOutputs: async (runID: string, options?: RequestOptions) =>
      unwrap<Body<"getRunOutputs">>(
        client.GET("/runs/getOutputs", { params: { query: { id: requireId(runID, "runID") } }, ...toInit(options) }),
      ),
    /** Polls the run until it is `Succeeded`, `Failed` or `Cancelled`, and returns it. */
    wait: (runID: string, options: WaitOptions = {}) =>
      pollUntil(
        () => resource.get(runID, { signal: options.signal, headers: options.headers }),
        (run) => isRunTerminal(run.status),
        { ...options, what: `run ${runID}`, path: "/runs/get" },
      ),
  };
  return resource;
}
