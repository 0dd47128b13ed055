import { concatBytes, type ChunkReader } from "./body.js";

/** What a guarded body needs from its call: its limits, its signals and how to name each failure. */
export interface StreamGuard {
  /** Longest silence while a chunk is awaited, in ms. */
  idleMs: number;
  /** When the whole body must have arrived (epoch ms); Infinity for no bound. */
  endAt: number;
  /** Most bytes the body may carry. */
  maxBytes: number;
  /** The caller's signal: aborting it ends the body at once. */
  signal: AbortSignal | undefined;
  /** Stops the request under the body (its socket). */
  abort(): void;
  /** The typed error of each way the body can fail. */
  fail(kind: "idle" | "deadline" | "aborted" | "too-large" | "network", cause?: unknown): Error;
}

/**
 * The body as a stream that cannot hang or flood: a chunk that takes longer than `idleMs` (or
 * passes `endAt`) ends it with a timeout, the caller's signal ends it at once, more than
 * `maxBytes` ends it, and a transport failure is a typed error. Only a pending read is timed: a
 * consumer that reads slowly never trips the idle bound. Cancelling it closes the request.
 */
export function guardedStream(reader: ChunkReader, guard: StreamGuard): ReadableStream<Uint8Array> {
  let received = 0;
  let why: "idle" | "deadline" | "aborted" | undefined;
  let finished = false;
  const onAbort = () => {
    why = "aborted";
    guard.abort();
  };
  guard.signal?.addEventListener("abort", onAbort);
  const end = () => {
    finished = true;
    guard.signal?.removeEventListener("abort", onAbort);
  };
  const stop = (controller: ReadableStreamDefaultController<Uint8Array>, error: Error) => {
    end();
    controller.error(error);
    reader.cancel().catch(() => undefined);
    guard.abort();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (guard.signal?.aborted) return stop(controller, guard.fail("aborted", guard.signal.reason));
        const left = guard.endAt - Date.now();
        if (left <= 0) return stop(controller, guard.fail("deadline"));
        const byDeadline = left < guard.idleMs;
        const timer = setTimeout(
          () => {
            why = byDeadline ? "deadline" : "idle";
            guard.abort();
          },
          byDeadline ? left : guard.idleMs,
        );
        let chunk: { done?: boolean | undefined; value?: Uint8Array | undefined };
        try {
          chunk = await reader.read();
        } catch (error) {
          return stop(controller, guard.fail(why ?? "network", why === "aborted" ? guard.signal?.reason : error));
        } finally {
          clearTimeout(timer);
        }
        // A read that resolved after the signal fired still ends the body.
        if (why) return stop(controller, guard.fail(why, guard.signal?.reason));
        if (chunk.done || !chunk.value) {
          end();
          return controller.close();
        }
        const { value } = chunk;
        received += value.byteLength;
        if (received > guard.maxBytes) return stop(controller, guard.fail("too-large"));
        // The same chunks on every runtime: a plain view of Node's Buffers, not a copy.
        controller.enqueue(
          value.constructor === Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
        );
      },
      cancel() {
        if (finished) return;
        end();
        reader.cancel().catch(() => undefined);
        guard.abort();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Reads a stream whole (bound it first: a guarded stream refuses more than its `maxBytes`). */
export async function collectBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}
