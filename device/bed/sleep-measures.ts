// What the sleep/wake model looks at in each epoch, besides nothing else: how much the resident moved
// (Cole–Kripke's activity on the bed's movement counts), how irregular the breathing was, how far the
// heart rate stood above the resident's own sleeping level, and how much it wandered. Wake in bed
// that shows no movement often shows in the breathing (regular in NREM sleep, irregular awake and in
// REM) and sometimes in the heart rate (docs/bed-estimators.md, "Sleep/wake"). Pure functions over a
// night's epochs (or the part of it seen so far).

import type { BedEpoch } from "./epoch-estimator.ts";
import { bedActivityCounts } from "./movement-counts.ts";
import { coleKripkeActivity } from "./sleep-wake.ts";

export type SleepInputEpoch = Pick<
  BedEpoch,
  "startS" | "occupied" | "movementBursts" | "bursts" | "heartRateBpm" | "breathIntervalsS"
>;

export const sleepMeasureRules = {
  /** Breath intervals are pooled over the epochs within this much of the scored one (s). */
  breathPoolS: 60,
  /** Fewer pooled intervals than this: the variability is unknown (and taken as `missingBreathCv`). */
  minBreathIntervals: 6,
  missingBreathCv: 0.08,
  /** The epoch's heart rate is the median over this much either side (s). */
  heartMedianS: 60,
  /** The heart rate's spread is its SD over this much either side (s), from at least 3 epochs. */
  heartSpreadS: 90,
  /** The sleeping baseline is this percentile of the heart rates of the last `baselineBackS`. */
  baselinePercentile: 10,
  baselineBackS: 7200,
  minBaselineEpochs: 5,
  heartRiseRangeBpm: [-10, 25],
  heartSpreadMaxBpm: 15,
} as const;

/** The four measures of one epoch, in this order. */
export const sleepMeasureNames = ["activity", "breathIrregularity", "heartRise", "heartSpread"] as const;
export type SleepMeasures = [
  activity: number,
  breathIrregularity: number,
  heartRise: number,
  heartSpread: number,
];

/**
 * The measures of the epochs at `indices` (default all). `baselineAheadS` is how far past an epoch its
 * heart-rate baseline may look: the whole-night scorer looks as far ahead as back, the live scorer
 * not at all.
 */
export function sleepMeasures(
  epochs: readonly SleepInputEpoch[],
  epochS: number,
  baselineAheadS: number,
  indices: readonly number[] = epochs.map((_, i) => i),
): SleepMeasures[] {
  const rules = sleepMeasureRules;
  const within = (s: number) => Math.round(s / epochS);
  const activity = coleKripkeActivity(bedActivityCounts(epochs), epochS);
  const heart = epochs.map((e) => e.heartRateBpm);
  const occupiedHeart = epochs.map((e) => (e.occupied ? e.heartRateBpm : null));
  const [riseLow, riseHigh] = rules.heartRiseRangeBpm;
  return indices.map((i): SleepMeasures => {
    const median = windowValues(heart, i, within(rules.heartMedianS), within(rules.heartMedianS));
    const baselineValues = windowValues(
      occupiedHeart,
      i,
      within(rules.baselineBackS),
      within(baselineAheadS),
    );
    const rise =
      median.length > 0 && baselineValues.length >= rules.minBaselineEpochs
        ? quantile(median, 0.5) - quantile(baselineValues, rules.baselinePercentile / 100)
        : 0;
    const spreadValues = windowValues(heart, i, within(rules.heartSpreadS), within(rules.heartSpreadS));
    const spread = spreadValues.length >= 3 ? standardDeviation(spreadValues) : 0;
    return [
      Math.log1p(10 * (activity[i] ?? 0)),
      Math.log(clamp(breathVariability(epochs, i, within(rules.breathPoolS)), 0.01, 1)),
      clamp(rise, riseLow, riseHigh),
      clamp(spread, 0, rules.heartSpreadMaxBpm),
    ];
  });
}

/** Coefficient of variation of the breath intervals pooled over epochs i ± half. */
function breathVariability(epochs: readonly SleepInputEpoch[], i: number, half: number): number {
  const intervals: number[] = [];
  for (let j = Math.max(0, i - half); j <= Math.min(epochs.length - 1, i + half); j++)
    intervals.push(...(epochs[j]?.breathIntervalsS ?? []));
  if (intervals.length < sleepMeasureRules.minBreathIntervals) return sleepMeasureRules.missingBreathCv;
  const mean = intervals.reduce((s, v) => s + v, 0) / intervals.length;
  return mean > 0 ? standardDeviation(intervals) / mean : sleepMeasureRules.missingBreathCv;
}

/** The known values from `back` before index i to `ahead` after it. */
function windowValues(values: readonly (number | null)[], i: number, back: number, ahead: number): number[] {
  const out: number[] = [];
  for (let j = Math.max(0, i - back); j <= Math.min(values.length - 1, i + ahead); j++) {
    const v = values[j];
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

/** Quantile with linear interpolation between order statistics (q in 0–1). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const lowValue = sorted[low] ?? 0;
  return lowValue + ((sorted[low + 1] ?? lowValue) - lowValue) * (position - low);
}

function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
