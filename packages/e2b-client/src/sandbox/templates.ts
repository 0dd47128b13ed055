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
import { templateBuilds, type TemplateBuilds } from "./template-builds.js";
import { checkPage, nextTokenOf, pageOf, succeeded } from "./shared.js";
import type {
  AssignedTemplateTags,
  Input,
  Page,
  PageOptions,
  SandboxFetchClient,
  Template,
  TemplateBuild,
  TemplateFileUpload,
  TemplateRequest,
  TemplateTag,
  TemplateWithBuilds,
  TemplateNames,
  TemplateUpdate,
} from "./types.js";

/** Which templates `listPage` and `listAll` return. */
export interface ListTemplatesQuery extends PageOptions {
  /** The team whose templates to list, for keys that span teams. */
  teamID?: string | undefined;
}

/** One tag or several, as the official SDK takes them; each a non-empty string. */
function tagList(tags: string | string[]): string[] {
  const list = typeof tags === "string" ? [tags] : tags;
  if (!Array.isArray(list) || list.length === 0 || !list.every((tag) => typeof tag === "string" && tag.trim() !== "")) {
    throw new ValidationError("tags must be a non-empty tag or a non-empty array of non-empty tags.");
  }
  return list;
}

/** A template with one page of its builds, and the `nextToken` of the next page (undefined on the last). */
export interface TemplateDetail {
  template: TemplateWithBuilds;
  nextToken: string | undefined;
}

const byTemplate = (templateID: string) => ({ templateID: requireId(templateID, "templateID") });

export function templatesResource(
  client: SandboxFetchClient,
  tools: { redact: (text: string) => string; log: ClientLog },
) {
  const resource = {
    ...templateBuilds(client, tools),
    /** Lists the team's templates (or those of `teamID`) in one answer. Deprecated by e2b: `listAll` reads them page by page. */
    list: async (query: { teamID?: string | undefined } = {}, options?: RequestOptions) =>
      unwrap<Template[]>(
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
    /** Returns the template with one page of its builds, and the `nextToken` of the next page. */
    get: async (templateID: string, page: PageOptions = {}, options?: RequestOptions): Promise<TemplateDetail> => {
      const params = { path: byTemplate(templateID), query: defined(checkPage(page)) };
      const answer = await unwrapWithHeaders<TemplateWithBuilds>(
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
      return paginateByToken<TemplateBuild>(read, page.nextToken, { path: "/templates/{templateID}" });
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
      unwrap<TemplateRequest>(
        client.POST("/v3/templates", { body: requireObject(body, "body"), ...createInit(options) }),
        fields({ templateID: "string", buildID: "string" }),
      ),
    /** Whether a step's files (by hash) are cached, and where to `PUT` their tar when not. */
    fileUpload: async (templateID: string, hash: string, options?: RequestOptions) => {
      const params = { path: { ...byTemplate(templateID), hash: requireId(hash, "hash") } };
      return unwrap<TemplateFileUpload>(
        client.GET("/templates/{templateID}/files/{hash}", { params, ...toInit(options) }),
        fields({}),
      );
    },
    /** Lists the tags of a template (by ID or name) and the build each points to. */
    tags: async (templateID: string, options?: RequestOptions) =>
      unwrap<TemplateTag[]>(
        client.GET("/templates/{templateID}/tags", { params: { path: byTemplate(templateID) }, ...toInit(options) }),
        arrayBody,
      ),
    /** Adds `tags` to the build that `target` (`name:tag`) points to. */
    assignTags: async (target: string, tags: string | string[], options?: RequestOptions) =>
      unwrap<AssignedTemplateTags>(
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

/** `team.templates`: the team's templates, their builds, tags and build logs. */
export interface TemplatesResource
  extends TemplateBuilds, Omit<ReturnType<typeof templatesResource>, keyof TemplateBuilds> {}
