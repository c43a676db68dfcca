// What the analysis publishes about the trend: the forecast to the personal threshold (with the
// probability that it comes within the lead time) and the trend summary. Pure.
import type { BladderSettings } from "./bladder-settings.ts";
import { fillLevel } from "./fill-estimate.ts";
import { defaultTrendParameters, type TrendState } from "./fill-trend.ts";
import { normalCdf } from "./normal-cdf.ts";
import {
  type NoticeOdds,
  type NoticeWindow,
  noticeOdds,
  type VoidTimeForecast,
  type VoidVolumeModel,
  voidCurve,
  voidTimeForecast,
} from "./notice-odds.ts";
import type { Posture } from "./posture-tracker.ts";
import { priorRate, type RateProfile } from "./rate-profile.ts";
import { forecastPath, forecastThreshold, levelVariancesAhead } from "./trend-forecast.ts";
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

/** Earliest a void may follow a notice for staff to act on it, minutes. */
const EARLIEST_USEFUL_MIN = 5;

/**
 * The window in which a notice raised now is useful: from 5 minutes to 2 × lead + the notice's own
 * uncertainty (at most one lead), as docs/bladder-prediction.md defines a useful notice.
 */
export function usefulWindow(leadTimeMin: number, uncertaintyMin: number): NoticeWindow {
  return {
    earliestMin: EARLIEST_USEFUL_MIN,
    latestMin: 2 * leadTimeMin + Math.min(uncertaintyMin, leadTimeMin),
  };
}

/** Longest forecast path behind the void-time forecast and the notice odds, minutes. */
const VOID_PATH_MIN = 6 * 60;
/** The path may stop once its level is this many spreads of the void volume above the usual one. */
const VOID_PATH_SPREADS = 3;

/**
 * When this resident is expected to void (learned void volumes along the forecast path), and the
 * chance that a notice now is useful, with the best one within one lead time ahead. The notice's
 * window ends at 2 × lead + the void time's own uncertainty (at most one lead).
 */
export function noticeOddsOf(
  trend: TrendState,
  model: VoidVolumeModel,
  rates: RateProfile,
  settings: BladderSettings,
): { odds: NoticeOdds; voidTime: VoidTimeForecast } {
  const priorAt = (timeMs: number) => priorRate(rates, timeMs, settings.utcOffsetMinutes);
  const lookaheadMin = settings.leadTimeMin;
  // Far enough for the void-time quantiles, and for the latest window of a notice within the look-ahead.
  const stopAtMl = model.meanMl + VOID_PATH_SPREADS * model.sdMl;
  const coveredMin = lookaheadMin + usefulWindow(settings.leadTimeMin, settings.leadTimeMin).latestMin;
  const path = forecastPath(trend, priorAt, defaultTrendParameters, VOID_PATH_MIN, stopAtMl, coveredMin);
  const variances = levelVariancesAhead(trend, defaultTrendParameters, path.levelsMl.length);
  const curve = voidCurve(path, variances, model);
  const voidTime = voidTimeForecast(curve);
  const window = usefulWindow(settings.leadTimeMin, voidTime.sdMin);
  return { odds: noticeOdds(curve, window, lookaheadMin), voidTime };
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
