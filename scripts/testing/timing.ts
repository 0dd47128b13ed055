// Timing bounds of the deadline tests: a call that must end at its deadline ends at it, give or
// take what a loaded machine adds; a deadline overshot by a second fails them.

/** What a busy test machine may add to a deadline before a call's end counts as late. */
export const SLACK_MS = 500;

/**
 * How often the stall probe looks at the clock, and how late a tick must be to count as a stall: a flood
 * of I/O in the test's own process makes ticks up to ~50 ms late, a descheduled process or a long GC more.
 */
const PROBE_MS = 10;
const STALL_MS = 100;

/**
 * Milliseconds `promise` takes to settle, with what it resolved to or the error it rejected with.
 *
 * `ms` leaves out the time the process could not run at all (descheduled on a loaded machine, a long GC):
 * a probe timer ticks beside the call, and a tick later than `STALL_MS` adds its lateness to `stalledMs`.
 * A deadline the client overshoots still counts in full, as the probe keeps ticking on time meanwhile.
 * `ms` bounds a call from above; `wallMs`, the clock's own reading, bounds it from below.
 */
export async function elapsed<T>(
  promise: Promise<T>,
): Promise<{ ms: number; wallMs: number; stalledMs: number; value: T | undefined; error: unknown }> {
  const started = performance.now();
  let stalledMs = 0;
  let expected = started + PROBE_MS;
  const look = () => {
    const now = performance.now();
    if (now - expected > STALL_MS) stalledMs += now - expected;
    expected = now + PROBE_MS;
    return now;
  };
  const probe = setInterval(look, PROBE_MS);
  const [value, error] = await promise.then(
    (v) => [v, undefined] as const,
    (e: unknown) => [undefined, e] as const,
  );
  clearInterval(probe);
  const ended = look();
  return { ms: ended - started - stalledMs, wallMs: ended - started, stalledMs, value, error };
}
