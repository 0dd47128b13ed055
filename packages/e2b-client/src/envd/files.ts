import {
  ApiError,
  defined,
  fields,
  checkFormat,
  readAs,
  requireObject,
  streamInit,
  toInit,
  toSendBody,
  unwrap,
  unwrapStream,
  ValidationError,
  type FileData,
  type ReadFormat,
  type RequestOptions,
  type StreamOptions,
} from "@spec-clients/core";
import {
  gone,
  streamCallInit,
  streamOf,
  unary,
  unaryInit,
  type StreamCallOptions,
  type StreamSettings,
} from "./rpc.js";
import { signedUrl } from "./signature.js";
import type { EntryInfo, EnvdFetchClient, FilesystemEvent, WriteInfo } from "./types.js";

/** A file's content an hour at most to move, as in the official SDK; pass `deadlineMs` to change it. */
export const FILE_DEADLINE_MS = 3_600_000;

/** One file of a `write([...])`. */
export interface WriteEntry {
  path: string;
  data: FileData;
}

/** Options of a file's read or write: the user it belongs to, and the call's. */
export interface FileOptions extends StreamOptions {
  user?: string | undefined;
}

const writes = (body: unknown) => (Array.isArray(body) ? undefined : "it is not an array");
const path = (value: unknown, name = "path") => {
  if (typeof value !== "string" || !value) throw new ValidationError(`${name} must be a non-empty string.`);
  return value;
};
const isStream = (data: unknown) => typeof ReadableStream !== "undefined" && data instanceof ReadableStream;

