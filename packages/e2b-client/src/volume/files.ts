import {
  arrayBody,
  checkFormat,
  readAs,
  complete,
  createInit,
  defined,
  fields,
  requireObject,
  streamInit,
  toInit,
  toSendBody,
  unwrap,
  unwrapStream,
  ValidationError,
  type CreateOptions,
  type FileData,
  type FileReader,
  type ReadFormat,
  type RequestOptions,
  type StreamOptions,
} from "@spec-clients/core";
import { succeeded } from "../sandbox/shared.js";
import { FILE_DEADLINE_MS } from "./options.js";
import type { VolumeEntryStat, VolumeFetchClient, VolumeMetadata } from "./types.js";

/** The owner and mode of a new entry, and `force`: for `makeDir` create missing parents, for `writeFile` replace an existing file. */
export interface VolumeWriteOptions extends VolumeMetadata {
  force?: boolean | undefined;
}

const entry = fields({ path: "string", name: "string", type: "string" });
const UINT32_MAX = 2 ** 32 - 1;

/** Checks an entry's path: a non-empty string (the service resolves it within the volume). */
function entryPath(path: unknown): string {
  if (typeof path !== "string" || !path) {
    const shown = typeof path === "string" ? "an empty string" : path === null ? "null" : typeof path;
    throw new ValidationError(`A volume path must be a non-empty string such as "/data/train.csv": got ${shown}.`);
  }
  return path;
}

/** Checks the uint32 fields the wire takes (uid, gid, mode, depth). */
function uint32s<T extends object>(values: T): T {
  for (const [name, value] of Object.entries(requireObject(values, "options"))) {
    if (!["uid", "gid", "mode", "depth"].includes(name) || value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > UINT32_MAX) {
      const shown = typeof value === "string" ? `the string ${JSON.stringify(value)}` : String(value);
      throw new ValidationError(`${name} must be a whole number from 0 to ${UINT32_MAX}: got ${shown}.`);
    }
  }
  return values;
}

const at = (volumeID: string, path: string, query: object = {}) => ({
  params: { path: { volumeID }, query: { path: entryPath(path), ...defined(uint32s(query)) } },
});

/** Splits the options of a write into its query (owner, mode, force) and the call's own options. */
function writeQuery({ uid, gid, mode, force, ...rest }: VolumeWriteOptions & RequestOptions) {
  if (force !== undefined && typeof force !== "boolean") throw new ValidationError("force must be true or false.");
  return { query: { uid, gid, mode, force }, call: rest };
}

/** The methods of a volume's content API, on the client of one volume. */
export function volumeFiles(client: VolumeFetchClient, volumeID: string) {
  const readStream = (path: string, options?: StreamOptions) =>
    unwrapStream(
      client.GET("/volumecontent/{volumeID}/file", {
        ...at(volumeID, path),
        ...streamInit(options, { deadlineMs: FILE_DEADLINE_MS }),
      }),
    );
  /**
   * Reads a file: as UTF-8 text by default, or `format: "bytes" | "blob" | "stream"`. A stream
   * is handed out as it arrives (each chunk within `timeoutMs`, the whole within `deadlineMs`,
   * an hour by default); `maxBytes` bounds what the other formats gather.
   */
  async function readFileAs(path: string, options: StreamOptions & { format?: ReadFormat } = {}) {
    const { format = "text", ...rest } = requireObject(options, "options");
    const as = checkFormat(format);
    return readAs(await readStream(path, rest), as);
  }
  const readFile = readFileAs as FileReader<StreamOptions>;
  return {
    /** Lists the entries under a directory, `depth` levels deep (1 by default: its children). */
    list: async (path: string, options: { depth?: number | undefined } & RequestOptions = {}) => {
      const { depth, ...rest } = requireObject(options, "options");
      return unwrap<VolumeEntryStat[]>(
        client.GET("/volumecontent/{volumeID}/dir", { ...at(volumeID, path, { depth }), ...toInit(rest) }),
        arrayBody,
      );
    },
    /** Creates a directory (with `force`, its missing parents too). Not retried after an ambiguous failure. */
    makeDir: async (path: string, options: VolumeWriteOptions & CreateOptions = {}) => {
      const { query, call } = writeQuery(options);
      return unwrap<VolumeEntryStat>(
        client.POST("/volumecontent/{volumeID}/dir", { ...at(volumeID, path, query), ...createInit(call) }),
        entry,
      );
    },
    /** Returns what the volume knows of an entry; a missing one is a NotFoundError. */
    getInfo: async (path: string, options?: RequestOptions) =>
      unwrap<VolumeEntryStat>(
        client.GET("/volumecontent/{volumeID}/path", { ...at(volumeID, path), ...toInit(options) }),
        entry,
      ),
    /** Whether an entry exists at `path` (false on 404; other errors are thrown). */
    exists: async (path: string, options?: RequestOptions) =>
      succeeded(complete(client.GET("/volumecontent/{volumeID}/path", { ...at(volumeID, path), ...toInit(options) })), {
        404: false,
      }),
    /** Sets an entry's owner or mode (the fields given); returns the entry as it is now. */
    updateMetadata: async (path: string, metadata: VolumeMetadata, options?: RequestOptions) =>
      unwrap<VolumeEntryStat>(
        client.PATCH("/volumecontent/{volumeID}/path", {
          ...at(volumeID, path),
          body: uint32s({ ...requireObject(metadata, "metadata") }),
          ...toInit(options),
        }),
        entry,
      ),
    /** Reads a file: UTF-8 text by default, or `format: "bytes" | "blob" | "stream"` (a stream as it arrives). */
    readFile,
    /**
     * Writes a file from text, bytes, a Blob or a ReadableStream; a stream is sent as it is read,
     * never held whole, and sent once (not retried). An existing file is replaced only with `force`.
     */
    writeFile: async (path: string, data: FileData, options: VolumeWriteOptions & RequestOptions = {}) => {
      const { query, call } = writeQuery(options);
      const body = toSendBody(data);
      return unwrap<VolumeEntryStat>(
        client.PUT("/volumecontent/{volumeID}/file", {
          ...at(volumeID, path, query),
          ...toInit(call, { deadlineMs: FILE_DEADLINE_MS, streamBody: true }),
          body: body as unknown as string,
          bodySerializer: (raw: unknown) => raw as string,
          headers: { ...call.headers, "Content-Type": "application/octet-stream" },
        }),
        entry,
      );
    },
    /** Removes a file, a symlink, or a directory with everything under it. */
    remove: async (path: string, options?: RequestOptions) =>
      complete(client.DELETE("/volumecontent/{volumeID}/path", { ...at(volumeID, path), ...toInit(options) })),
  };
}

/** The content API of one volume: its entries listed, read, written and removed. */
export interface VolumeFiles extends ReturnType<typeof volumeFiles> {}
