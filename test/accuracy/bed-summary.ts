// The pooled bed figures as `name=value` pairs, with 95 % confidence bounds: Wilson for the share of
// true events found (exits, pauses), exact Poisson for false alarms per night, and a bootstrap over
// nights for figures pooled from epochs (MAE, coverage, sleep/wake), since epochs of one night are
// not independent.
import { type ConfuserKind, confuserKinds } from "../../sim/bed/index.ts";
import { type Bounds, bootstrap, poissonRate, wilson } from "./bed-confidence.ts";
import {
  addConfusions,
  type EventMatch,
  errorStats,
  mergeMatches,
  quantile,
  sleepAgreement,
} from "./bed-metrics.ts";
import type { NightScore, SummaryErrors } from "./bed-score.ts";

type Line = [string, number];
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : Number.NaN);
const sum = (scores: readonly NightScore[], f: (s: NightScore) => number) =>
  scores.reduce((total, s) => total + f(s), 0);

/** Sum of absolute errors and their count per night, computed once (the bootstrap resamples nights). */
const absoluteErrors = new WeakMap<readonly number[], { sum: number; n: number }>();
function pooledMae(scores: readonly NightScore[], errorsOf: (s: NightScore) => readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const score of scores) {
    const errors = errorsOf(score);
    let night = absoluteErrors.get(errors);
    if (!night) {
      night = { sum: errors.reduce((total, e) => total + Math.abs(e), 0), n: errors.length };
      absoluteErrors.set(errors, night);
    }
    sum += night.sum;
    n += night.n;
  }
  return n > 0 ? sum / n : Number.NaN;
}
const heartMae = (scores: readonly NightScore[]) => pooledMae(scores, (s) => s.heartErrors);
const breathingMae = (scores: readonly NightScore[]) => pooledMae(scores, (s) => s.breathingErrors);
function coverage(scores: readonly NightScore[]): number {
  const heart = pct(
    sum(scores, (s) => s.heartCovered),
    sum(scores, (s) => s.inBedEpochs),
  );
  const breathing = pct(
    sum(scores, (s) => s.breathingCovered),
    sum(scores, (s) => s.breathingEpochs),
  );
  return Math.min(heart, breathing);
}
const bedSleep = (scores: readonly NightScore[]) =>
  sleepAgreement(addConfusions(scores.map((s) => s.bedConfusion)));
const bedMovementSleep = (scores: readonly NightScore[]) =>
  sleepAgreement(addConfusions(scores.map((s) => s.bedMovementConfusion)));

const bounded = (name: string, b: Bounds, scale = 1): Line[] => [
  [`${name}_ci_low`, b.low * scale],
  [`${name}_ci_high`, b.high * scale],
];

function vitalLines(scores: readonly NightScore[]): Line[] {
  const heart = errorStats(scores.flatMap((s) => s.heartErrors));
  const breathing = errorStats(scores.flatMap((s) => s.breathingErrors));
  const heartCoverage = pct(
    sum(scores, (s) => s.heartCovered),
    sum(scores, (s) => s.inBedEpochs),
  );
  const breathingCoverage = pct(
    sum(scores, (s) => s.breathingCovered),
    sum(scores, (s) => s.breathingEpochs),
  );
  return [
    ["bed_hr_mae_bpm", heart.mae],
    ...bounded("bed_hr_mae_bpm", bootstrap(scores, heartMae)),
    ["bed_hr_bias_bpm", heart.bias],
    ["bed_rr_mae_per_min", breathing.mae],
    ...bounded("bed_rr_mae_per_min", bootstrap(scores, breathingMae)),
    ["bed_rr_bias_per_min", breathing.bias],
    ["bed_hr_coverage_pct", heartCoverage],
    ["bed_rr_coverage_pct", breathingCoverage],
    ["bed_vitals_coverage_pct", Math.min(heartCoverage, breathingCoverage)],
    ...bounded("bed_vitals_coverage_pct", bootstrap(scores, coverage)),
  ];
}

/** Sensitivity with Wilson bounds, false alarms per night with exact Poisson bounds, latencies. */
function eventLines(name: string, match: EventMatch, nights: number): Line[] {
  const found = wilson(match.hits, match.truths);
  const falseRate = poissonRate(match.falseAlarms, nights);
  return [
    [`bed_${name}_events`, match.truths],
    [`bed_${name}_sensitivity_pct`, pct(match.hits, match.truths)],
    ...bounded(`bed_${name}_sensitivity_pct`, found, 100),
    [`bed_${name}_false_events`, match.falseAlarms],
    [`bed_${name}_false_per_night`, match.falseAlarms / nights],
    ...bounded(`bed_${name}_false_per_night`, falseRate),
    [`bed_${name}_latency_p50_s`, quantile(match.latenciesS, 0.5)],
    [`bed_${name}_latency_p95_s`, quantile(match.latenciesS, 0.95)],
    [`bed_${name}_latency_max_s`, Math.max(...match.latenciesS)],
  ];
}

