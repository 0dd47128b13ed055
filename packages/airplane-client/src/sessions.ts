import {
  checkPageStart,
  fields,
  paginate,
  pollUntil,
  requireId,
  requireObject,
  toInit,
  unwrap,
  type RequestOptions,
} from "@spec-clients/core";
import type { AirplaneFetchClient } from "./context.js";
import { SessionStatusValues } from "./generated/enums.gen.js";
import { MAX_PAGE_SIZE, type ResourceTools, type WaitOptions } from "./runs.js";
import type { ListSessionsFilter, ListSessionsResponse, Session, SessionStatus } from "./types.js";

const isSession = fields({ status: "string" });
const isSessionPage = fields({ sessions: "objects" });
const TERMINAL_SESSION: ReadonlySet<SessionStatus> = new Set(["Succeeded", "Failed", "Cancelled"]);

/** Whether a session status is final: `Succeeded`, `Failed` or `Cancelled`. A status the spec does not list is not. */
export const isSessionTerminal = (status: SessionStatus) => TERMINAL_SESSION.has(status);

export function sessionsResource(client: AirplaneFetchClient, tools: ResourceTools) {
  const resource = {
    /** Returns one session. */
    get: async (sessionID: string, options?: RequestOptions) =>
      unwrap<Session>(
        client.GET("/sessions/get", {
          params: { query: { id: requireId(sessionID, "sessionID") } },
          ...toInit(options),
        }),
        isSession,
      ),
    /** Returns one page of sessions (`limit` at most 50). */
    list: async (filter: ListSessionsFilter = {}, options?: RequestOptions) => {
      checkPageStart(requireObject(filter, "filter"), MAX_PAGE_SIZE);
      return unwrap<ListSessionsResponse>(
        client.GET("/sessions/list", { params: { query: filter }, ...toInit(options) }),
        isSessionPage,
      );
    },
    /** Yields every session matching the filter, walking pages until a short one. */
    listAll: (filter: ListSessionsFilter = {}, options?: RequestOptions) =>
      paginate<Session>(
        async (page, limit) => (await resource.list({ ...filter, page, limit }, options)).sessions,
        requireObject(filter, "filter"),
        { path: "/sessions/list", maxLimit: MAX_PAGE_SIZE },
      ),
    /** Polls the session until it is `Succeeded`, `Failed` or `Cancelled`, and returns it; an unknown status is polled through. */
    wait: async (sessionID: string, options: WaitOptions = {}) => {
      requireId(sessionID, "sessionID");
      const { signal, headers } = requireObject(options, "options");
      return pollUntil(
        (deadlineMs) => resource.get(sessionID, { signal, headers, deadlineMs }),
        (session) => isSessionTerminal(session.status),
        {
          ...options,
          what: `session ${sessionID}`,
          path: "/sessions/get",
          known: SessionStatusValues,
          ...tools,
        },
      );
    },
  };
  return resource;
}

/** `airplane.sessions`: a runbook session by ID, pages of sessions, cancel, and waiting for its end. */
export interface SessionsResource extends ReturnType<typeof sessionsResource> {}
