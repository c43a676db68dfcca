// Scores one simulated night against its ground truth, and pools nights into the harness figures.
import { scoreBedSleep } from "../../device/bed/bed-sleep.ts";
import type { BedEvent } from "../../device/bed/occupancy-detector.ts";
import { scoreSleepWake } from "../../device/bed/sleep-wake.ts";
import type { Apnoea } from "../../sim/bed/index.ts";
import {
  addConfusions,
  type Confusion,
  confusion,
  type ErrorStats,
  type EventMatch,
  errorStats,
  matchEvents,
  mergeMatches,
  quantile,
  type SleepAgreement,
  sleepAgreement,
} from "./bed-metrics.ts";
import type { NightRun } from "./bed-night-run.ts";

export interface NightScore {
  seed: number;
  sampleRateHz: number;
  channels: number;
  heartErrors: number[];
  breathingErrors: number[];
  heart: ErrorStats;
  breathing: ErrorStats;
  /** In-bed epochs, with a heart-rate estimate, with breathing truth, with a breathing estimate. */
  inBedEpochs: number;
  heartCovered: number;
  breathingEpochs: number;
  breathingCovered: number;
  coveragePct: number;
  exits: EventMatch;
  returns: EventMatch;
  sitUps: EventMatch;
  pauses: EventMatch;
  bedConfusion: Confusion;
  wristConfusion: Confusion;
  bedSleep: SleepAgreement;
  wristSleep: SleepAgreement;
}

export function scoreNight(run: NightRun): NightScore {
  const { scenario, epochs, truth } = run;
  const epochS = epochs[0]?.durationS ?? 30;
  const heartErrors: number[] = [];
  const breathingErrors: number[] = [];
  let inBedEpochs = 0;
  let heartCovered = 0;
  let breathingEpochs = 0;
  let breathingCovered = 0;
  epochs.forEach((epoch, i) => {
    const t = truth[i];
    if (!t || t.inBedS < epochS) return;
    inBedEpochs++;
    if (epoch.heartRateBpm !== null) heartCovered++;
    if (epoch.heartRateBpm !== null && t.heartRateBpm !== null)
      heartErrors.push(epoch.heartRateBpm - t.heartRateBpm);
    if (t.breathingRatePerMin === null) return;
    breathingEpochs++;
    if (epoch.breathingRatePerMin === null) return;
    breathingCovered++;
    breathingErrors.push(epoch.breathingRatePerMin - t.breathingRatePerMin);
  });
  const inBed = truth.map((t) => t.inBedS * 2 >= epochS);
  const pick = <T>(values: readonly T[]) => values.filter((_, i) => inBed[i]);
  const truthSleep = pick(truth.map((t) => t.asleep));
  const bedConfusion = confusion(truthSleep, pick(scoreBedSleep(epochs, epochS)));
  const wristScored = scoreSleepWake(run.wristCounts, epochS);
  const wristConfusion = confusion(truthSleep, pick(wristScored));
  return {
    seed: scenario.seed,
    sampleRateHz: scenario.sensor.sampleRateHz,
    channels: scenario.sensor.channels,
    heartErrors,
    breathingErrors,
    heart: errorStats(heartErrors),
    breathing: errorStats(breathingErrors),
    inBedEpochs,
    heartCovered,
    breathingEpochs,
    breathingCovered,
    coveragePct: 100 * Math.min(heartCovered / inBedEpochs, breathingCovered / breathingEpochs) || 0,
    exits: matchEvents(run.truthEvents, run.events, "bed_exit", "bed_exit"),
    returns: matchEvents(run.truthEvents, run.events, "return", "return"),
    sitUps: matchEvents(run.truthEvents, run.events, "sit_up", "sit_up"),
    pauses: matchPauses(scenario.apnoeas, run.events, 20),
    bedConfusion,
    wristConfusion,
    bedSleep: sleepAgreement(bedConfusion),
    wristSleep: sleepAgreement(wristConfusion),
  };
}

/**
 * Apnoeas at least 5 s longer than the alarm delay should raise "no_breathing" before they end
 * (+5 s); an alarm outside every apnoea is false. Latency is from the apnoea's start.
 */
