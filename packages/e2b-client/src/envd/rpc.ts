// How the envd client calls: unary RPCs as JSON, streaming RPCs as Connect envelopes, the user as
// Basic auth, and a 502 from e2b's proxy as SandboxNotFoundError.
import {
  ApiError,
  apiErrorFor,
  codeOfStatus,
  encodeEnvelope,
  MAX_DURATION_MS,
  MAX_ENVELOPE_BYTES,
  readConnectStream,
  streamInit,
  toInit,
  unwrap,
  unwrapStream,
  type ApiErrorInit,
  type BodyCheck,
  type CallSettings,
  type RequestOptions,
} from "@spec-clients/core";
import { connectStreams } from "./generated/connect.gen.js";
import type { SandboxNotFoundBody } from "./types.js";

/** e2b's edge proxy found no running sandbox (or no open port) behind the host: the sandbox is gone. */
export class SandboxNotFoundError extends ApiError<SandboxNotFoundBody> {
  override name = "SandboxNotFoundError";
}

/** A 502 from e2b's proxy as SandboxNotFoundError; any other error as it is. */
export function gone(error: unknown): never {
  if (error instanceof ApiError && error.status === 502 && !(error instanceof SandboxNotFoundError)) {
    throw new SandboxNotFoundError({ ...(error as unknown as ApiErrorInit), message: error.message });
  }
  throw error;
}

/** Seconds between the keep-alive messages envd is asked for on a stream, by default. */
export const KEEPALIVE_SECONDS = 30;
/** The longest silence a stream may keep: one and a half keep-alive intervals and a second. */
export const silenceMs = (keepaliveSeconds: number) => Math.round((keepaliveSeconds * 1.5 + 1) * 1000);

/** `Authorization: Basic base64("<user>:")`, the user an RPC runs as. */
export const basicUser = (user: string | undefined): Record<string, string> =>
  user === undefined ? {} : { Authorization: `Basic ${btoa(`${user}:`)}` };

/** Init of a unary RPC: JSON both ways, the Connect version and the user. */
export function unaryInit(options: RequestOptions | undefined, user: string | undefined, defaults?: CallSettings) {
  const init = toInit(options, defaults);
  return {
    ...init,
    params: { header: { "Connect-Protocol-Version": "1" as const } },
    headers: { ...init.headers, ...basicUser(user) },
  };
}

/**
 * An RPC's error: the proxy's 502 as SandboxNotFoundError; a body without a Connect code gets the
 * code its status stands for (404 `unimplemented`: an envd without that method), as the protocol says.
 */
function rpcError(error: unknown): never {
  if (error instanceof ApiError && error.code === undefined && error.status !== 502) {
    throw apiErrorFor({
      ...(error as unknown as ApiErrorInit),
      message: error.message,
      code: codeOfStatus(error.status),
    });
  }
  return gone(error);
}

/** Calls a unary RPC made with `unaryInit`; its answer is the message, checked with `check`. */
export const unary = <T>(pending: Parameters<typeof unwrap>[0], check?: BodyCheck): Promise<T> =>
  unwrap<T>(pending, check).catch(rpcError);

/** What a streaming RPC takes: the caller's signal and headers, and how long the stream may live (0: no bound). */
export interface StreamCallOptions {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  lifetimeMs?: number | undefined;
}

/** What every streaming RPC of a client shares: the user and the keep-alive interval. */
export interface StreamSettings {
  user: string | undefined;
  keepaliveSeconds: number;
}

/** Init of a server-streaming RPC: the request as one envelope, keep-alives asked for, silence and lifetime bounded. */
export function streamCallInit(
  message: object,
  options: StreamCallOptions,
  settings: StreamSettings,
  user = settings.user,
) {
  const lifetime = options.lifetimeMs || 0;
  const init = streamInit(
    { signal: options.signal, headers: options.headers, timeoutMs: silenceMs(settings.keepaliveSeconds) },
    { deadlineMs: lifetime ? lifetime + 5_000 : MAX_DURATION_MS },
  );
  const header = {
    "Connect-Protocol-Version": "1" as const,
    "Keepalive-Ping-Interval": settings.keepaliveSeconds,
    ...(lifetime ? { "Connect-Timeout-Ms": lifetime } : {}),
  };
  return {
    ...init,
    params: { header },
    headers: { ...init.headers, ...basicUser(user), "Content-Type": "application/connect+json" },
    body: encodeEnvelope(JSON.stringify(message)) as unknown as never,
    bodySerializer: (raw: unknown) => raw as string,
  };
}

/** The messages of a streaming RPC made with `streamCallInit`, as an async iterable. */
export async function* streamOf<T>(
  pending: Parameters<typeof unwrapStream>[0],
  method: string,
  path: string,
  redact: (text: string) => string,
): AsyncGenerator<T, void, undefined> {
  // The spec marks each streaming RPC (`x-connect-stream`); a call framed otherwise is a bug here.
  if (!(`${method} ${path}` in connectStreams))
    throw new Error(`${method} ${path} is not a streaming RPC of the spec.`);
  const body = await unwrapStream(pending).catch(gone);
  yield* readConnectStream<T>(body, { maxEnvelopeBytes: MAX_ENVELOPE_BYTES, method, path, redact });
}
