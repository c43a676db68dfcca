// Accuracy figures for the bed estimators against ground truth: pure functions over one or more
// nights, so the harness and its vitest guard compute them the same way.
import type { BedEvent, BedEventKind } from "../../device/bed/occupancy-detector.ts";
import type { TruthEvent, TruthEventKind } from "../../sim/bed/index.ts";
import { percentile } from "./percentile.ts";

export interface ErrorStats {
  n: number;
  mae: number;
  bias: number;
}

export function errorStats(errors: readonly number[]): ErrorStats {
  const n = errors.length;
  if (n === 0) return { n, mae: Number.NaN, bias: Number.NaN };
  return {
    n,
    mae: errors.reduce((s, e) => s + Math.abs(e), 0) / n,
    bias: errors.reduce((s, e) => s + e, 0) / n,
  };
}

export interface EventMatch {
  truths: number;
  hits: number;
  falseAlarms: number;
  latenciesS: number[];
  /** Times of the detections that matched no true event. */
  falseTimesS: number[];
}

/**
 * Each true event is matched to the first unused detection from `earlyS` before to `lateS` after
 * it; detections left over are false alarms.
 */
export function matchEvents(
  truth: readonly TruthEvent[],
  detected: readonly BedEvent[],
  truthKind: TruthEventKind,
  detectedKind: BedEventKind,
  earlyS = 2,
  lateS = 10,
): EventMatch {
  const times = detected.filter((d) => d.kind === detectedKind).map((d) => d.timeS);
  const used = new Array<boolean>(times.length).fill(false);
  const latenciesS: number[] = [];
  const truths = truth.filter((t) => t.kind === truthKind);
  for (const event of truths) {
    const i = times.findIndex((t, j) => !used[j] && t >= event.timeS - earlyS && t <= event.timeS + lateS);
    if (i < 0) continue;
    used[i] = true;
    latenciesS.push((times[i] ?? 0) - event.timeS);
  }
  const falseTimesS = times.filter((_, j) => !used[j]);
  return {
    truths: truths.length,
    hits: latenciesS.length,
    falseAlarms: falseTimesS.length,
    latenciesS,
    falseTimesS,
  };
}

export function mergeMatches(matches: readonly EventMatch[]): EventMatch {
  return {
    truths: matches.reduce((s, m) => s + m.truths, 0),
    hits: matches.reduce((s, m) => s + m.hits, 0),
    falseAlarms: matches.reduce((s, m) => s + m.falseAlarms, 0),
    latenciesS: matches.flatMap((m) => m.latenciesS),
    falseTimesS: matches.flatMap((m) => m.falseTimesS),
  };
}

/** Linear-interpolated quantile (q in 0–1) of unsorted values; NaN when empty. */
export const quantile = (values: readonly number[], q: number): number => percentile(values, q * 100);

export interface Confusion {
  /** Truth sleep, scored sleep. */
  sleepSleep: number;
  sleepWake: number;
  wakeSleep: number;
  wakeWake: number;
}

export function confusion(truth: readonly boolean[], scored: readonly boolean[]): Confusion {
  const c: Confusion = { sleepSleep: 0, sleepWake: 0, wakeSleep: 0, wakeWake: 0 };
  truth.forEach((t, i) => {
    const s = scored[i] ?? false;
    if (t && s) c.sleepSleep++;
    else if (t) c.sleepWake++;
    else if (s) c.wakeSleep++;
    else c.wakeWake++;
  });
  return c;
}

export function addConfusions(all: readonly Confusion[]): Confusion {
  return all.reduce(
    (sum, c) => ({
      sleepSleep: sum.sleepSleep + c.sleepSleep,
      sleepWake: sum.sleepWake + c.sleepWake,
      wakeSleep: sum.wakeSleep + c.wakeSleep,
      wakeWake: sum.wakeWake + c.wakeWake,
    }),
    { sleepSleep: 0, sleepWake: 0, wakeSleep: 0, wakeWake: 0 },
  );
}

export interface SleepAgreement {
  accuracyPct: number;
  /** Share of true sleep scored as sleep. */
  sensitivityPct: number;
  /** Share of true wake scored as wake. */
  specificityPct: number;
  kappa: number;
}

/** Accuracy, sensitivity and specificity for sleep, and Cohen's kappa. */
export function sleepAgreement(c: Confusion): SleepAgreement {
  const n = c.sleepSleep + c.sleepWake + c.wakeSleep + c.wakeWake;
  const observed = (c.sleepSleep + c.wakeWake) / n;
  const truthSleep = (c.sleepSleep + c.sleepWake) / n;
  const scoredSleep = (c.sleepSleep + c.wakeSleep) / n;
  const expected = truthSleep * scoredSleep + (1 - truthSleep) * (1 - scoredSleep);
  return {
    accuracyPct: 100 * observed,
    sensitivityPct: (100 * c.sleepSleep) / (c.sleepSleep + c.sleepWake),
    specificityPct: (100 * c.wakeWake) / (c.wakeWake + c.wakeSleep),
    kappa: expected < 1 ? (observed - expected) / (1 - expected) : 1,
  };
}
