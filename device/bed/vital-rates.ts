// Heart and breathing rate of one epoch from the pooled autocorrelation of its valid samples.
// No number is better than a wrong one: an estimate comes back only when enough of the epoch is
// usable and the signal is clearly periodic.

import { pooledAutocorrelation, strongestPeriod, validPairs } from "./autocorrelation.ts";
import { beatIndices } from "./beat-counting.ts";
import { analysisRateHz, breathingRateHz } from "./bed-config.ts";
import { breathIntervals, rateFromIntervals } from "./breath-counting.ts";

export const vitalRateLimits = {
  heart: { minPerMin: 40, maxPerMin: 150, minStrength: 0.25 },
  breathing: { minPerMin: 6, maxPerMin: 32, minStrength: 0.3 },
  /** At least this share of the epoch must be valid. */
  minValidShare: 0.5,
} as const;

export interface RateEstimate {
  /** Per minute: bpm for the heart, breaths/min for breathing. */
  perMin: number;
  /** Autocorrelation at the period, 0–1. */
  strength: number;
  validShare: number;
  /** Heart only: beats found in the valid samples of the channel that shows them best. */
  beats?: number;
}

/** The breathing estimate, and the breath-to-breath intervals (s) counted on the strongest channel. */
export interface BreathingEstimate {
  rate: RateEstimate | null;
  intervalsS: number[];
}

interface Limits {
  minPerMin: number;
  maxPerMin: number;
  minStrength: number;
}

/** The strongest channel and the period (samples) come along for beat counting. */
type FoundRate = RateEstimate & { strongestChannel: number; periodSamples: number };

function rateFromSignals(
  signals: readonly Float64Array[],
  valid: Uint8Array,
  rateHz: number,
  limits: Limits,
): FoundRate | null {
  const minLag = Math.floor((60 / limits.maxPerMin) * rateHz);
  const maxLag = Math.min(valid.length - 2, Math.ceil((60 / limits.minPerMin) * rateHz));
  if (maxLag <= minLag + 2) return null;
  const { r, validSamples, strongest } = weightedAutocorrelation(signals, valid, minLag, maxLag);
  const validShare = validSamples / valid.length;
  if (validShare < vitalRateLimits.minValidShare) return null;
  const peak = strongestPeriod(r, minLag);
  if (!peak || peak.strength < limits.minStrength) return null;
  const perMin = (60 * rateHz) / peak.lag;
  if (perMin < limits.minPerMin || perMin > limits.maxPerMin) return null;
  return {
    perMin,
    strength: peak.strength,
    validShare,
    strongestChannel: strongest,
    periodSamples: peak.lag,
  };
}

/**
 * Channels pooled by how periodic each one is on its own (weight = its best autocorrelation in
 * the search range, squared): a channel far from the heart or lungs adds mostly noise and should
 * not dilute the ones that see the signal.
 */
function weightedAutocorrelation(
  signals: readonly Float64Array[],
  valid: Uint8Array,
  minLag: number,
  maxLag: number,
): { r: Float64Array; validSamples: number; strongest: number } {
  if (signals.length === 1) return { ...pooledAutocorrelation(signals, valid, minLag, maxLag), strongest: 0 };
  const pooled = new Float64Array(maxLag - minLag + 1);
  const pairs = validPairs(valid, minLag, maxLag);
  let totalWeight = 0;
  let validSamples = 0;
  let strongest = 0;
  let strongestWeight = -1;
  for (const [channel, signal] of signals.entries()) {
    const single = pooledAutocorrelation([signal], valid, minLag, maxLag, pairs);
    validSamples = single.validSamples;
    const best = Math.max(0, ...single.r);
    const weight = best * best;
    if (weight > strongestWeight) [strongest, strongestWeight] = [channel, weight];
    totalWeight += weight;
    for (let i = 0; i < pooled.length; i++) pooled[i] = (pooled[i] ?? 0) + weight * (single.r[i] ?? 0);
  }
  if (totalWeight > 0) for (let i = 0; i < pooled.length; i++) pooled[i] = (pooled[i] ?? 0) / totalWeight;
  return { r: pooled, validSamples, strongest };
}

/** Heart rate from the heartbeat envelopes (50 Hz), one per channel. */
export function heartRateFromEnvelopes(
  envelopes: readonly Float64Array[],
  valid: Uint8Array,
): RateEstimate | null {
  const found = rateFromSignals(envelopes, valid, analysisRateHz, vitalRateLimits.heart);
  if (!found) return null;
  const { strongestChannel, periodSamples, ...estimate } = found;
  const envelope = envelopes[strongestChannel];
  return envelope ? { ...estimate, beats: beatIndices(envelope, valid, periodSamples).length } : estimate;
}

/**
 * Breathing rate from the breathing band (10 Hz), one signal per channel. Two methods check each
 * other: the autocorrelation period (precise for regular breathing) and breath counting (robust
 * for irregular breathing). When both answer and disagree by more than 25 %, the autocorrelation
 * has locked onto a spurious period and the count is used; counting alone answers when the
 * autocorrelation finds no clear period (strength is then 1 − interval CV).
 */
export function breathingRateFromSignals(
  signals: readonly Float64Array[],
  valid: Uint8Array,
): BreathingEstimate {
  let validSamples = 0;
  for (const v of valid) validSamples += v;
  const validShare = validSamples / valid.length;
  if (validShare < vitalRateLimits.minValidShare) return { rate: null, intervalsS: [] };
  const periodic = rateFromSignals(signals, valid, breathingRateHz, vitalRateLimits.breathing);
  const intervalsS = breathIntervals(signals, valid, breathingRateHz);
  const counted = rateFromIntervals(intervalsS);
  const { minPerMin, maxPerMin } = vitalRateLimits.breathing;
  const countedEstimate =
    counted && counted.perMin >= minPerMin && counted.perMin <= maxPerMin
      ? { perMin: counted.perMin, strength: 1 - counted.intervalCv, validShare }
      : null;
  if (!periodic) return { rate: countedEstimate, intervalsS };
  if (countedEstimate && Math.abs(countedEstimate.perMin / periodic.perMin - 1) > 0.25)
    return { rate: countedEstimate, intervalsS };
  return { rate: periodic, intervalsS };
}