export function filesResource(
  client: EnvdFetchClient,
  settings: StreamSettings & { token: string | undefined; baseUrl: string; redact: (text: string) => string },
) {
  const { user } = settings;
  const query = (file: string, options?: { user?: string | undefined }) => ({
    query: { path: path(file), ...defined({ username: options?.user ?? user }) },
  });
  const notFound = <T>(call: Promise<T>, fallback: T) =>
    call.catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return fallback;
      throw error;
    });
  const stat = (file: string, options?: RequestOptions) =>
    unary<{ entry?: EntryInfo }>(
      client.POST("/filesystem.Filesystem/Stat", { body: { path: path(file) }, ...unaryInit(options, user) }),
      fields({ entry: "object" }),
    ).then((answer) => answer.entry!);

  /** One file, its bytes as the body (a stream sent as it is read). */
  const writeOne = (file: string, data: FileData, options?: FileOptions) =>
    unwrap<WriteInfo[]>(
      client.POST("/files", {
        params: query(file, options),
        ...writeInit(options),
        body: toSendBody(data) as unknown as never,
        bodySerializer: (raw: unknown) => raw as string,
        headers: { ...options?.headers, "Content-Type": "application/octet-stream" },
      }),
      writes,
    ).catch(gone);

  /** Several files in one multipart request (in memory already, so gathered into one Blob). */
  const writeMany = async (entries: WriteEntry[], options?: FileOptions) => {
    const form = new FormData();
    for (const entry of entries) {
      const body = toSendBody(entry.data);
      form.append("file", body instanceof Blob ? body : new Blob([body as BlobPart]), path(entry.path, "Each path"));
    }
    const blob = await new Response(form).blob();
    return unwrap<WriteInfo[]>(
      client.POST("/files", {
        params: { query: defined({ username: options?.user ?? user }) },
        ...writeInit(options),
        body: blob as unknown as never,
        bodySerializer: (raw: unknown) => raw as string,
        headers: { ...options?.headers, "Content-Type": blob.type },
      }),
      writes,
    ).catch(gone);
  };

  function read(file: string, options?: FileOptions & { format?: "text" }): Promise<string>;
  function read(file: string, options: FileOptions & { format: "bytes" }): Promise<Uint8Array>;
  function read(file: string, options: FileOptions & { format: "blob" }): Promise<Blob>;
  function read(file: string, options: FileOptions & { format: "stream" }): Promise<ReadableStream<Uint8Array>>;
  /**
   * Reads a file: UTF-8 text by default, or `format: "bytes" | "blob" | "stream"`; a stream is
   * handed out as it arrives. A missing file is a NotFoundError.
   */
  async function read(file: string, options: FileOptions & { format?: ReadFormat } = {}) {
    const { format = "text", user: as, ...rest } = requireObject(options, "options");
    checkFormat(format);
    const stream = await unwrapStream(
      client.GET("/files", { params: query(file, { user: as }), ...streamInitFor(rest) }),
    ).catch(gone);
    return readAs(stream, format);
  }

  function write(file: string, data: FileData, options?: FileOptions): Promise<WriteInfo>;
  function write(files: WriteEntry[], options?: FileOptions): Promise<WriteInfo[]>;
  /**
   * Writes a file from text, bytes, a Blob or a ReadableStream (sent as it is read, never held
   * whole), creating its parent directories; or several files, `[{ path, data }]`, in one request
   * (files given as streams are sent one by one, still streamed).
   */
  async function write(target: string | WriteEntry[], data?: FileData | FileOptions, options?: FileOptions) {
    if (typeof target === "string") {
      const [info] = await writeOne(target, data as FileData, options);
      return info ?? { path: target, name: target.split("/").pop() ?? target, type: "file" };
    }
    if (!Array.isArray(target))
      throw new ValidationError("write takes a path and its data, or an array of { path, data }.");
    const opts = data as FileOptions | undefined;
    const inMemory = target.filter((entry) => !isStream(requireObject(entry, "Each file").data));
    const written = inMemory.length ? await writeMany(inMemory, opts) : [];
    for (const entry of target.filter((e) => isStream(e.data)))
      written.push(...(await writeOne(entry.path, entry.data, opts)));
    return written;
  }

  return {
    read,
    write,
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
    exists: (file: string, options?: RequestOptions) =>
      notFound(
        stat(file, options).then(() => true),
        false,
      ),
    /** What envd knows of an entry; a missing one is a NotFoundError. */
    getInfo: stat,
    /** Creates a directory and its parents; false when it was already there. */
    makeDir: async (dir: string, options?: RequestOptions) => {
      try {
        await unary(
          client.POST("/filesystem.Filesystem/MakeDir", { body: { path: path(dir) }, ...unaryInit(options, user) }),
        );
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) return false;
        throw error;
      }
    },
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
    /** Concatenates files, in order, into `destination`, and deletes them. */
    compose: (sources: string[], destination: string, options?: RequestOptions) =>
      unwrap<WriteInfo>(
        client.POST("/files/compose", {
          body: {
            source_paths: sources.map((s) => path(s, "Each source")),
            destination: path(destination, "destination"),
            ...defined({ username: user }),
          },
          ...toInit(options),
        }),
        fields({ path: "string" }),
      ).catch(gone),
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
      ) as Promise<{ watcherId: string }>;
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
    /** A URL that uploads a file (`POST` multipart or octet-stream) without the token: signed when the sandbox has one. */
    uploadUrl: (file: string, options?: { user?: string; expiresInSeconds?: number }) =>
      signedUrl(settings, "write", path(file), options?.user ?? user, options?.expiresInSeconds),
    /** A URL that downloads a file without the token: signed when the sandbox has one. */
    downloadUrl: (file: string, options?: { user?: string; expiresInSeconds?: number }) =>
      signedUrl(settings, "read", path(file), options?.user ?? user, options?.expiresInSeconds),
  };
}

/** A file read's init: its content streamed as it arrives, an hour by default. */
const streamInitFor = (options: StreamOptions = {}) => streamInit(options, { deadlineMs: FILE_DEADLINE_MS });
/** A file write's init: its body streamed as it is read (a JSON answer), an hour by default. */
const writeInit = (options: StreamOptions = {}) => toInit(options, { deadlineMs: FILE_DEADLINE_MS, streamBody: true });
