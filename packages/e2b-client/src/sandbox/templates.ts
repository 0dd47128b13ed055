import {
  arrayBody,
  complete,
  createInit,
  defined,
  fields,
  paginateByToken,
  requireId,
  requireObject,
  toInit,
  unwrap,
  unwrapWithHeaders,
  ValidationError,
  type ClientLog,
  type CreateOptions,
  type RequestOptions,
} from "@spec-clients/core";
import { waitForBuild, type WaitForBuildOptions } from "./build-wait.js";
import { TemplateBuildStateValues, type KnownLogLevel } from "./generated/enums.gen.js";
import { walkLogs, type ReadLogsOptions } from "./logs.js";
import { checkPage, nextTokenOf, pageOf, succeeded } from "./shared.js";
import type {
  Body,
  BuildLogs,
  Input,
  Page,
  PageOptions,
  SandboxFetchClient,
  Template,
  TemplateBuildStatus,
  TemplateNames,
  TemplateUpdate,
} from "./types.js";

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

/** Which templates `listPage` and `listAll` return. */
export interface ListTemplatesQuery extends PageOptions {
  /** The team whose templates to list, for keys that span teams. */
  teamID?: string | undefined;
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

/** One tag or several, as the official SDK takes them; each a non-empty string. */
function tagList(tags: string | string[]): string[] {
  const list = typeof tags === "string" ? [tags] : tags;
  if (!Array.isArray(list) || list.length === 0 || !list.every((tag) => typeof tag === "string" && tag.trim() !== "")) {
    throw new ValidationError("tags must be a non-empty tag or a non-empty array of non-empty tags.");
  }
  return list;
}

const byTemplate = (templateID: string) => ({ templateID: requireId(templateID, "templateID") });
const isBuildStatus = fields({ status: "string", logEntries: "objects" });

export function templatesResource(
  client: SandboxFetchClient,
  tools: { redact: (text: string) => string; log: ClientLog },
) {
  const resource = {
    /** Lists the team's templates (or those of `teamID`) in one answer. Deprecated by e2b: `listAll` reads them page by page. */
    list: async (query: { teamID?: string | undefined } = {}, options?: RequestOptions) =>
      unwrap<Body<"listTemplates">>(
        client.GET("/templates", { params: { query: defined(requireObject(query, "query")) }, ...toInit(options) }),
        arrayBody,
      ),
    /** Returns one page of the team's templates (or those of `teamID`), with the `nextToken` of the next. */
    listPage: async (query: ListTemplatesQuery = {}, options?: RequestOptions): Promise<Page<Template>> => {
      const params = { query: defined(checkPage(query)) };
      return pageOf(
        await unwrapWithHeaders<Template[]>(client.GET("/v2/templates", { params, ...toInit(options) }), arrayBody),
      );
    },
    /** Yields every template of the team (or of `teamID`), following `X-Next-Token` from page to page. */
    listAll: (query: ListTemplatesQuery = {}, options?: RequestOptions) => {
      checkPage(query);
      const page = (nextToken: string | undefined) => resource.listPage({ ...query, nextToken }, options);
      return paginateByToken(page, query.nextToken, { path: "/v2/templates" });
    },
    /** Makes the template public (any team may start sandboxes from it) or private; returns its names. */
    update: async (templateID: string, body: TemplateUpdate, options?: RequestOptions): Promise<TemplateNames> => {
      const init = {
        params: { path: byTemplate(templateID) },
        body: requireObject(body, "body"),
        ...toInit(options, { idempotent: true }),
      };
      return unwrap(client.PATCH("/v2/templates/{templateID}", init), fields({ names: "array" }));
    },
    /** One page of a build's log from `cursor` (Unix milliseconds) on; `readBuildLogs` walks them all. */
    buildLogs: async (
      templateID: string,
      buildID: string,
      query: BuildLogsQuery = {},
      options?: RequestOptions,
    ): Promise<BuildLogs> => {
      const path = { ...byTemplate(templateID), buildID: requireId(buildID, "buildID") };
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
          await resource.buildLogs(
            templateID,
            buildID,
            { cursor, limit, level, source, direction: "forward" },
            { signal: s },
          )
        ).logs;
      const done = async () => {
        const { status } = await resource.buildStatus(templateID, buildID, { limit: 1 }, { signal });
        return status === "ready" || status === "error";
      };
      return walkLogs(read, done, options, "/templates/{templateID}/builds/{buildID}/logs");
    },
    /** Returns the template with one page of its builds, and the `nextToken` of the next page. */
    get: async (templateID: string, page: PageOptions = {}, options?: RequestOptions) => {
      const params = { path: byTemplate(templateID), query: defined(checkPage(page)) };
      const answer = await unwrapWithHeaders<Body<"getTemplate">>(
        client.GET("/templates/{templateID}", { params, ...toInit(options) }),
        fields({ templateID: "string", builds: "objects" }),
      );
      return { template: answer.body, nextToken: nextTokenOf(answer.headers) };
    },
    /** Yields every build of the template, following `X-Next-Token` from page to page. */
    listBuilds: (templateID: string, page: PageOptions = {}, options?: RequestOptions) => {
      requireId(templateID, "templateID");
      checkPage(page);
      const read = async (nextToken: string | undefined) => {
        const { template, nextToken: next } = await resource.get(templateID, { ...page, nextToken }, options);
        return { items: template.builds, nextToken: next };
      };
      return paginateByToken(read, page.nextToken, { path: "/templates/{templateID}" });
    },
    /**
     * Whether a template holds this name: true when one of the team's or a public template does,
     * or another team's (403, as in the official SDK); false when the name is free (404).
     */
    exists: async (name: string, options?: RequestOptions) => {
      const params = { path: { alias: requireId(name, "name") } };
      const found = complete(client.GET("/templates/aliases/{alias}", { params, ...toInit(options) }));
      return succeeded(found, { 403: true, 404: false });
    },
    /** Registers a template (or a new build of a name) and returns the build to start. Not retried after an ambiguous failure. */
    create: async (body: Input<"createTemplate">, options?: CreateOptions) =>
      unwrap<Body<"createTemplate">>(
        client.POST("/v3/templates", { body: requireObject(body, "body"), ...createInit(options) }),
        fields({ templateID: "string", buildID: "string" }),
      ),
    /** Whether a step's files (by hash) are cached, and where to `PUT` their tar when not. */
    fileUpload: async (templateID: string, hash: string, options?: RequestOptions) => {
      const params = { path: { ...byTemplate(templateID), hash: requireId(hash, "hash") } };
      return unwrap<Body<"getTemplateFileUpload">>(
        client.GET("/templates/{templateID}/files/{hash}", { params, ...toInit(options) }),
        fields({}),
      );
    },
    /** Starts a registered build from `fromImage` or `fromTemplate`. Not retried after an ambiguous failure. */
    startBuild: async (
      templateID: string,
      buildID: string,
      body: Input<"startTemplateBuild">,
      options?: CreateOptions,
    ) => {
      const params = { path: { ...byTemplate(templateID), buildID: requireId(buildID, "buildID") } };
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
      const path = { ...byTemplate(templateID), buildID: requireId(buildID, "buildID") };
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
          resource.buildStatus(templateID, buildID, { logsOffset }, { signal, headers, deadlineMs }),
        options,
        { what: `build ${buildID}`, path: "/templates/{templateID}/builds/{buildID}/status", ...tools },
      );
    },
    /** Lists the tags of a template (by ID or name) and the build each points to. */
    tags: async (templateID: string, options?: RequestOptions) =>
      unwrap<Body<"listTemplateTags">>(
        client.GET("/templates/{templateID}/tags", { params: { path: byTemplate(templateID) }, ...toInit(options) }),
        arrayBody,
      ),
    /** Adds `tags` to the build that `target` (`name:tag`) points to. */
    assignTags: async (target: string, tags: string | string[], options?: RequestOptions) =>
      unwrap<Body<"assignTemplateTags">>(
        client.POST("/templates/tags", {
          body: { target: requireId(target, "target"), tags: tagList(tags) },
          ...toInit(options, { idempotent: true }),
        }),
        fields({ buildID: "string", tags: "array" }),
      ),
    /** Removes `tags` from the template `name`. */
    removeTags: async (name: string, tags: string | string[], options?: RequestOptions) => {
      const body = { name: requireId(name, "name"), tags: tagList(tags) };
      await complete(client.DELETE("/templates/tags", { body, ...toInit(options) }));
    },
    /** Deletes a template; false when it was not there (404). */
    delete: async (templateID: string, options?: RequestOptions) =>
      succeeded(
        complete(
          client.DELETE("/templates/{templateID}", { params: { path: byTemplate(templateID) }, ...toInit(options) }),
        ),
        { 404: false },
      ),
  };
  return resource;
}
