// Period finding by autocorrelation, robust to gaps: samples flagged invalid (movement, empty bed)
// are left out of every product, so a movement in the middle of an epoch costs only its own seconds.

/**
 * Pooled, normalised autocorrelation of several channels at lags minLag..maxLag (samples).
 * Each channel's mean over its valid samples is removed first. Channels are pooled by summing
 * products (a strong channel weighs more than a weak one). Returns r[lag - minLag] in [-1, 1]
 * and the number of valid samples.
 */
export function pooledAutocorrelation(
  channels: readonly Float64Array[],
  valid: Uint8Array,
  minLag: number,
  maxLag: number,
  pairs: Float64Array = validPairs(valid, minLag, maxLag),
): { r: Float64Array; validSamples: number } {
  const length = valid.length;
  const r = new Float64Array(maxLag - minLag + 1);
  let energy = 0;
  let validSamples = 0;
  for (let n = 0; n < length; n++) if (valid[n]) validSamples++;
  if (validSamples === 0) return { r, validSamples };
  for (const signal of channels) {
    const x = centred(signal, valid, length);
    for (let n = 0; n < length; n++) energy += (x[n] ?? 0) * (x[n] ?? 0);
    for (let lag = minLag; lag <= maxLag; lag++) {
      let sum = 0;
      for (let n = 0; n + lag < length; n++) sum += (x[n] ?? 0) * (x[n + lag] ?? 0);
      r[lag - minLag] = (r[lag - minLag] ?? 0) + sum;
    }
  }
  const energyPerSample = energy / validSamples;
  for (let i = 0; i < r.length; i++) {
    const count = pairs[i] ?? 0;
    r[i] = count > 0 && energyPerSample > 0 ? (r[i] ?? 0) / count / energyPerSample : 0;
  }
  return { r, validSamples };
}

/** Pairs of valid samples at each lag minLag..maxLag (the same for every channel of an epoch). */
export function validPairs(valid: Uint8Array, minLag: number, maxLag: number): Float64Array {
  const pairs = new Float64Array(maxLag - minLag + 1);
  for (let lag = minLag; lag <= maxLag; lag++) {
    let count = 0;
    for (let n = 0; n + lag < valid.length; n++) if (valid[n] && valid[n + lag]) count++;
    pairs[lag - minLag] = count;
  }
  return pairs;
}

/** The signal minus its valid-sample mean, with invalid samples set to zero (they add nothing). */
function centred(signal: Float64Array, valid: Uint8Array, length: number): Float64Array {
  let sum = 0;
  let count = 0;
  for (let n = 0; n < length; n++) {
    if (valid[n]) {
      sum += signal[n] ?? 0;
      count++;
    }
  }
  const mean = count > 0 ? sum / count : 0;
  const x = new Float64Array(length);
  for (let n = 0; n < length; n++) x[n] = valid[n] ? (signal[n] ?? 0) - mean : 0;
  return x;
}

export interface PeriodPeak {
  /** Period in samples, refined between lags by a parabola through the peak. */
  lag: number;
  /** Autocorrelation at the peak, 0–1: how periodic the signal is. */
  strength: number;
}

/**
 * The strongest local maximum of r (lags minLag + index). If a peak near half that lag is nearly as
 * strong, the signal repeats twice as fast and the half lag is the period (guards against locking
 * onto every second beat or breath).
 */
export function strongestPeriod(r: Float64Array, minLag: number): PeriodPeak | null {
  const peaks: number[] = [];
  for (let i = 1; i < r.length - 1; i++) {
    if ((r[i] ?? 0) > (r[i - 1] ?? 0) && (r[i] ?? 0) >= (r[i + 1] ?? 0)) peaks.push(i);
  }
  let best = -1;
  for (const i of peaks) if (best < 0 || (r[i] ?? 0) > (r[best] ?? 0)) best = i;
  if (best < 0) return null;
  const bestLag = best + minLag;
  for (const i of peaks) {
    const lag = i + minLag;
    if (Math.abs(lag - bestLag / 2) <= 0.15 * (bestLag / 2) && (r[i] ?? 0) >= 0.8 * (r[best] ?? 0)) {
      best = i;
      break;
    }
  }
  return { lag: refine(r, best) + minLag, strength: r[best] ?? 0 };
}

function refine(r: Float64Array, i: number): number {
  const left = r[i - 1] ?? 0;
  const centre = r[i] ?? 0;
  const right = r[i + 1] ?? 0;
  const curvature = left - 2 * centre + right;
  if (curvature >= 0) return i;
  return i + (0.5 * (left - right)) / curvature;
}