function confuserLines(scores: readonly NightScore[]): Line[] {
  const total = (f: (s: NightScore) => Partial<Record<ConfuserKind, number>>, kind?: ConfuserKind) =>
    sum(scores, (s) =>
      kind ? (f(s)[kind] ?? 0) : Object.values(f(s)).reduce((a: number, b) => a + (b ?? 0), 0),
    );
  return [
    ["bed_confusers", total((s) => s.confusers.counts)],
    ...confuserKinds.map((kind): Line => [`bed_confusers_${kind}`, total((s) => s.confusers.counts, kind)]),
    ["bed_confuser_false_exits", total((s) => s.confusers.falseExits)],
    ["bed_confuser_false_sit_ups", total((s) => s.confusers.falseSitUps)],
  ];
}

function sleepLines(scores: readonly NightScore[]): Line[] {
  const bed = bedSleep(scores);
  const wrist = sleepAgreement(addConfusions(scores.map((s) => s.wristConfusion)));
  return [
    ["bed_sleep_accuracy_pct", bed.accuracyPct],
    ["bed_sleep_sensitivity_pct", bed.sensitivityPct],
    ...bounded(
      "bed_sleep_sensitivity_pct",
      bootstrap(scores, (s) => bedSleep(s).sensitivityPct),
    ),
    ["bed_sleep_specificity_pct", bed.specificityPct],
    ...bounded(
      "bed_sleep_specificity_pct",
      bootstrap(scores, (s) => bedSleep(s).specificityPct),
    ),
    ["bed_sleep_kappa", bed.kappa],
    ...bounded(
      "bed_sleep_kappa",
      bootstrap(scores, (s) => bedSleep(s).kappa),
    ),
    ["bed_sleep_live_kappa", sleepAgreement(addConfusions(scores.map((s) => s.bedLiveConfusion))).kappa],
    ...movementOnlyLines(scores),
    ["bed_wrist_sleep_accuracy_pct", wrist.accuracyPct],
    ["bed_wrist_sleep_sensitivity_pct", wrist.sensitivityPct],
    ["bed_wrist_sleep_specificity_pct", wrist.specificityPct],
    ["bed_wrist_sleep_kappa", wrist.kappa],
  ];
}

/** The same nights scored from movement alone (Cole–Kripke and Webster), as actigraphy would. */
function movementOnlyLines(scores: readonly NightScore[]): Line[] {
  const movement = bedMovementSleep(scores);
  return [
    ["bed_sleep_kappa_movement_only", movement.kappa],
    ...bounded(
      "bed_sleep_kappa_movement_only",
      bootstrap(scores, (s) => bedMovementSleep(s).kappa),
    ),
    ["bed_sleep_movement_only_sensitivity_pct", movement.sensitivityPct],
    ["bed_sleep_movement_only_specificity_pct", movement.specificityPct],
  ];
}

function summaryLines(scores: readonly NightScore[]): Line[] {
  const errors = scores.map((s) => s.summaryErrors).filter((e): e is SummaryErrors => e !== null);
  const stats = (f: (e: SummaryErrors) => number) => errorStats(errors.map(f));
  const tst = stats((e) => e.totalSleepMin);
  const efficiency = stats((e) => e.efficiencyPct);
  const waso = stats((e) => e.wasoMin);
  const awakenings = stats((e) => e.awakenings);
  return [
    ["bed_tst_mae_min", tst.mae],
    ["bed_tst_bias_min", tst.bias],
    ["bed_se_mae_pct", efficiency.mae],
    ["bed_se_bias_pct", efficiency.bias],
    ["bed_waso_mae_min", waso.mae],
    ["bed_waso_bias_min", waso.bias],
    ["bed_awakenings_mae", awakenings.mae],
    ["bed_awakenings_bias", awakenings.bias],
  ];
}

/** Exposure in bed-nights of 8 hours. */
const bedNights = (scores: readonly NightScore[]) => scores.reduce((hours, s) => hours + s.hours, 0) / 8;

/**
 * The pooled figures, as `name=value` pairs in print order. Nights of the "main" block give every
 * figure; nights of the "exits" block (forced exits, for statistical power) add to the exit and return
 * events and to the false alarms against confusers, per 8-hour bed-night of exposure.
 */
export function summarizeScores(scores: readonly NightScore[]): Line[] {
  const main = scores.filter((s) => s.block === "main");
  const merged = (from: readonly NightScore[], f: (s: NightScore) => EventMatch) => mergeMatches(from.map(f));
  return [
    ["bed_nights", main.length],
    ["bed_first_seed", Math.min(...main.map((s) => s.seed))],
    ["bed_exit_block_nights", scores.length - main.length],
    ["bed_event_exposure_nights", bedNights(scores)],
    ...vitalLines(main),
    ...eventLines(
      "exit",
      merged(scores, (s) => s.exits),
      bedNights(scores),
    ),
    ...eventLines(
      "return",
      merged(scores, (s) => s.returns),
      bedNights(scores),
    ),
    ...eventLines(
      "sit_up",
      merged(main, (s) => s.sitUps),
      bedNights(main),
    ),
    ...eventLines(
      "no_breathing",
      merged(main, (s) => s.pauses),
      bedNights(main),
    ),
    ...confuserLines(scores),
    ...sleepLines(main),
    ...summaryLines(main),
  ];
}