export function matchPauses(
  apnoeas: readonly Apnoea[],
  events: readonly BedEvent[],
  delayS: number,
): EventMatch {
  const alarms = events.filter((e) => e.kind === "no_breathing").map((e) => e.timeS);
  const inside = (t: number, a: Apnoea) => t >= a.startS && t <= a.startS + a.durationS + 5;
  const due = apnoeas.filter((a) => a.durationS >= delayS + 5);
  const latenciesS: number[] = [];
  for (const apnoea of due) {
    const alarm = alarms.find((t) => inside(t, apnoea));
    if (alarm !== undefined) latenciesS.push(alarm - apnoea.startS);
  }
  return {
    truths: due.length,
    hits: latenciesS.length,
    falseAlarms: alarms.filter((t) => !apnoeas.some((a) => inside(t, a))).length,
    latenciesS,
  };
}

const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : Number.NaN);

/** The pooled figures, as `name=value` pairs in print order. */
export function summarizeScores(scores: readonly NightScore[]): [string, number][] {
  const nights = scores.length;
  const heart = errorStats(scores.flatMap((s) => s.heartErrors));
  const breathing = errorStats(scores.flatMap((s) => s.breathingErrors));
  const sum = (f: (s: NightScore) => number) => scores.reduce((total, s) => total + f(s), 0);
  const heartCoverage = pct(
    sum((s) => s.heartCovered),
    sum((s) => s.inBedEpochs),
  );
  const breathingCoverage = pct(
    sum((s) => s.breathingCovered),
    sum((s) => s.breathingEpochs),
  );
  const exits = mergeMatches(scores.map((s) => s.exits));
  const returns = mergeMatches(scores.map((s) => s.returns));
  const sitUps = mergeMatches(scores.map((s) => s.sitUps));
  const pauses = mergeMatches(scores.map((s) => s.pauses));
  const bed = sleepAgreement(addConfusions(scores.map((s) => s.bedConfusion)));
  const wrist = sleepAgreement(addConfusions(scores.map((s) => s.wristConfusion)));
  return [
    ["bed_nights", nights],
    ["bed_hr_mae_bpm", heart.mae],
    ["bed_hr_bias_bpm", heart.bias],
    ["bed_rr_mae_per_min", breathing.mae],
    ["bed_rr_bias_per_min", breathing.bias],
    ["bed_hr_coverage_pct", heartCoverage],
    ["bed_rr_coverage_pct", breathingCoverage],
    ["bed_vitals_coverage_pct", Math.min(heartCoverage, breathingCoverage)],
    ["bed_exit_events", exits.truths],
    ["bed_exit_sensitivity_pct", pct(exits.hits, exits.truths)],
    ["bed_exit_false_per_night", exits.falseAlarms / nights],
    ["bed_exit_latency_p50_s", quantile(exits.latenciesS, 0.5)],
    ["bed_exit_latency_p95_s", quantile(exits.latenciesS, 0.95)],
    ["bed_exit_latency_max_s", Math.max(...exits.latenciesS)],
    ["bed_return_sensitivity_pct", pct(returns.hits, returns.truths)],
    ["bed_return_false_per_night", returns.falseAlarms / nights],
    ["bed_return_latency_p95_s", quantile(returns.latenciesS, 0.95)],
    ["bed_sit_up_sensitivity_pct", pct(sitUps.hits, sitUps.truths)],
    ["bed_sit_up_false_per_night", sitUps.falseAlarms / nights],
    ["bed_sit_up_latency_p95_s", quantile(sitUps.latenciesS, 0.95)],
    ["bed_no_breathing_events", pauses.truths],
    ["bed_no_breathing_sensitivity_pct", pct(pauses.hits, pauses.truths)],
    ["bed_no_breathing_false_per_night", pauses.falseAlarms / nights],
    ["bed_no_breathing_latency_p50_s", quantile(pauses.latenciesS, 0.5)],
    ["bed_sleep_accuracy_pct", bed.accuracyPct],
    ["bed_sleep_sensitivity_pct", bed.sensitivityPct],
    ["bed_sleep_specificity_pct", bed.specificityPct],
    ["bed_sleep_kappa", bed.kappa],
    ["bed_wrist_sleep_accuracy_pct", wrist.accuracyPct],
    ["bed_wrist_sleep_kappa", wrist.kappa],
  ];
}
