import { fields, requireObject, timeLeft, toInit, unwrap, type RequestOptions } from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import { RunFailedError, SessionFailedError } from "./errors.js";
import { RUNBOOK_TIMEOUT_MS } from "./options.js";
import type { RunsResource, WaitOptions } from "./runs.js";
import type { SessionsResource } from "./sessions.js";
import type {
  ExecuteRunbookInput,
  ExecuteRunbookResponse,
  ExecuteTaskInput,
  ExecuteTaskResponse,
  Run,
  Session,
} from "./types.js";

const envQuery = (envSlug: string | undefined) => ({ query: envSlug === undefined ? {} : { envSlug } });

/**
 * Options of `tasks.run` and `runbooks.run`. `timeoutMs` bounds the whole helper (execute, wait
 * and output), not each request: those keep the client's per-attempt timeout.
 */
export type RunOptions = WaitOptions & Pick<RequestOptions, "idempotencyKey">;

/** Splits RunOptions into a clock and the options of each step. */
function steps(options: RunOptions) {
  const { signal, headers, idempotencyKey, timeoutMs } = requireObject(options, "options");
  const left = timeLeft(timeoutMs);
  return {
    start: () => ({ signal, headers, idempotencyKey, deadlineMs: left() }),
    wait: () => ({ ...options, timeoutMs: left() }),
    read: () => ({ signal, headers, deadlineMs: left() }),
  };
}

/** What `tasks.run` returns: the run that succeeded, and its output (any JSON). */
export interface RunWithOutput {
  run: Run;
  output: unknown;
}

export function tasksResource(client: AirplaneFetchClient, runs: RunsResource) {
  const resource = {
    /** Starts a run of the task named by `id` or `slug`; returns `{ runID }` at once. */
    execute: async (input: ExecuteTaskInput, options?: RequestOptions) => {
      const { envSlug, ...body } = requireObject(input, "input");
      return unwrap<ExecuteTaskResponse>(
        client.POST("/tasks/execute", { params: envQuery(envSlug), body, ...toInit(options) }),
        fields({ runID: "string" }),
      );
    },
    /** Executes the task, waits for its run to succeed and returns the run with its output. Throws RunFailedError otherwise. */
    run: async (input: ExecuteTaskInput, options: RunOptions = {}): Promise<RunWithOutput> => {
      const step = steps(options);
      const { runID } = await resource.execute(input, step.start());
      const run = await runs.wait(runID, step.wait());
      if (run.status !== "Succeeded") throw new RunFailedError(run);
      const { output } = await runs.getOutputs(runID, step.read());
      return { run, output };
    },
  };
  return resource;
}

/** `airplane.tasks`: executing a task, and running it to its end. */
export interface TasksResource extends ReturnType<typeof tasksResource> {}

export function runbooksResource(client: AirplaneFetchClient, sessions: SessionsResource) {
  const resource = {
    /** Starts a session of the runbook named by `id` or `slug`; returns `{ sessionID }`. Allowed 30 s per attempt. */
    execute: async (input: ExecuteRunbookInput, options?: RequestOptions) => {
      const { envSlug, ...body } = requireObject(input, "input");
      const init = { params: envQuery(envSlug), body, ...toInit(options, { timeoutMs: RUNBOOK_TIMEOUT_MS }) };
      return unwrap<ExecuteRunbookResponse>(client.POST("/runbooks/execute", init), fields({ sessionID: "string" }));
    },
    /** Executes the runbook and waits for its session to succeed. Throws SessionFailedError otherwise. */
    run: async (input: ExecuteRunbookInput, options: RunOptions = {}): Promise<Session> => {
      const step = steps(options);
      const { sessionID } = await resource.execute(input, step.start());
      const session = await sessions.wait(sessionID, step.wait());
      if (session.status !== "Succeeded") throw new SessionFailedError(session);
      return session;
    },
  };
  return resource;
}

/** `airplane.runbooks`: executing a runbook, and running it to its end. */
export interface RunbooksResource extends ReturnType<typeof runbooksResource> {}
