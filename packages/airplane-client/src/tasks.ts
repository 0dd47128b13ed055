import { toInit, unwrap, type RequestOptions } from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import { RunFailedError, SessionFailedError } from "./errors.js";
import { RUNBOOK_TIMEOUT_MS } from "./options.js";
import type { runsResource, WaitOptions } from "./runs.js";
import type { sessionsResource } from "./sessions.js";
import type { Body, ExecuteRunbookInput, ExecuteTaskInput, Run, Session } from "./types.js";

const envQuery = (envSlug: string | undefined) => (envSlug === undefined ? {} : { envSlug });

/** Options of `tasks.run` and `runbooks.run`: those of the execute call and of the wait. */
export type RunOptions = WaitOptions & Pick<RequestOptions, "idempotencyKey">;

export function tasksResource(client: AirplaneFetchClient, runs: ReturnType<typeof runsResource>) {
  const resource = {
    /** Starts a run of the task named by `id` or `slug`; returns `{ runID }` at once. */
    execute: ({ envSlug, ...body }: ExecuteTaskInput, options?: RequestOptions) =>
      unwrap<Body<"executeTask">>(
        client.POST("/tasks/execute", { params: { query: envQuery(envSlug) }, body, ...toInit(options) }),
      ),
    /** Executes the task, waits for its run to succeed and returns the run with its output. Throws RunFailedError otherwise. */
    run: async (input: ExecuteTaskInput, options: RunOptions = {}): Promise<{ run: Run; output: unknown }> => {
      const { runID } = await resource.execute(input, options);
      const run = await runs.wait(runID, options);
      if (run.status !== "Succeeded") throw new RunFailedError(run);
      const { output } = await runs.getOutputs(runID, { signal: options.signal, headers: options.headers });
      return { run, output };
    },
  };
  return resource;
}

export function runbooksResource(client: AirplaneFetchClient, sessions: ReturnType<typeof sessionsResource>) {
  const resource = {
    /** Starts a session of the runbook named by `id` or `slug`; returns `{ sessionID }`. Allowed 30 s per attempt. */
    execute: ({ envSlug, ...body }: ExecuteRunbookInput, options?: RequestOptions) =>
      unwrap<Body<"executeRunbook">>(
        client.POST("/runbooks/execute", {
          params: { query: envQuery(envSlug) },
          body,
          ...toInit(options, { timeoutMs: RUNBOOK_TIMEOUT_MS }),
        }),
      ),
    /** Executes the runbook and waits for its session to succeed. Throws SessionFailedError otherwise. */
    run: async (input: ExecuteRunbookInput, options: RunOptions = {}): Promise<Session> => {
      const { sessionID } = await resource.execute(input, options);
      const session = await sessions.wait(sessionID, options);
      if (session.status !== "Succeeded") throw new SessionFailedError(session);
      return session;
    },
  };
  return resource;
}
