// Sudden changes of the fill level against the filling trend's prediction.
// A void: two consecutive trusted readings both at least `voidMinDropMl` and `voidMinDropShare` below
// the level predicted for them (a toilet void leaves 5–30 % behind, an incontinent one up to 50 %;
// a posture change moves the reading by under 20 % and a single motion outlier does not repeat).
// The void is dated at the first low reading; the volume after it is the lower of the two readings'
// mean and the second reading, so a reading taken mid-void does not inflate it.
// A jump: three consecutive readings more than 4 predicted standard deviations above the prediction
// (the rate was badly underestimated across a detachment, or the posture guess was wrong): the
// trend restarts its level there instead of crawling up.
// Pure: stepVoidDetector(state, input, settings) → [state, verdict].
import type { BladderSettings } from "./bladder-settings.ts";

export const VOID_CONFIRM_READINGS = 2;
const JUMP_CONFIRM_READINGS = 3;
const JUMP_SIGMAS = 4;

export interface LevelReading {
  timeMs: number;
  volumeMl: number;
  /** The trend's level predicted for this reading's time. */
  predictedMl: number;
  /** (reading − predicted) / predicted standard deviation. */
  normalizedInnovation: number;
}

export interface VoidDetectorState {
  low: readonly LevelReading[];
  high: readonly LevelReading[];
}

export type LevelVerdict =
  /** An ordinary reading: update the trend with it. */
  | { kind: "accept" }
  /** Possibly the start of a void or a jump: keep it out of the trend for now. */
  | { kind: "hold" }
  | { kind: "void"; atMs: number; beforeMl: number; afterMl: number }
  | { kind: "jump"; levelMl: number };

export const initialVoidDetector: VoidDetectorState = { low: [], high: [] };

export function isVoidDrop(
  reading: Pick<LevelReading, "volumeMl" | "predictedMl">,
  settings: Pick<BladderSettings, "voidMinDropMl" | "voidMinDropShare">,
): boolean {
  const drop = reading.predictedMl - reading.volumeMl;
  return drop >= settings.voidMinDropMl && drop >= settings.voidMinDropShare * reading.predictedMl;
}

export function stepVoidDetector(
  state: VoidDetectorState,
  reading: LevelReading,
  settings: Pick<BladderSettings, "voidMinDropMl" | "voidMinDropShare">,
): [VoidDetectorState, LevelVerdict] {
  if (isVoidDrop(reading, settings)) {
    const low = [...state.low, reading];
    if (low.length < VOID_CONFIRM_READINGS) return [{ low, high: [] }, { kind: "hold" }];
    const first = low[0] ?? reading;
    const mean = low.reduce((sum, r) => sum + r.volumeMl, 0) / low.length;
    const afterMl = Math.min(mean, reading.volumeMl);
    return [initialVoidDetector, { kind: "void", atMs: first.timeMs, beforeMl: first.predictedMl, afterMl }];
  }
  if (reading.normalizedInnovation > JUMP_SIGMAS) {
    const high = [...state.high, reading];
    if (high.length < JUMP_CONFIRM_READINGS) return [{ low: [], high }, { kind: "hold" }];
    const volumes = high.map((r) => r.volumeMl).sort((a, b) => a - b);
    return [initialVoidDetector, { kind: "jump", levelMl: volumes[volumes.length >> 1] ?? reading.volumeMl }];
  }
  return [initialVoidDetector, { kind: "accept" }];
}
