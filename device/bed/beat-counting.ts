// Individual heartbeats in the heartbeat envelope (one hump per beat), once the autocorrelation has
// found the beat period: local maxima over valid samples, each kept only if no higher one lies within
// 60 % of a period. A cross-check of the rate (beats per valid second) and a figure an evaluator can
// hold against a reference's beat count.

export const beatCountingRules = {
  /** Two beats are at least this share of the period apart. */
  minSpacingShare: 0.6,
} as const;

/** Sample indices of the beats in `envelope` (valid samples only), in time order. */
export function beatIndices(envelope: Float64Array, valid: Uint8Array, periodSamples: number): number[] {
  const candidates: number[] = [];
  for (let n = 1; n + 1 < valid.length; n++) {
    if (!valid[n] || !valid[n - 1] || !valid[n + 1]) continue;
    const x = envelope[n] ?? 0;
    if (x > (envelope[n - 1] ?? 0) && x >= (envelope[n + 1] ?? 0)) candidates.push(n);
  }
  candidates.sort((a, b) => (envelope[b] ?? 0) - (envelope[a] ?? 0));
  const spacing = beatCountingRules.minSpacingShare * periodSamples;
  const kept: number[] = [];
  for (const n of candidates) if (kept.every((k) => Math.abs(k - n) >= spacing)) kept.push(n);
  return kept.sort((a, b) => a - b);
}
