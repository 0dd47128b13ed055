import { fields, requireObject, ValidationError, type RequestOptions } from "@spec-clients/core";
import { succeeded } from "../sandbox/shared.js";
import { streamCallInit, streamOf, unary, unaryInit, type StreamCallOptions, type StreamSettings } from "./rpc.js";
import type { CreatedWatcher, EntryInfo, EnvdFetchClient, FilesystemEvent } from "./types.js";

/** Checks a path (or another name) of the sandbox's file system: a non-empty string. */
export const pathOf = (value: unknown, name = "path") => {
  if (typeof value !== "string" || !value) throw new ValidationError(`${name} must be a non-empty string.`);
  return value;
};
const path = pathOf;

/** The `filesystem.Filesystem` RPCs: entries listed, described, created, moved and removed, and watches. */
export function filesystemResource(
  client: EnvdFetchClient,
  settings: StreamSettings & { redact: (text: string) => string },
) {
  const { user } = settings;
  const stat = (file: string, options?: RequestOptions) =>
    unary<{ entry?: EntryInfo }>(
      client.POST("/filesystem.Filesystem/Stat", { body: { path: path(file) }, ...unaryInit(options, user) }),
      fields({ entry: "object" }),
    ).then((answer) => answer.entry!);
  return {
    /** Lists the entries under a directory, `depth` levels deep (1 by default). */
    list: async (dir: string, options: RequestOptions & { depth?: number | undefined } = {}): Promise<EntryInfo[]> => {
      const { depth = 1, ...rest } = requireObject(options, "options");
      if (!Number.isInteger(depth) || depth < 1)
        throw new ValidationError(`depth must be a whole number, 1 or more: got ${String(depth)}.`);
      const answer = await unary<{ entries?: EntryInfo[] }>(
        client.POST("/filesystem.Filesystem/ListDir", { body: { path: path(dir), depth }, ...unaryInit(rest, user) }),
        fields({}),
      );
      return answer.entries ?? [];
    },
    /** Whether an entry exists at `path` (false on not_found; other errors are thrown). */
    exists: async (file: string, options?: RequestOptions) =>
      succeeded(
        stat(file, options).then(() => undefined),
        { 404: false },
      ),
    /** What envd knows of an entry; a missing one is a NotFoundError. */
    getInfo: stat,
    /** Creates a directory and its parents; false when it was already there. */
    makeDir: async (dir: string, options?: RequestOptions) =>
      succeeded(
        unary(
          client.POST("/filesystem.Filesystem/MakeDir", { body: { path: path(dir) }, ...unaryInit(options, user) }),
        ).then(() => undefined),
        { 409: false },
      ),
    /** Renames (moves) an entry; returns it at its new path. */
    rename: async (from: string, to: string, options?: RequestOptions): Promise<EntryInfo> => {
      const answer = await unary<{ entry?: EntryInfo }>(
        client.POST("/filesystem.Filesystem/Move", {
          body: { source: path(from, "source"), destination: path(to, "destination") },
          ...unaryInit(options, user),
        }),
        fields({ entry: "object" }),
      );
      return answer.entry!;
    },
    /** Removes a file, a symlink, or a directory with everything under it. */
    remove: async (file: string, options?: RequestOptions) => {
      await unary(
        client.POST("/filesystem.Filesystem/Remove", { body: { path: path(file) }, ...unaryInit(options, user) }),
      );
    },
    /**
     * The changes under a directory as they happen, as an async iterable: `break` or the signal
     * ends the watch (and its request). A watch silent past its keep-alive interval is a TimeoutError.
     */
    watchDir: async function* (
      dir: string,
      options: StreamCallOptions & { recursive?: boolean | undefined; includeEntry?: boolean | undefined } = {},
    ): AsyncGenerator<FilesystemEvent, void, undefined> {
      const { recursive = false, includeEntry = false } = requireObject(options, "options");
      const events = streamOf<{ filesystem?: FilesystemEvent }>(
        client.POST("/filesystem.Filesystem/WatchDir", {
          ...streamCallInit({ path: path(dir), recursive, includeEntry }, options, settings),
        }),
        "POST",
        "/filesystem.Filesystem/WatchDir",
        settings.redact,
      );
      for await (const message of events) if (message.filesystem) yield message.filesystem;
    },
    /** Starts a polled watch (for clients that cannot hold a stream); returns its ID. */
    createWatcher: (dir: string, options: RequestOptions & { recursive?: boolean | undefined } = {}) => {
      const { recursive = false, ...rest } = requireObject(options, "options");
      return unary<{ watcherId?: string }>(
        client.POST("/filesystem.Filesystem/CreateWatcher", {
          body: { path: path(dir), recursive },
          ...unaryInit(rest, user),
        }),
        fields({ watcherId: "string" }),
      ) as Promise<CreatedWatcher>;
    },
    /** The events of a polled watch since the last collection. */
    watcherEvents: async (watcherId: string, options?: RequestOptions): Promise<FilesystemEvent[]> => {
      const answer = await unary<{ events?: FilesystemEvent[] }>(
        client.POST("/filesystem.Filesystem/GetWatcherEvents", {
          body: { watcherId: path(watcherId, "watcherId") },
          ...unaryInit(options, user),
        }),
        fields({}),
      );
      return answer.events ?? [];
    },
    /** Stops a polled watch. */
    removeWatcher: async (watcherId: string, options?: RequestOptions) => {
      await unary(
        client.POST("/filesystem.Filesystem/RemoveWatcher", {
          body: { watcherId: path(watcherId, "watcherId") },
          ...unaryInit(options, user),
        }),
      );
    },
  };
}
