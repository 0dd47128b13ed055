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
  type CreateOptions,
  type RequestOptions,
} from "@spec-clients/core";
import { checkPage, pageOf, sandboxPath as byId, seconds, stringMap, succeeded, timestamp } from "./shared.js";
import { sandboxTelemetry, type SandboxTelemetry } from "./sandbox-telemetry.js";
import type {
  Input,
  ListedSandbox,
  Page,
  PageOptions,
  Sandbox,
  SandboxDetail,
  SandboxForkResult,
  SandboxFetchClient,
  SandboxNetworkUpdate,
  Snapshot,
} from "./types.js";
import type { KnownSandboxState } from "./generated/enums.gen.js";

/** Which sandboxes `list` and `listAll` return. */
export interface ListSandboxesFilter extends PageOptions {
  /** Only sandboxes whose metadata holds every one of these pairs. */
  metadata?: Record<string, string> | undefined;
  /** Only sandboxes in one of these states. */
  state?: KnownSandboxState[] | undefined;
  /** By start time: `desc` (newest first, the default) or `asc`. */
  order?: "asc" | "desc" | undefined;
  /** Only sandboxes started at or after this time. */
  startedAfter?: Date | string | undefined;
  /** Only sandboxes of this template, by ID or name. */
  template?: string | undefined;
}

/** A page of sandboxes, with the service's count of the running ones that match (before paging), when it sends one. */
export interface SandboxPage extends Page<ListedSandbox> {
  /** `X-Total-Running`: present only when running sandboxes were asked for. */
  totalRunning: number | undefined;
}

/** A sandbox that is killed on `await using` disposal, or by `kill()`. */
export type OpenSandbox = Sandbox &
  AsyncDisposable & {
    /** Kills the sandbox; false when it was already gone. */
    kill(options?: RequestOptions): Promise<boolean>;
  };

const isSandbox = fields({ sandboxID: "string", envdVersion: "string" });

/** The metadata filter as the official SDK writes it: each key and value URL-encoded, then joined as a query. */
const metadataQuery = (metadata: Record<string, string>) =>
  new URLSearchParams(
    Object.entries(stringMap(metadata, "metadata")).map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)]),
  ).toString();

function listQuery({ metadata, startedAfter, ...rest }: ListSandboxesFilter) {
  return defined({
    ...rest,
    ...(metadata ? { metadata: metadataQuery(metadata) } : {}),
    ...(startedAfter === undefined ? {} : { startedAfter: timestamp(startedAfter, "startedAfter") }),
  });
}

