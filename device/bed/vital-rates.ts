// Heart and breathing rate of one epoch from the pooled autocorrelation of its valid samples.
// No number is better than a wrong one: an estimate comes back only when enough of the epoch is
// usable and the signal is clearly periodic.

import { pooledAutocorrelation, strongestPeriod } from "./autocorrelation.ts";
import { analysisRateHz, breathingRateHz } from "./bed-config.ts";

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
}

interface Limits {
  minPerMin: number;
  maxPerMin: number;
  minStrength: number;
}

function rateFromSignals(
  signals: readonly Float64Array[],
  valid: Uint8Array,
  rateHz: number,
  limits: Limits,
): RateEstimate | null {
  const minLag = Math.floor((60 / limits.maxPerMin) * rateHz);
  const maxLag = Math.min(valid.length - 2, Math.ceil((60 / limits.minPerMin) * rateHz));
  if (maxLag <= minLag + 2) return null;
  const { r, validSamples } = pooledAutocorrelation(signals, valid, minLag, maxLag);
  const validShare = validSamples / valid.length;
  if (validShare < vitalRateLimits.minValidShare) return null;
  const peak = strongestPeriod(r, minLag);
  if (!peak || peak.strength < limits.minStrength) return null;
  const perMin = (60 * rateHz) / peak.lag;
  if (perMin < limits.minPerMin || perMin > limits.maxPerMin) return null;
  return { perMin, strength: peak.strength, validShare };
}

/** Heart rate from the heartbeat envelopes (50 Hz), one per channel. */
export function heartRateFromEnvelopes(
  envelopes: readonly Float64Array[],
  valid: Uint8Array,
): RateEstimate | null {
  return rateFromSignals(envelopes, valid, analysisRateHz, vitalRateLimits.heart);
}

/** Breathing rate from the breathing band (10 Hz), one signal per channel. */
export function breathingRateFromSignals(
  signals: readonly Float64Array[],
  valid: Uint8Array,
): RateEstimate | null {
  return rateFromSignals(signals, valid, breathingRateHz, vitalRateLimits.breathing);
}
