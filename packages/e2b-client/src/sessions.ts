import {
  arrayBody,
  complete,
  createInit,
  fields,
  NotFoundError,
  requireId,
  requireObject,
  toInit,
  unwrap,
  type CreateOptions,
  type RequestOptions,
} from "@spec-clients/core";
import type { E2bFetchClient } from "./context.js";
import { checkKeepAlive, keepAlive, type KeepAlive, type KeepAliveOptions } from "./keep-alive.js";
import type { Input, Session } from "./types.js";

/** Options of `sessions.create`: `retryAmbiguous` allows a retry that may create a second session. */
export type CreateSessionOptions = CreateOptions;

/** A session that is kept alive until closed; `await using` closes it at the end of a scope. */
export type OpenSession = Session &
  AsyncDisposable & {
    /** The keep-alive refreshing the session. */
    readonly keepAlive: KeepAlive;
    /** Stops refreshing and deletes the session (when an API key is configured; otherwise it expires). */
    close(): Promise<void>;
  };

export function sessionsResource(client: E2bFetchClient, hasKey: () => boolean) {
  const resource = {
    /** Lists the running sessions of the key. */
    list: async (options?: RequestOptions) => unwrap<Session[]>(client.GET("/sessions", toInit(options)), arrayBody),
    /** Creates a session for a code snippet; refresh it (or use `keepAlive`) or it expires. */
    create: async (body: Input<"createSession">, options: CreateSessionOptions = {}) =>
      unwrap<Session>(
        client.POST("/sessions", {
          body: { ...requireObject(body, "body"), codeSnippetID: requireId(body.codeSnippetID, "codeSnippetID") },
          ...createInit(options),
        }),
        fields({ sessionID: "string" }),
      ),
    /** Deletes a session. */
    delete: async (sessionID: string, options?: RequestOptions): Promise<void> => {
      const params = { path: { sessionID: requireId(sessionID, "sessionID") } };
      await complete(client.DELETE("/sessions/{sessionID}", { params, ...toInit(options) }));
    },
    /** Extends the session's life; NotFoundError means it is gone. Safe to repeat. */
    refresh: async (sessionID: string, options?: RequestOptions): Promise<void> => {
      const params = { path: { sessionID: requireId(sessionID, "sessionID") } };
      await complete(
        client.POST("/sessions/{sessionID}/refresh", { params, ...toInit(options, { idempotent: true }) }),
      );
    },
    /**
     * Refreshes the session every `intervalMs` (5 s) until stopped, aborted, or the session is gone.
     * Each refresh, retries included, must end within the interval.
     */
    keepAlive: (sessionID: string, options: KeepAliveOptions = {}): KeepAlive => {
      requireId(sessionID, "sessionID");
      // Each attempt gets half the interval, so that a hung one is retried, and reported, within it.
      const refresh = (signal: AbortSignal, deadlineMs: number) =>
        resource.refresh(sessionID, { signal, deadlineMs, timeoutMs: Math.ceil(deadlineMs / 2) });
      return keepAlive(refresh, options);
    },
    /** Creates a session and keeps it alive until `close()` (or `await using` disposal), which deletes it. */
    open: async (
      body: Input<"createSession">,
      options: CreateSessionOptions & KeepAliveOptions = {},
    ): Promise<OpenSession> => {
      checkKeepAlive(options); // before creating: a bad option must not leave a session behind
      const session = await resource.create(body, options);
      const alive = resource.keepAlive(session.sessionID, options);
      const close = async () => {
        await alive.stop();
        if (!hasKey()) return;
        await resource.delete(session.sessionID).catch((error: unknown) => {
          if (!(error instanceof NotFoundError)) throw error;
        });
      };
      return { ...session, keepAlive: alive, close, [Symbol.asyncDispose]: close };
    },
  };
  return resource;
}

/** `e2b.sessions`: the sessions of the key, creating, refreshing and deleting them. */
export interface SessionsResource extends ReturnType<typeof sessionsResource> {}