export function sandboxesResource(client: SandboxFetchClient) {
  const resource = {
    ...sandboxTelemetry(client),
    /** Starts a sandbox from a template; `timeout` is in seconds (default 300). Not retried after an ambiguous failure. */
    create: async (body: Input<"createSandbox">, options?: CreateOptions) => {
      requireId(requireObject(body, "body").templateID, "templateID");
      return unwrap<Sandbox>(client.POST("/v2/sandboxes", { body, ...createInit(options) }), isSandbox);
    },
    /** Returns one page of sandboxes, running and paused, with the `nextToken` of the next. */
    list: async (filter: ListSandboxesFilter = {}, options?: RequestOptions): Promise<SandboxPage> => {
      const query = listQuery(checkPage(filter));
      const answer = await unwrapWithHeaders<ListedSandbox[]>(
        client.GET("/v2/sandboxes", { params: { query }, ...toInit(options) }),
        arrayBody,
      );
      const total = answer.headers.get("x-total-running")?.trim() ?? "";
      const { items, nextToken } = pageOf(answer);
      return { items, nextToken, totalRunning: /^\d{1,15}$/.test(total) ? Number(total) : undefined };
    },
    /** Yields every sandbox matching the filter, following `X-Next-Token` from page to page. */
    listAll: (filter: ListSandboxesFilter = {}, options?: RequestOptions) => {
      checkPage(filter);
      const page = (nextToken: string | undefined) => resource.list({ ...filter, nextToken }, options);
      return paginateByToken(page, filter.nextToken, { path: "/v2/sandboxes" });
    },
    /** Returns a running or paused sandbox with its settings. */
    get: async (sandboxID: string, options?: RequestOptions) =>
      unwrap<SandboxDetail>(
        client.GET("/sandboxes/{sandboxID}", { params: byId(sandboxID), ...toInit(options) }),
        fields({ sandboxID: "string", state: "string" }),
      ),
    /** Kills the sandbox; false when it was not there (404), as in the official SDK. */
    kill: async (sandboxID: string, options?: RequestOptions) =>
      succeeded(complete(client.DELETE("/sandboxes/{sandboxID}", { params: byId(sandboxID), ...toInit(options) })), {
        404: false,
      }),
    /** The sandbox now expires `timeoutSeconds` from now (earlier or later than before). */
    setTimeout: async (sandboxID: string, timeoutSeconds: number, options?: RequestOptions) => {
      const params = byId(sandboxID);
      const body = { timeout: seconds(timeoutSeconds, "timeoutSeconds") };
      await complete(
        client.POST("/sandboxes/{sandboxID}/timeout", { params, body, ...toInit(options, { idempotent: true }) }),
      );
    },
    /** Pauses the sandbox (with its memory unless `memory: false`); false when it was already paused (409). */
    pause: async (sandboxID: string, body: Input<"pauseSandbox"> = {}, options?: RequestOptions) => {
      const init = {
        params: byId(sandboxID),
        body: requireObject(body, "body"),
        ...toInit(options, { idempotent: true }),
      };
      return succeeded(complete(client.POST("/sandboxes/{sandboxID}/pause", init)), { 409: false });
    },
    /** Returns what is needed to talk to the sandbox, resuming it when paused; it then lives at least `timeout` seconds. */
    connect: async (sandboxID: string, body: Input<"connectSandbox"> = {}, options?: RequestOptions) => {
      const init = {
        params: byId(sandboxID),
        body: requireObject(body, "body"),
        ...toInit(options, { idempotent: true }),
      };
      return unwrap<Sandbox>(client.POST("/v2/sandboxes/{sandboxID}/connect", init), isSandbox);
    },
    /** Keeps the sandbox alive `seconds` more from now (0 to 3600). */
    refresh: async (sandboxID: string, seconds: number, options?: RequestOptions): Promise<void> => {
      if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 0 || seconds > 3600) {
        const shown = typeof seconds === "string" ? `the string ${JSON.stringify(seconds)}` : String(seconds);
        throw new ValidationError(`seconds must be a whole number from 0 to 3600, got ${shown}.`);
      }
      const init = { params: byId(sandboxID), body: { duration: seconds }, ...toInit(options, { idempotent: true }) };
      await complete(client.POST("/sandboxes/{sandboxID}/refreshes", init));
    },
    /** Starts `count` sandboxes from a snapshot of this one; each result holds a `sandbox` or an `error`. */
    fork: async (sandboxID: string, body: Input<"forkSandbox"> = {}, options?: CreateOptions) => {
      const init = { params: byId(sandboxID), body: requireObject(body, "body"), ...createInit(options) };
      return unwrap<SandboxForkResult[]>(client.POST("/sandboxes/{sandboxID}/fork", init), arrayBody);
    },
    /** Replaces the sandbox's egress rules; a field left out is cleared. */
    updateNetwork: async (sandboxID: string, body: SandboxNetworkUpdate, options?: RequestOptions) => {
      const init = { params: byId(sandboxID), body: requireObject(body, "body"), ...toInit(options) };
      await complete(client.PUT("/sandboxes/{sandboxID}/network", init));
    },
    /** Saves the sandbox's state as a snapshot that new sandboxes can start from (`templateID: snapshot.snapshotID`). */
    createSnapshot: async (sandboxID: string, body: Input<"createSnapshot"> = {}, options?: CreateOptions) => {
      const init = { params: byId(sandboxID), body: requireObject(body, "body"), ...createInit(options) };
      return unwrap<Snapshot>(client.POST("/sandboxes/{sandboxID}/snapshots", init), fields({ snapshotID: "string" }));
    },
    /** Creates a sandbox that `await using` kills at the end of the scope. */
    open: async (body: Input<"createSandbox">, options?: CreateOptions): Promise<OpenSandbox> => {
      const sandbox = await resource.create(body, options);
      const kill = (killOptions?: RequestOptions) => resource.kill(sandbox.sandboxID, killOptions);
      return {
        ...sandbox,
        kill,
        [Symbol.asyncDispose]: async () => {
          await kill();
        },
      };
    },
  };
  return resource;
}

/** `e2b.sandboxes`: creating, listing, connecting, pausing, forking and killing sandboxes, their metrics and logs. */
export interface SandboxesResource
  extends SandboxTelemetry, Omit<ReturnType<typeof sandboxesResource>, keyof SandboxTelemetry> {}
