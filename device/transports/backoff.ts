/** Exponential backoff with full jitter and a cap: attempt 0 waits about `initialMs`. */
export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  factor: number;
}

// Capped at 5 s: a bedside link must come back within seconds of the sensor returning.
export const defaultBackoff: BackoffPolicy = { initialMs: 250, maxMs: 5_000, factor: 2 };

export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.initialMs * policy.factor ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
