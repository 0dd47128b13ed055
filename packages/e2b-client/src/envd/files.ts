import {
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
  isStream,
  ValidationError,
  type FileData,
  type FileReader,
  type ReadFormat,
  type RequestOptions,
  type StreamOptions,
} from "@spec-clients/core";
import { gone, type StreamSettings } from "./rpc.js";
import { pathOf as path } from "./filesystem.js";
import { signedUrl } from "./signature.js";
import type { EnvdFetchClient, WriteInfo } from "./types.js";

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

/** `files.write`: one file from its data, or several in one request. */
export interface FileWriter {
  /** Writes a file (creating its parent directories); a ReadableStream is sent as it is read, never held whole. */
  (path: string, data: FileData, options?: FileOptions): Promise<WriteInfo>;
  /** Writes several files, `[{ path, data }]`, in one request (streams are sent one by one, still streamed). */
  (files: WriteEntry[], options?: FileOptions): Promise<WriteInfo[]>;
}

const writes = (body: unknown) => (Array.isArray(body) ? undefined : "it is not an array");

export function filesResource(
  client: EnvdFetchClient,
  settings: StreamSettings & { token: string | undefined; baseUrl: string; redact: (text: string) => string },
) {
  const { user } = settings;
  const query = (file: string, options?: { user?: string | undefined }) => ({
    query: { path: path(file), ...defined({ username: options?.user ?? user }) },
  });
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

  async function readFileAs(file: string, options: FileOptions & { format?: ReadFormat } = {}) {
    const { format = "text", user: as, ...rest } = requireObject(options, "options");
    checkFormat(format);
    const stream = await unwrapStream(
      client.GET("/files", { params: query(file, { user: as }), ...streamInitFor(rest) }),
    ).catch(gone);
    return readAs(stream, format);
  }
  const read = readFileAs as FileReader<FileOptions>;

  async function writeFiles(target: string | WriteEntry[], data?: FileData | FileOptions, options?: FileOptions) {
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
    /**
     * Reads a file: UTF-8 text by default, or `format: "bytes" | "blob" | "stream"`; a stream is
     * handed out as it arrives. A missing file is a NotFoundError.
     */
    read,
    /**
     * Writes a file from text, bytes, a Blob or a ReadableStream (sent as it is read, never held
     * whole), creating its parent directories; or several files, `[{ path, data }]`, in one request
     * (files given as streams are sent one by one, still streamed).
     */
    write: writeFiles as FileWriter,
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
