// Timing bounds of the deadline tests: a call that must end at its deadline ends at it, give or
// take what a loaded machine adds; a deadline overshot by a second fails them.

/** What a busy test machine may add to a deadline before a call's end counts as late. */
export const SLACK_MS = 500;

/** Milliseconds `promise` takes to settle, and the error it rejected with (undefined when it resolved). */
export async function elapsed(promise: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { ms: performance.now() - started, error };
}
