// Breathing rate by counting breaths, for irregular breathing where the autocorrelation has no
// clear peak (awake, talking, sighing). Peaks are found with a hysteresis of 30 % of the signal's
// 10–90 % range, on the channel with the most breathing power; the rate is the inverse of the mean
// peak-to-peak interval. Too irregular (interval CV > 0.45) or too few breaths: no number.

export const breathCountingLimits = {
  hysteresisShare: 0.3,
  minCycles: 3,
  maxIntervalCv: 0.45,
  minRunS: 5,
} as const;

export interface CountedRate {
  perMin: number;
  /** Coefficient of variation of the breath intervals. */
  intervalCv: number;
  cycles: number;
}

export function breathingRateByCounting(
  signals: readonly Float64Array[],
  valid: Uint8Array,
  rateHz: number,
): CountedRate | null {
  return rateFromIntervals(breathIntervals(signals, valid, rateHz));
}

/** The rate from breath-to-breath intervals (s): null with too few or too irregular intervals. */
export function rateFromIntervals(intervals: readonly number[]): CountedRate | null {
  if (intervals.length < breathCountingLimits.minCycles) return null;
  const mean = intervals.reduce((s, v) => s + v, 0) / intervals.length;
  const sd = Math.sqrt(intervals.reduce((s, v) => s + (v - mean) ** 2, 0) / intervals.length);
  const intervalCv = sd / mean;
  if (intervalCv > breathCountingLimits.maxIntervalCv) return null;
  return { perMin: 60 / mean, intervalCv, cycles: intervals.length };
}

/**
 * Peak-to-peak breath intervals (s) on the channel with the most breathing power, within the valid
 * stretches of at least `minRunS`; empty when there is no signal.
 */
export function breathIntervals(
  signals: readonly Float64Array[],
  valid: Uint8Array,
  rateHz: number,
): number[] {
  const signal = strongestChannel(signals, valid);
  if (!signal) return [];
  const values: number[] = [];
  for (let n = 0; n < valid.length; n++) if (valid[n]) values.push(signal[n] ?? 0);
  values.sort((a, b) => a - b);
  const range =
    (values[Math.floor(values.length * 0.9)] ?? 0) - (values[Math.floor(values.length * 0.1)] ?? 0);
  if (!(range > 0)) return [];
  const intervals: number[] = [];
  for (const [start, end] of validRuns(valid, Math.round(breathCountingLimits.minRunS * rateHz))) {
    const peaks = peakIndices(signal, start, end, breathCountingLimits.hysteresisShare * range);
    for (let i = 1; i < peaks.length; i++) intervals.push(((peaks[i] ?? 0) - (peaks[i - 1] ?? 0)) / rateHz);
  }
  return intervals;
}

function strongestChannel(signals: readonly Float64Array[], valid: Uint8Array): Float64Array | null {
  let best: Float64Array | null = null;
  let bestPower = 0;
  for (const signal of signals) {
    let sum = 0;
    let sumSquares = 0;
    let count = 0;
    for (let n = 0; n < valid.length; n++) {
      if (!valid[n]) continue;
      const x = signal[n] ?? 0;
      sum += x;
      sumSquares += x * x;
      count++;
    }
    const power = count > 0 ? sumSquares / count - (sum / count) ** 2 : 0;
    if (power > bestPower) {
      bestPower = power;
      best = signal;
    }
  }
  return best;
}

/** [start, end) of each stretch of valid samples at least `minLength` long. */
function validRuns(valid: Uint8Array, minLength: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let n = 0; n <= valid.length; n++) {
    if (n < valid.length && valid[n]) {
      if (start < 0) start = n;
    } else if (start >= 0) {
      if (n - start >= minLength) runs.push([start, n]);
      start = -1;
    }
  }
  return runs;
}

/** Maxima separated by descents and rises of at least `hysteresis`. */
export function peakIndices(signal: Float64Array, start: number, end: number, hysteresis: number): number[] {
  const peaks: number[] = [];
  let rising = true;
  let extreme = signal[start] ?? 0;
  let extremeAt = start;
  for (let n = start + 1; n < end; n++) {
    const x = signal[n] ?? 0;
    if (rising ? x > extreme : x < extreme) {
      extreme = x;
      extremeAt = n;
    } else if (Math.abs(x - extreme) > hysteresis) {
      if (rising) peaks.push(extremeAt);
      rising = !rising;
      extreme = x;
      extremeAt = n;
    }
  }
  return peaks;
}
