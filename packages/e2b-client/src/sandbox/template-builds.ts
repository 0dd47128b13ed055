// The build methods of the `templates` resource: start a build, read its status and log, wait for it.
import {
  complete,
  createInit,
  defined,
  fields,
  requireId,
  requireObject,
  toInit,
  unwrap,
  type ClientLog,
  type CreateOptions,
  type RequestOptions,
} from "@spec-clients/core";
import { waitForBuild, type WaitForBuildOptions } from "./build-wait.js";
import { TemplateBuildStateValues, type KnownLogLevel } from "./generated/enums.gen.js";
import { walkLogs, type ReadLogsOptions } from "./logs.js";
import type { BuildLogEntry, BuildLogs, Input, SandboxFetchClient, TemplateBuildStatus } from "./types.js";

/**
 * Every state of the spec's TemplateBuildState. A build in another state (a later API may add
 * one) is passed through, and `waitForBuild` polls on through it.
 */
export const BUILD_STATES = TemplateBuildStateValues;

/** Which log entries `buildStatus` returns. */
export interface BuildStatusQuery {
  /** Index of the first log entry to return (default 0). */
  logsOffset?: number | undefined;
  /** The most log entries to return. */
  limit?: number | undefined;
  /** Only entries of this level or above. */
  level?: KnownLogLevel | undefined;
}

/** Which entries `templates.buildLogs` returns. */
export interface BuildLogsQuery {
  /** Where the page starts, in Unix milliseconds. */
  cursor?: number | undefined;
  /** The most entries, up to 1000. */
  limit?: number | undefined;
  /** `forward` (oldest first) or `backward`. */
  direction?: "forward" | "backward" | undefined;
  /** Only entries of this level or above. */
  level?: KnownLogLevel | undefined;
  /** `temporary` (while it builds) or `persistent`. */
  source?: "temporary" | "persistent" | undefined;
}

/** The path parameters naming one build of one template; a bad ID is a ValidationError. */
const byBuild = (templateID: string, buildID: string) => ({
  templateID: requireId(templateID, "templateID"),
  buildID: requireId(buildID, "buildID"),
});
const isBuildStatus = fields({ status: "string", logEntries: "objects" });

export function templateBuilds(
  client: SandboxFetchClient,
  tools: { redact: (text: string) => string; log: ClientLog },
) {
  const builds = {
    /** Starts a registered build from `fromImage` or `fromTemplate`. Not retried after an ambiguous failure. */
    startBuild: async (
      templateID: string,
      buildID: string,
      body: Input<"startTemplateBuild">,
      options?: CreateOptions,
    ) => {
      const params = { path: byBuild(templateID, buildID) };
      const init = { params, body: requireObject(body, "body"), ...createInit(options) };
      await complete(client.POST("/v2/templates/{templateID}/builds/{buildID}", init));
    },
    /** Returns the build's status and its log entries from `logsOffset` on. */
    buildStatus: async (
      templateID: string,
      buildID: string,
      query: BuildStatusQuery = {},
      options?: RequestOptions,
    ) => {
      const path = byBuild(templateID, buildID);
      const params = { path, query: defined(requireObject(query, "query")) };
      return unwrap<TemplateBuildStatus>(
        client.GET("/templates/{templateID}/builds/{buildID}/status", { params, ...toInit(options) }),
        isBuildStatus,
      );
    },
    /**
     * Polls the build until `ready` (returned) or `error` (TemplateBuildError with its reason),
     * streaming new log entries to `onLogs`. `timeoutMs` holds mid-request.
     */
    waitForBuild: async (templateID: string, buildID: string, options: WaitForBuildOptions = {}) => {
      requireId(templateID, "templateID");
      requireId(buildID, "buildID");
      const { headers } = requireObject(options, "options");
      return waitForBuild(
        (logsOffset, signal, deadlineMs) =>
          builds.buildStatus(templateID, buildID, { logsOffset }, { signal, headers, deadlineMs }),
        options,
        { what: `build ${buildID}`, path: "/templates/{templateID}/builds/{buildID}/status", ...tools },
      );
    },
    /** One page of a build's log from `cursor` (Unix milliseconds) on; `readBuildLogs` walks them all. */
    buildLogs: async (
      templateID: string,
      buildID: string,
      query: BuildLogsQuery = {},
      options?: RequestOptions,
    ): Promise<BuildLogs> => {
      const path = byBuild(templateID, buildID);
      const params = { path, query: defined(requireObject(query, "query")) };
      return unwrap(
        client.GET("/templates/{templateID}/builds/{buildID}/logs", { params, ...toInit(options) }),
        fields({ logs: "objects" }),
      );
    },
    /**
     * Yields a build's log entries oldest first, each once, walking the cursor page by page; with
     * `follow`, keeps reading while it builds, until `signal` aborts or the build is ready or failed.
     */
    readBuildLogs: (
      templateID: string,
      buildID: string,
      options: ReadLogsOptions & Pick<BuildLogsQuery, "source"> = {},
    ) => {
      requireId(templateID, "templateID");
      requireId(buildID, "buildID");
      const { level, source, signal } = requireObject(options, "options");
      const read = async (cursor: number, limit: number, s: AbortSignal | undefined) =>
        (
          await builds.buildLogs(
            templateID,
            buildID,
            { cursor, limit, level, source, direction: "forward" },
            { signal: s },
          )
        ).logs;
      const done = async () => {
        const { status } = await builds.buildStatus(templateID, buildID, { limit: 1 }, { signal });
        return status === "ready" || status === "error";
      };
      return walkLogs<BuildLogEntry>(read, done, options, "/templates/{templateID}/builds/{buildID}/logs");
    },
  };
  return builds;
}

/** The build methods of `templates`: start a build, its status, waiting for it, and its logs. */
export interface TemplateBuilds extends ReturnType<typeof templateBuilds> {}
