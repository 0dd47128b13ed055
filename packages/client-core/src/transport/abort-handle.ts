/**
 * An abort handle lighter than an AbortController (one plain object; on Node 20 a controller costs
 * several microseconds). undici takes it as a `signal`: its dispatcher accepts any event target, and
 * the `fetch` of Node 20 and 22 accepts it too (Node 26's refuses it: see `takesAbortHandle`).
 * Listeners are called with the handle as `this`, as undici's own abort listener expects.
 */
export class AbortHandle {
  aborted = false;
  reason: unknown;
  private readonly listeners = new Set<(this: AbortHandle) => void>();
  get signal() {
    return this as unknown as AbortSignal;
  }
  addEventListener(_type: "abort", listener: (this: AbortHandle) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: "abort", listener: (this: AbortHandle) => void) {
    this.listeners.delete(listener);
  }
  // Node's fetch raises the listener limit of its signal through these; without them it throws
  // (and catches) an error per request.
  getMaxListeners() {
    return Infinity;
  }
  setMaxListeners() {}
  abort() {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = new Error("The attempt was aborted.");
    for (const listener of this.listeners) listener.call(this);
  }
}

let globalTakesHandle: boolean | undefined;

/**
 * Whether `fetch` takes an AbortHandle as its signal: only the runtime's own `fetch`, when its
 * `Request` accepts one and aborts with it (Node 20 and 22 do; browsers, Deno, Bun and Node 26
 * insist on an AbortSignal, and keep the AbortController).
 */
export function takesAbortHandle(fetch: typeof globalThis.fetch): boolean {
  if (fetch !== globalThis.fetch) return false;
  if (globalTakesHandle === undefined) {
    try {
      const handle = new AbortHandle();
      const request = new Request("http://localhost/", { signal: handle.signal });
      handle.abort();
      globalTakesHandle = request.signal.aborted;
    } catch {
      globalTakesHandle = false;
    }
  }
  return globalTakesHandle;
}
