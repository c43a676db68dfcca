/** Time is a dependency: everything that needs "now" gets a Clock. */
export interface Clock {
  /** Wall time, ms since epoch. */
  now(): number;
  /** Monotonic ms since the agent started; never jumps backwards. */
  monotonic(): number;
}

export function systemClock(): Clock {
  const start = performance.now();
  return { now: () => Date.now(), monotonic: () => performance.now() - start };
}

/**
 * Simulated time for demos and tests: `acceleration` simulated ms pass per real ms, starting at
 * `epochMs` at the wall-clock instant `startAtMs`. The simulator is given the same three values.
 */
export function acceleratedClock(epochMs: number, acceleration: number, startAtMs = Date.now()): Clock {
  // Anchored to a wall-clock instant, so separate processes given the same start agree on "now".
  const startPerf = performance.now() - (Date.now() - startAtMs);
  const elapsed = () => (performance.now() - startPerf) * acceleration;
  return { now: () => epochMs + elapsed(), monotonic: elapsed };
}
