// Simulated time runs `acceleration` times faster than real time from a chosen simulated epoch:
//   simulated = epochMs + (realNow − realStart) · acceleration
// Pure mapping; the caller reads the real monotonic clock and passes it in.

export interface AcceleratedClock {
  /** Simulated wall time (ms since 1970 UTC) at the real start instant. */
  epochMs: number;
  /** Simulated seconds per real second. */
  acceleration: number;
  /** Real monotonic time (ms, e.g. performance.now()) at start. */
  realStartMs: number;
}

export function simulatedNowMs(clock: AcceleratedClock, realNowMs: number): number {
  return clock.epochMs + (realNowMs - clock.realStartMs) * clock.acceleration;
}

/** Real milliseconds from `realNowMs` until the simulated clock shows `simTimeMs` (0 if passed). */
export function realMsUntil(clock: AcceleratedClock, simTimeMs: number, realNowMs: number): number {
  const realAt = clock.realStartMs + (simTimeMs - clock.epochMs) / clock.acceleration;
  return Math.max(0, realAt - realNowMs);
}
