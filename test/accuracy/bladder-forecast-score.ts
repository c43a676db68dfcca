// Scores the time-to-void forecast (the `void_threshold` prediction: minutes_until with its 1 σ
// uncertainty) against the true time at which the fill reached the resident's urge volume of that
// filling cycle (the simulator's `urge` event), and the learned personal threshold against the
// resident's true urge volume (docs/bladder-prediction.md, "How accuracy is measured"):
// - At each horizon h before a true crossing, the latest prediction from the 2 minutes up to that time
//   is taken; its error is minutes_until − the true minutes from the prediction to the crossing. Only
//   horizons that fall at least 5 minutes after the previous true void count (before that the forecast
//   is still about the previous cycle); a horizon with no prediction (contact poor, or the threshold
//   more than 12 h away) counts against coverage.
// - Calibration: the share of predictions whose error is within ± their stated σ (68 % if calibrated).
import type { PredictionRecord, ResidentRun } from "./bladder-run.ts";

const MINUTE_MS = 60_000;
export const FORECAST_HORIZONS_MIN = [60, 30, 15] as const;
const PREDICTION_MAX_AGE_MS = 2 * MINUTE_MS;
const AFTER_PREVIOUS_VOID_MS = 5 * MINUTE_MS;

export interface HorizonScore {
  horizonMin: number;
  /** Crossings whose horizon fell in the same filling cycle. */
  due: number;
  /** minutes_until − true minutes, per prediction found. */
  errorsMin: number[];
  withinOneSigma: number;
}

export interface ForecastScore {
  horizons: HorizonScore[];
  /** Final learned threshold − true urge volume, mL (null when the analyzer published none). */
  thresholdErrorMl: number | null;
}

/** Latest prediction at or before `timeMs`, at most 2 minutes old (predictions sorted by time). */
function predictionAt(predictions: readonly PredictionRecord[], timeMs: number): PredictionRecord | null {
  let low = 0;
  let high = predictions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((predictions[mid]?.timeMs ?? 0) <= timeMs) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const prediction = predictions[found];
  return prediction && timeMs - prediction.timeMs <= PREDICTION_MAX_AGE_MS ? prediction : null;
}

function scoreHorizon(run: ResidentRun, horizonMin: number): HorizonScore {
  const score: HorizonScore = { horizonMin, due: 0, errorsMin: [], withinOneSigma: 0 };
  for (const urge of run.urges) {
    const atMs = urge.timeMs - horizonMin * MINUTE_MS;
    const previousVoid = run.voids.filter((v) => v.timeMs < urge.timeMs).at(-1);
    const cycleStartMs = (previousVoid?.timeMs ?? Number.NEGATIVE_INFINITY) + AFTER_PREVIOUS_VOID_MS;
    if (atMs < cycleStartMs || atMs <= run.scenario.startMs) continue;
    score.due++;
    const prediction = predictionAt(run.predictions, atMs);
    if (!prediction) continue;
    const trueMin = (urge.timeMs - prediction.timeMs) / MINUTE_MS;
    const error = prediction.minutesUntil - trueMin;
    score.errorsMin.push(error);
    if (Math.abs(error) <= prediction.uncertaintyMin) score.withinOneSigma++;
  }
  return score;
}

export function scoreForecast(run: ResidentRun): ForecastScore {
  const final = run.finalThresholdMl;
  return {
    horizons: FORECAST_HORIZONS_MIN.map((horizon) => scoreHorizon(run, horizon)),
    thresholdErrorMl: final === null || !Number.isFinite(final) ? null : final - run.profile.urgeThresholdMl,
  };
}
