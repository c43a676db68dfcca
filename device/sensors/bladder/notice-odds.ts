// The chance that a "toilet soon" notice raised now is useful: that this resident voids no sooner than
// `earliestMin` and no later than `latestMin` after it (the window in which staff who act on the
// notice find the resident needing the toilet), given that no void has come yet.
//
// Model: the resident voids when the fill reaches this cycle's void volume X, which varies from cycle
// to cycle around the learned one (void-threshold.ts: X ~ N(mean, sd) over this resident's urge voids,
// the wait between urge and toilet included). The fill follows the trend's forecast path (mean level
// L(τ) with variance v(τ), fill-trend.ts), so the void has come by τ minutes with probability
//   F(τ) = Φ((L(τ) − mean) / √(sd² + v(τ)))
// and a notice now is useful with probability S(0) = (F(latest) − F(earliest)) / (1 − F(0)).
// The same for a notice k minutes later, S(k) = (F(k + latest) − F(k + earliest)) / (1 − F(0)),
// tells whether waiting would do better: the notice is due when S(0) is at least the best S(k) ahead.
// Pure.
import { normalCdf } from "./normal-cdf.ts";
import type { ForecastPath } from "./trend-forecast.ts";

export interface VoidVolumeModel {
  meanMl: number;
  sdMl: number;
}

export interface NoticeWindow {
  earliestMin: number;
  latestMin: number;
}

export interface NoticeOdds {
  /** Probability that a notice now sees the void inside the window. */
  now: number;
  /** The best such probability for a notice raised later, within the look-ahead. */
  bestLater: number;
}

/** When the void is expected, given that it has not come yet: median and 1 σ (half the 16–84 % range). */
export interface VoidTimeForecast {
  medianMin: number;
  sdMin: number;
}

/**
 * F(τ) for every whole minute of the forecast path (with the level's variance for each): the
 * probability that the void has come within τ minutes (not conditioned on the past).
 */
export function voidCurve(
  path: ForecastPath,
  variancesMl2: readonly number[],
  model: VoidVolumeModel,
): number[] {
  return path.levelsMl.map((levelMl, minutes) => {
    const sd = Math.sqrt(model.sdMl ** 2 + (variancesMl2[minutes] ?? 0));
    return normalCdf((levelMl - model.meanMl) / Math.max(sd, 1e-6));
  });
}

/** F at a fractional minute, linear between whole minutes, held at the path's end. */
function voidedBy(curve: readonly number[], minutes: number): number {
  const last = curve.length - 1;
  const at = Math.min(last, Math.max(0, minutes));
  const low = Math.floor(at);
  const lowValue = curve[low] ?? 0;
  return lowValue + ((curve[Math.min(last, low + 1)] ?? lowValue) - lowValue) * (at - low);
}

/** Minutes until the void has come with probability `share`, given none yet (at most the path's end). */
function voidTimeQuantile(curve: readonly number[], share: number): number {
  const before = curve[0] ?? 0;
  const target = before + share * (1 - before);
  for (let minutes = 1; minutes < curve.length; minutes++) {
    const now = curve[minutes] ?? 1;
    if (now >= target) {
      const previous = curve[minutes - 1] ?? before;
      return minutes - 1 + (now > previous ? (target - previous) / (now - previous) : 1);
    }
  }
  return curve.length - 1;
}

export function voidTimeForecast(curve: readonly number[]): VoidTimeForecast {
  const early = voidTimeQuantile(curve, 0.16);
  const late = voidTimeQuantile(curve, 0.84);
  return { medianMin: voidTimeQuantile(curve, 0.5), sdMin: (late - early) / 2 };
}

export function noticeOdds(curve: readonly number[], window: NoticeWindow, lookaheadMin: number): NoticeOdds {
  const notYet = 1 - (curve[0] ?? 1);
  if (notYet <= 1e-9) return { now: 0, bestLater: 0 };
  const useful = (k: number) =>
    (voidedBy(curve, k + window.latestMin) - voidedBy(curve, k + window.earliestMin)) / notYet;
  let bestLater = 0;
  for (let k = 1; k <= lookaheadMin; k++) bestLater = Math.max(bestLater, useful(k));
  return { now: useful(0), bestLater };
}
