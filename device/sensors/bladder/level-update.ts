// One trusted reading against the filling trend: the reading's volume, the void / jump check against
// the level predicted for its time, then the Kalman update (an ordinary reading), no update (held), or
// a restarted level (a void or a jump). Pure.
import type { BladderSettings } from "./bladder-settings.ts";
import {
  defaultTrendParameters,
  normalizedInnovation,
  predictTrend,
  relevelTrend,
  startTrend,
  type TrendState,
  updateTrend,
} from "./fill-trend.ts";
import type { Posture } from "./posture-tracker.ts";
import { readingFill } from "./reading-fill.ts";
import { type LevelVerdict, stepVoidDetector, type VoidDetectorState } from "./void-detector.ts";

export interface LevelState {
  trend: TrendState | null;
  /** Readings the trend took in since it started or the sensor was reattached. */
  trendReadings: number;
  voids: VoidDetectorState;
}

export interface LevelReadingInput {
  timeMs: number;
  anteriorMm: number;
  posteriorMm: number;
  strength: number;
  moving: boolean;
}

export interface LevelUpdate {
  level: LevelState;
  verdict: LevelVerdict;
  /** This reading's own volume, posture-corrected. */
  readingMl: number;
}

export function updateLevel(
  state: LevelState,
  input: LevelReadingInput,
  posture: Posture,
  priorRate: number,
  settings: BladderSettings,
): LevelUpdate {
  const fill = readingFill(input, posture, settings);
  const readingMl = fill.volumeMl;
  if (state.trend === null) {
    const trend = startTrend(input.timeMs, readingMl, fill.varianceMl2, priorRate, defaultTrendParameters);
    return { level: { ...state, trend, trendReadings: 1 }, verdict: { kind: "accept" }, readingMl };
  }
  const predicted = predictTrend(state.trend, input.timeMs, priorRate, defaultTrendParameters);
  const [voids, verdict] = stepVoidDetector(
    state.voids,
    {
      timeMs: input.timeMs,
      volumeMl: readingMl,
      predictedMl: predicted.levelMl,
      normalizedInnovation: normalizedInnovation(predicted, readingMl, fill.varianceMl2),
    },
    settings,
  );
  switch (verdict.kind) {
    case "accept": {
      const trend = updateTrend(predicted, readingMl, fill.varianceMl2);
      return { level: { trend, trendReadings: state.trendReadings + 1, voids }, verdict, readingMl };
    }
    case "hold":
      return { level: { ...state, trend: predicted, voids }, verdict, readingMl };
    case "void":
    case "jump": {
      const levelMl = verdict.kind === "void" ? verdict.afterMl : verdict.levelMl;
      const trend = relevelTrend(predicted, levelMl, fill.varianceMl2);
      return { level: { ...state, trend, voids }, verdict, readingMl };
    }
  }
}
