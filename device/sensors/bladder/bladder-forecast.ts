// What the analysis publishes about the trend: the forecast to the personal threshold (with the
// probability that it comes within the lead time) and the trend summary. Pure.
import type { BladderSettings } from "./bladder-settings.ts";
import { fillLevel } from "./fill-estimate.ts";
import { defaultTrendParameters, forecastThreshold, type TrendState } from "./fill-trend.ts";
import type { Posture } from "./posture-tracker.ts";
import { priorRate, type RateProfile } from "./rate-profile.ts";
import type { ThresholdEstimate } from "./void-threshold.ts";

export interface Forecast {
  timeMs: number;
  minutesUntil: number;
  uncertaintyMin: number;
  /** Probability, under the forecast's Gaussian spread, that the threshold comes within the lead time. */
  probabilityWithinLead: number;
  levelMl: number;
  rateMlPerMin: number;
  thresholdMl: number;
  level: number;
}

/** The fill level as the trend sees it, published with the forecast (or alone when there is none). */
export interface TrendSummary {
  timeMs: number;
  levelMl: number;
  level: number;
  rateMlPerMin: number;
  thresholdMl: number;
  posture: Posture;
}

/** Standard normal CDF, Abramowitz & Stegun 26.2.17 (|error| < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly =
    t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
  return z >= 0 ? 1 - tail : tail;
}

export function forecastOf(
  trend: TrendState,
  threshold: ThresholdEstimate,
  rates: RateProfile,
  settings: BladderSettings,
): Forecast | null {
  const priorAt = (timeMs: number) => priorRate(rates, timeMs, settings.utcOffsetMinutes);
  const result = forecastThreshold(
    trend,
    threshold.thresholdMl,
    threshold.spreadMl,
    priorAt,
    defaultTrendParameters,
  );
  if (!result) return null;
  const z = (settings.leadTimeMin - result.minutes) / Math.max(result.uncertaintyMin, 1e-6);
  return {
    timeMs: trend.timeMs,
    minutesUntil: result.minutes,
    uncertaintyMin: result.uncertaintyMin,
    probabilityWithinLead: normalCdf(z),
    levelMl: trend.levelMl,
    rateMlPerMin: trend.rateMlPerMin,
    thresholdMl: threshold.thresholdMl,
    level: fillLevel(trend.levelMl, settings.capacityMl),
  };
}

export function trendSummaryOf(
  trend: TrendState,
  threshold: ThresholdEstimate,
  posture: Posture,
  settings: BladderSettings,
): TrendSummary {
  return {
    timeMs: trend.timeMs,
    levelMl: trend.levelMl,
    level: fillLevel(trend.levelMl, settings.capacityMl),
    rateMlPerMin: trend.rateMlPerMin,
    thresholdMl: threshold.thresholdMl,
    posture,
  };
}
