import {
  arrayBody,
  complete,
  defined,
  paginateByToken,
  requireId,
  toInit,
  unwrapWithHeaders,
  type RequestOptions,
} from "@spec-clients/core";
import { checkPage, pageOf, succeeded } from "./shared.js";
import type { Page, PageOptions, SandboxFetchClient, Snapshot } from "./types.js";

/** Which snapshots `list` and `listAll` return. */
export interface ListSnapshotsFilter extends PageOptions {
  /** Only the snapshots of this sandbox. */
  sandboxID?: string | undefined;
  /** Only snapshots of this name or ID, optionally with namespace and tag. */
  name?: string | undefined;
}

export function snapshotsResource(client: SandboxFetchClient) {
  const resource = {
    /** Returns one page of the team's snapshots, with the `nextToken` of the next. */
    list: async (filter: ListSnapshotsFilter = {}, options?: RequestOptions): Promise<Page<Snapshot>> => {
      const query = defined(checkPage(filter));
      const answer = unwrapWithHeaders<Snapshot[]>(
        client.GET("/snapshots", { params: { query }, ...toInit(options) }),
        arrayBody,
      );
      return pageOf(await answer);
    },
    /** Yields every snapshot matching the filter, following `X-Next-Token` from page to page. */
    listAll: (filter: ListSnapshotsFilter = {}, options?: RequestOptions) => {
      checkPage(filter);
      const page = (nextToken: string | undefined) => resource.list({ ...filter, nextToken }, options);
      return paginateByToken(page, filter.nextToken, { path: "/snapshots" });
    },
    /** Deletes a snapshot (a snapshot is a template); false when it was not there (404). */
    delete: async (snapshotID: string, options?: RequestOptions) => {
      const params = { path: { templateID: requireId(snapshotID, "snapshotID") } };
      return succeeded(complete(client.DELETE("/templates/{templateID}", { params, ...toInit(options) })), {
        404: false,
      });
    },
  };
  return resource;
}

/** `e2b.snapshots`: the team's snapshots, page by page. */
export interface SnapshotsResource extends ReturnType<typeof snapshotsResource> {}
