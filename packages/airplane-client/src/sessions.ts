import { paginate, pollUntil, requireId, toInit, unwrap, type RequestOptions } from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import type { WaitOptions } from "./runs.js";
import type { Body, ListSessionsFilter, Session, SessionStatus } from "./types.js";

const TERMINAL_SESSION: ReadonlySet<SessionStatus> = new Set(["Succeeded", "Failed", "Cancelled"]);

/** Whether a session status is final. */
export const isSessionTerminal = (status: SessionStatus) => TERMINAL_SESSION.has(status);

export function sessionsResource(client: AirplaneFetchClient) {
  const resource = {
    /** Returns one session. */
    get: async (sessionID: string, options?: RequestOptions) =>
      unwrap<Body<"getSession">>(
        client.GET("/sessions/get", {
          params: { query: { id: requireId(sessionID, "sessionID") } },
          ...toInit(options),
        }),
      ),
    /** Returns one page of sessions. */
    list: (filter: ListSessionsFilter = {}, options?: RequestOptions) =>
      unwrap<Body<"listSessions">>(client.GET("/sessions/list", { params: { query: filter }, ...toInit(options) })),
    /** Yields every session matching the filter, walking pages until a short one. */
    listAll: (filter: ListSessionsFilter = {}, options?: RequestOptions) =>
      paginate<Session>(
        async (page, limit) => (await resource.list({ ...filter, page, limit }, options)).sessions,
        filter,
      ),
    /** Polls the session until it is `Succeeded`, `Failed` or `Cancelled`, and returns it. */
    wait: (sessionID: string, options: WaitOptions = {}) =>
      pollUntil(
        () => resource.get(sessionID, { signal: options.signal, headers: options.headers }),
        (session) => isSessionTerminal(session.status),
        { ...options, what: `session ${sessionID}`, path: "/sessions/get" },
      ),
  };
  return resource;
}
