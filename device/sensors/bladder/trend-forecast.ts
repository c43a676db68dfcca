// Forecasts from the filling trend (fill-trend.ts): the expected level minute by minute ahead along the
// rate's mean path towards the hourly prior, and the time until it reaches a threshold. Pure.
import type { TrendParameters, TrendState } from "./fill-trend.ts";

const MINUTE_MS = 60_000;

export interface ThresholdForecast {
  minutes: number;
  uncertaintyMin: number;
}

/** The expected level minute by minute ahead and the expected rate. */
export interface ForecastPath {
  /** Index = minutes ahead (0 = the trend's own time). */
  levelsMl: number[];
  ratesMlPerMin: number[];
}

const FORECAST_HORIZON_MIN = 12 * 60;
const MIN_RATE = 0.05;

/**
 * Variance of the level `minutes` ahead, given the decay e^(−minutes/τ) of the rate's deviation: the
 * level and rate covariance carried forward plus the rate noise.
 */
function levelVarianceAt(state: TrendState, params: TrendParameters, minutes: number, decay: number): number {
  const b = params.relaxMin * (1 - decay);
  return state.p00 + 2 * b * state.p01 + b * b * state.p11 + (params.rateNoise * minutes ** 3) / 3;
}

/** The level variance for each minute 0..minutes − 1 ahead. */
export function levelVariancesAhead(state: TrendState, params: TrendParameters, minutes: number): number[] {
  const variances = new Array<number>(minutes);
  const phi = Math.exp(-1 / params.relaxMin);
  let decay = 1;
  for (let m = 0; m < minutes; m++) {
    variances[m] = levelVarianceAt(state, params, m, decay);
    decay *= phi;
  }
  return variances;
}

/**
 * The expected level for each minute up to `horizonMin` ahead, following the rate's mean path towards
 * the hourly prior; it stops early once the level reaches `stopAtMl` and `minMinutes` are covered.
 */
export function forecastPath(
  state: TrendState,
  priorAt: (timeMs: number) => number,
  params: TrendParameters,
  horizonMin: number,
  stopAtMl = Number.POSITIVE_INFINITY,
  minMinutes = 0,
): ForecastPath {
  const path: ForecastPath = { levelsMl: [state.levelMl], ratesMlPerMin: [] };
  let level = state.levelMl;
  let rate = state.rateMlPerMin;
  const phi = Math.exp(-1 / params.relaxMin);
  for (let minutes = 1; minutes <= horizonMin && (level < stopAtMl || minutes <= minMinutes); minutes++) {
    const prior = priorAt(state.timeMs + (minutes - 1) * MINUTE_MS);
    const next = prior + phi * (rate - prior);
    level += (rate + next) / 2;
    path.ratesMlPerMin.push(rate);
    rate = next;
    path.levelsMl.push(level);
  }
  path.ratesMlPerMin.push(rate);
  return path;
}

/**
 * Minutes until the expected level reaches `thresholdMl` following the rate's mean path towards the
 * hourly prior, or null when it does not within 12 h. The uncertainty propagates the level and rate
 * covariance, the rate noise over the horizon and the threshold's own spread through the crossing rate.
 */
export function forecastThreshold(
  state: TrendState,
  thresholdMl: number,
  thresholdSdMl: number,
  priorAt: (timeMs: number) => number,
  params: TrendParameters,
): ThresholdForecast | null {
  const path = forecastPath(state, priorAt, params, FORECAST_HORIZON_MIN, thresholdMl);
  const last = path.levelsMl.length - 1;
  const reached = path.levelsMl[last] ?? 0;
  if (reached < thresholdMl) return null;
  let minutes = 0;
  let rate = state.rateMlPerMin;
  if (last > 0) {
    const before = path.levelsMl[last - 1] ?? reached;
    const gained = reached - before;
    minutes = last - 1 + (gained > 0 ? (thresholdMl - before) / gained : 1);
    rate = path.ratesMlPerMin[last] ?? rate;
  }
  const levelVariance = levelVarianceAt(state, params, minutes, Math.exp(-minutes / params.relaxMin));
  const uncertaintyMin = Math.sqrt(levelVariance + thresholdSdMl ** 2) / Math.max(rate, MIN_RATE);
  return { minutes, uncertaintyMin };
}
