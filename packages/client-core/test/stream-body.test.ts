// guardedStream on its own: a fake reader whose chunks come when the test says, fake timers.
import { afterEach, describe, expect, it, vi } from "vitest";
import { collectBytes, guardedStream, type ChunkReader, type StreamGuard } from "../src/index.js";

afterEach(() => vi.useRealTimers());

/** A reader whose reads resolve when `push` or `end` is called (now, or at the next read), and reject on `fail`. */
function fakeReader() {
  type Result = { done?: boolean; value?: Uint8Array } | Error;
  const waiting: ((result: Result) => void)[] = [];
  const queued: Result[] = [];
  const state = { cancelled: false, reads: 0 };
  const settle = (result: Result) => {
    const waiter = waiting.shift();
    if (waiter) waiter(result);
    else queued.push(result);
  };
  const reader: ChunkReader = {
    read: () => {
      state.reads++;
      return new Promise((resolve, reject) => {
        const take = (result: Result) => (result instanceof Error ? reject(result) : resolve(result));
        const next = queued.shift();
        if (next) take(next);
        else waiting.push(take);
      });
    },
    cancel: async () => void (state.cancelled = true),
  };
  return {
    reader,
    state,
    push: (text: string) => settle({ value: new TextEncoder().encode(text) }),
    end: () => settle({ done: true }),
    fail: (error: Error) => waiting.shift()?.(error),
  };
}

function guard(fake: ReturnType<typeof fakeReader>, overrides: Partial<StreamGuard> = {}) {
  const aborted = { count: 0 };
  const options: StreamGuard = {
    idleMs: 1_000,
    endAt: Infinity,
    maxBytes: Infinity,
    signal: undefined,
    abort: () => {
      aborted.count++;
      fake.fail(new Error("socket closed"));
    },
    fail: (kind) => new Error(`failed: ${kind}`),
    ...overrides,
  };
  return { stream: guardedStream(fake.reader, options), aborted };
}

describe("guardedStream", () => {
  it("passes chunks through and closes at the end", async () => {
    const fake = fakeReader();
    const { stream } = guard(fake);
    const text = new Response(stream).text();
    await vi.waitFor(() => expect(fake.state.reads).toBe(1));
    fake.push("ab");
    await vi.waitFor(() => expect(fake.state.reads).toBe(2));
    fake.push("cd");
    await vi.waitFor(() => expect(fake.state.reads).toBe(3));
    fake.end();
    expect(await text).toBe("abcd");
  });
  it("times only a pending read: a consumer that waits longer than idleMs is not cut off", async () => {
    vi.useFakeTimers();
    const fake = fakeReader();
    const { stream } = guard(fake);
    const reader = stream.getReader();
    const first = reader.read();
    fake.push("a");
    expect((await first).done).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    const second = reader.read();
    await vi.advanceTimersByTimeAsync(999);
    fake.push("b");
    expect(new TextDecoder().decode((await second).value)).toBe("b");
  });
  it("a read that takes longer than idleMs ends the stream with the idle failure and aborts the request", async () => {
    vi.useFakeTimers();
    const fake = fakeReader();
    const { stream, aborted } = guard(fake);
    const read = stream.getReader().read();
    const settled = expect(read).rejects.toThrow("failed: idle");
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
    expect(aborted.count).toBeGreaterThan(0);
    expect(fake.state.cancelled).toBe(true);
  });
  it("a deadline sooner than idleMs is the deadline failure", async () => {
    vi.useFakeTimers();
    const fake = fakeReader();
    const { stream } = guard(fake, { endAt: Date.now() + 300 });
    const read = stream.getReader().read();
    const settled = expect(read).rejects.toThrow("failed: deadline");
    await vi.advanceTimersByTimeAsync(300);
    await settled;
  });
  it("more than maxBytes is the too-large failure", async () => {
    const fake = fakeReader();
    const { stream } = guard(fake, { maxBytes: 3 });
    const reader = stream.getReader();
    const first = reader.read();
    fake.push("ab");
    await first;
    const second = reader.read();
    fake.push("cd");
    await expect(second).rejects.toThrow("failed: too-large");
    expect(fake.state.cancelled).toBe(true);
  });
  it("the caller's signal ends it at once, even between reads", async () => {
    const fake = fakeReader();
    const controller = new AbortController();
    const { stream, aborted } = guard(fake, { signal: controller.signal });
    const reader = stream.getReader();
    const pending = reader.read();
    controller.abort();
    await expect(pending).rejects.toThrow("failed: aborted");
    expect(aborted.count).toBeGreaterThan(0);
  });
  it("a failing read is the network failure; cancelling aborts the request once", async () => {
    const fake = fakeReader();
    const { stream } = guard(fake, { abort: () => undefined });
    const read = stream.getReader().read();
    await vi.waitFor(() => expect(fake.state.reads).toBe(1));
    fake.fail(new Error("ECONNRESET"));
    await expect(read).rejects.toThrow("failed: network");
    const other = fakeReader();
    const { stream: second, aborted } = guard(other);
    await second.cancel();
    expect([aborted.count, other.state.cancelled]).toEqual([1, true]);
  });
  it("hands out plain Uint8Arrays, also for Node's Buffers", async () => {
    const chunks = [Buffer.from("xy")];
    const reader: ChunkReader = {
      read: async () => (chunks.length ? { value: chunks.shift() } : { done: true }),
      cancel: async () => undefined,
    };
    const options = { idleMs: 1_000, endAt: Infinity, maxBytes: Infinity, signal: undefined };
    const bytes = await collectBytes(
      guardedStream(reader, { ...options, abort: () => undefined, fail: () => new Error("x") }),
    );
    expect([bytes.constructor, new TextDecoder().decode(bytes)]).toEqual([Uint8Array, "xy"]);
  });
});
