import { ApiClientError } from "@spec-clients/core";
import type { Run, Session } from "./types.js";

/** A run ended `Failed` or `Cancelled` while a helper waited for it to succeed. */
export class RunFailedError extends ApiClientError {
  override name = "RunFailedError";
  /** The run, in its terminal state. */
  readonly run: Run;
  constructor(run: Run) {
    super(`Run ${run.id} ended with status ${run.status}.`);
    this.run = run;
  }
}

/** A session ended `Failed` or `Cancelled` while a helper waited for it to succeed. */
export class SessionFailedError extends ApiClientError {
  override name = "SessionFailedError";
  /** The session, in its terminal state. */
  readonly session: Session;
  constructor(session: Session) {
    super(`Session ${session.id} ended with status ${session.status}.`);
    this.session = session;
  }
}
