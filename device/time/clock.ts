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
 * `epochMs`. The simulator is given the same epoch and acceleration, so both agree on "now".
 */
export function acceleratedClock(epochMs: number, acceleration: number): Clock {
  const start = performance.now();
  const elapsed = () => (performance.now() - start) * acceleration;
  return { now: () => epochMs + elapsed(), monotonic: elapsed };
}
