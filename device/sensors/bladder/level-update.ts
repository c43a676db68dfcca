// One trusted reading against the filling trend: the reading's volume, the void / jump check against
// the level predicted for its time, then the Kalman update (an ordinary reading), no update (held), or
// a restarted level (a void or a jump). Pure.
import type { BladderSettings } from "./bladder-settings.ts";
import {
  defaultTrendParameters,
  normalizedInnovation,
  predictTrend,
  relevelTrend,
  restartSeat,
  settleSeat,
  startTrend,
  type TrendState,
  updateTrend,
} from "./fill-trend.ts";
import type { Posture } from "./posture-tracker.ts";
import { readingFill } from "./reading-fill.ts";
import { type LevelVerdict, stepVoidDetector, type VoidDetectorState } from "./void-detector.ts";

/** Readings after a reattachment from which the new seat scale is learned. */
export const SEAT_READINGS = 3;

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

/** The transducer was put back on: the trend needs fresh readings, and the seat scale is unknown again. */
export function reattachLevel(state: LevelState): LevelState {
  const trend = state.trend ? restartSeat(state.trend, defaultTrendParameters) : null;
  return { ...state, trend, trendReadings: 0 };
}

export function updateLevel(
  state: LevelState,
  input: LevelReadingInput,
  posture: Posture,
  priorRate: number,
  settings: BladderSettings,
): LevelUpdate {
  const fill = readingFill(input, posture, settings, state.trend?.seatScale ?? 0);
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
      normalizedInnovation: normalizedInnovation(predicted, fill),
    },
    settings,
  );
  switch (verdict.kind) {
    case "accept": {
      const updated = updateTrend(predicted, fill);
      const trendReadings = state.trendReadings + 1;
      const trend = trendReadings >= SEAT_READINGS ? settleSeat(updated) : updated;
      return { level: { trend, trendReadings, voids }, verdict, readingMl };
    }
    case "hold":
      return { level: { ...state, trend: predicted, voids }, verdict, readingMl };
    case "void":
    case "jump": {
      const levelMl = verdict.kind === "void" ? verdict.afterMl : verdict.levelMl;
      const trend = relevelTrend(predicted, { ...fill, volumeMl: levelMl });
      return { level: { ...state, trend, voids }, verdict, readingMl };
    }
  }
}
