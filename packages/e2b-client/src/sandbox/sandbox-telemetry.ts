// What a sandbox shows of itself: its resource samples (one sandbox's or many's) and its log.
import {
  arrayBody,
  complete,
  defined,
  fields,
  requireId,
  requireObject,
  toInit,
  unwrap,
  ValidationError,
  type RequestOptions,
} from "@spec-clients/core";
import type { KnownLogLevel } from "./generated/enums.gen.js";
import { walkLogs, type ReadLogsOptions } from "./logs.js";
import { sandboxPath as byId, succeeded, unixSeconds } from "./shared.js";
import type { SandboxesWithMetrics, SandboxLogEntry, SandboxFetchClient, SandboxLogs, SandboxMetric } from "./types.js";

/** Which entries `sandboxes.logs` returns. */
export interface SandboxLogsQuery {
  /** Where the page starts, in Unix milliseconds. */
  cursor?: number | undefined;
  /** The most entries, up to 1000. */
  limit?: number | undefined;
  /** `forward` (oldest first) or `backward`. */
  direction?: "forward" | "backward" | undefined;
  /** Only entries of this level or above. */
  level?: KnownLogLevel | undefined;
  /** Only entries whose message holds this text. */
  search?: string | undefined;
}

const isLogPage = fields({ logs: "objects" });

/** The most sandbox IDs one metrics request takes (the spec's `maxItems`). */
export const MAX_METRICS_IDS = 100;

/** The metrics and log methods of the `sandboxes` resource. */
export function sandboxTelemetry(client: SandboxFetchClient) {
  const telemetry = {
    /** Returns the sandbox's resource samples between `start` and `end` (Dates or Unix seconds). */
    metrics: async (
      sandboxID: string,
      range: { start?: Date | number; end?: Date | number } = {},
      options?: RequestOptions,
    ) => {
      requireObject(range, "range");
      const query = defined({ start: unixSeconds(range.start, "start"), end: unixSeconds(range.end, "end") });
      return unwrap<SandboxMetric[]>(
        client.GET("/sandboxes/{sandboxID}/metrics", { params: { ...byId(sandboxID), query }, ...toInit(options) }),
        arrayBody,
      );
    },
    /**
     * The latest sample of each running sandbox of `sandboxIDs`, by ID (one that does not run is
     * left out). More than 100 IDs, the most one request takes, are asked for 100 at a time.
     */
    metricsOf: async (
      sandboxIDs: readonly string[],
      options?: RequestOptions,
    ): Promise<Record<string, SandboxMetric>> => {
      if (!Array.isArray(sandboxIDs)) throw new ValidationError("sandboxIDs must be an array of sandbox IDs.");
      const ids = [...new Set(sandboxIDs.map((id) => requireId(id, "sandboxID")))];
      const merged: Record<string, SandboxMetric> = {};
      for (let at = 0; at < ids.length; at += MAX_METRICS_IDS) {
        const query = { sandbox_ids: ids.slice(at, at + MAX_METRICS_IDS) };
        const answer = await unwrap<SandboxesWithMetrics>(
          client.GET("/sandboxes/metrics", { params: { query }, ...toInit(options) }),
          fields({ sandboxes: "object" }),
        );
        Object.assign(merged, answer.sandboxes);
      }
      return merged;
    },
    /** One page of the sandbox's log from `cursor` (Unix milliseconds) on; `sandboxes.readLogs` walks them all. */
    logs: async (sandboxID: string, query: SandboxLogsQuery = {}, options?: RequestOptions): Promise<SandboxLogs> => {
      const params = { ...byId(sandboxID), query: defined(requireObject(query, "query")) };
      return unwrap(client.GET("/v2/sandboxes/{sandboxID}/logs", { params, ...toInit(options) }), isLogPage);
    },
    /**
     * Yields the sandbox's log entries oldest first, each once, walking the cursor page by page;
     * with `follow`, keeps reading as the sandbox logs until `signal` aborts or the sandbox is gone.
     */
    readLogs: (sandboxID: string, options: ReadLogsOptions & Pick<SandboxLogsQuery, "search"> = {}) => {
      requireId(sandboxID, "sandboxID");
      const { level, search, signal } = requireObject(options, "options");
      const read = async (cursor: number, limit: number, s: AbortSignal | undefined) =>
        (await telemetry.logs(sandboxID, { cursor, limit, level, search, direction: "forward" }, { signal: s })).logs;
      const gone = () =>
        succeeded(complete(client.GET("/sandboxes/{sandboxID}", { params: byId(sandboxID), ...toInit({ signal }) })), {
          404: false,
        }).then((there) => !there);
      return walkLogs<SandboxLogEntry>(read, gone, options, "/v2/sandboxes/{sandboxID}/logs");
    },
  };
  return telemetry;
}

/** The metrics and log methods of `sandboxes`. */
export interface SandboxTelemetry extends ReturnType<typeof sandboxTelemetry> {}
