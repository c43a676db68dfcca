// Scores "toilet soon" notices and void detection against the simulator's ground truth.
// Definitions (docs/bladder-prediction.md, "How accuracy is measured"):
// - A notice covers a void when it was raised 5 to 90 minutes (inclusive) before the void.
// - Scored voids are the fill-driven ones (cause urge, overflow or asleep) with the transducer on the
//   skin at every reading of the 30 minutes before the void; routine voids (bedtime, on waking) come
//   from the daily routine, not from the fill, and are reported apart.
// - Sensitivity: scored voids covered by at least one notice. Lead time: void time minus the first
//   covering notice.
// - PPV: notices followed by any void within 90 minutes (a notice 0–5 min before a void is correct
//   but late: it counts for PPV, not for sensitivity). A false notice is one that is not.
// - Void detection: true voids of at least voidMinDropMl (50 mL) with the transducer on at the void,
//   found when a void_detected event dated from 2 min before to 30 min after the void was emitted;
//   the delay runs from the void to the reading that emitted the event.
import type { ResidentRun, TruthVoid } from "./bladder-run.ts";
import { percentile } from "./percentile.ts";

const MINUTE_MS = 60_000;
export const NOTICE_WINDOW_MIN = { earliest: 90, latest: 5 };
const ATTACHED_BEFORE_VOID_MIN = 30;
const FILL_DRIVEN = new Set(["urge", "overflow", "asleep"]);
const DETECTABLE_DROP_ML = 50;
const DETECT_MATCH_MIN = { before: 2, after: 30 };

export interface ResidentScore {
  residentDays: number;
  scoredVoids: number;
  coveredVoids: number;
  routineVoids: number;
  coveredRoutineVoids: number;
  excludedDetachedVoids: number;
  notices: number;
  confirmedNotices: number;
  noticesWhileDetached: number;
  leadsMin: number[];
  detectableVoids: number;
  detectedVoids: number;
  detectionDelaysMin: number[];
  falseVoidDetections: number;
  fillErrorsMl: number[];
  windowFillErrorsMl: number[];
  postureChecks: number;
  postureAgreements: number;
}

function attachedBefore(run: ResidentRun, timeMs: number): boolean {
  const period = run.scenario.readingPeriodMs;
  const first = run.scenario.startMs + period;
  for (let t = timeMs - ATTACHED_BEFORE_VOID_MIN * MINUTE_MS; t <= timeMs; t += MINUTE_MS) {
    const readingTime = first + Math.floor((t - first) / period) * period;
    if (run.detachedTimes.has(readingTime)) return false;
  }
  return true;
}

function firstCoveringNotice(run: ResidentRun, voidMs: number): number | null {
  const covering = run.notices.filter(
    (n) =>
      n.timeMs >= voidMs - NOTICE_WINDOW_MIN.earliest * MINUTE_MS &&
      n.timeMs <= voidMs - NOTICE_WINDOW_MIN.latest * MINUTE_MS,
  );
  return covering[0]?.timeMs ?? null;
}

function scoreVoidDetection(run: ResidentRun, score: ResidentScore): void {
  const matched = new Set<number>();
  const detectable = (v: TruthVoid) =>
    v.beforeMl - v.afterMl >= DETECTABLE_DROP_ML && attachedBefore(run, v.timeMs + 5 * MINUTE_MS);
  for (const truth of run.voids) {
    const index = run.detectedVoids.findIndex(
      (d, i) =>
        !matched.has(i) &&
        d.atMs >= truth.timeMs - DETECT_MATCH_MIN.before * MINUTE_MS &&
        d.atMs <= truth.timeMs + DETECT_MATCH_MIN.after * MINUTE_MS,
    );
    if (index >= 0) matched.add(index);
    if (!detectable(truth)) continue;
    score.detectableVoids++;
    const found = run.detectedVoids[index];
    if (index >= 0 && found) {
      score.detectedVoids++;
      score.detectionDelaysMin.push((found.emittedMs - truth.timeMs) / MINUTE_MS);
    }
  }
  score.falseVoidDetections = run.detectedVoids.length - matched.size;
}

export function scoreResident(run: ResidentRun): ResidentScore {
  const score: ResidentScore = {
    residentDays: run.scenario.days,
    scoredVoids: 0,
    coveredVoids: 0,
    routineVoids: 0,
    coveredRoutineVoids: 0,
    excludedDetachedVoids: 0,
    notices: run.notices.length,
    confirmedNotices: 0,
    noticesWhileDetached: run.notices.filter((n) => n.detachedInTruth).length,
    leadsMin: [],
    detectableVoids: 0,
    detectedVoids: 0,
    detectionDelaysMin: [],
    falseVoidDetections: 0,
    fillErrorsMl: run.fillErrorsMl,
    windowFillErrorsMl: run.windowFillErrorsMl,
    postureChecks: run.postureChecks,
    postureAgreements: run.postureAgreements,
  };
  for (const truth of run.voids) {
    const notice = firstCoveringNotice(run, truth.timeMs);
    if (!FILL_DRIVEN.has(truth.cause)) {
      score.routineVoids++;
      if (notice !== null) score.coveredRoutineVoids++;
      continue;
    }
    if (!attachedBefore(run, truth.timeMs)) {
      score.excludedDetachedVoids++;
      continue;
    }
    score.scoredVoids++;
    if (notice === null) continue;
    score.coveredVoids++;
    score.leadsMin.push((truth.timeMs - notice) / MINUTE_MS);
  }
  for (const notice of run.notices) {
    const confirmed = run.voids.some(
      (v) => v.timeMs > notice.timeMs && v.timeMs <= notice.timeMs + NOTICE_WINDOW_MIN.earliest * MINUTE_MS,
    );
    if (confirmed) score.confirmedNotices++;
  }
  scoreVoidDetection(run, score);
  return score;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : Number.NaN);
const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;

/** The figures of a whole run, as `name=value` pairs. */
export function summariseBladder(scores: readonly ResidentScore[]) {
  const total = (pick: (s: ResidentScore) => number) => sum(scores.map(pick));
  const days = total((s) => s.residentDays);
  const leads = scores.flatMap((s) => s.leadsMin);
  const notices = total((s) => s.notices);
  const fillErrors = scores.flatMap((s) => s.fillErrorsMl);
  const windowFillErrors = scores.flatMap((s) => s.windowFillErrorsMl);
  return {
    bladder_resident_days: days,
    bladder_scored_voids: total((s) => s.scoredVoids),
    bladder_sensitivity_pct: round(
      pct(
        total((s) => s.coveredVoids),
        total((s) => s.scoredVoids),
      ),
    ),
    bladder_routine_voids: total((s) => s.routineVoids),
    bladder_routine_void_notice_pct: round(
      pct(
        total((s) => s.coveredRoutineVoids),
        total((s) => s.routineVoids),
      ),
    ),
    bladder_voids_excluded_detached: total((s) => s.excludedDetachedVoids),
    bladder_notices: notices,
    bladder_ppv_pct: round(
      pct(
        total((s) => s.confirmedNotices),
        notices,
      ),
    ),
    bladder_false_per_day: round((notices - total((s) => s.confirmedNotices)) / days, 2),
    bladder_lead_median_min: round(percentile(leads, 50)),
    bladder_lead_p25_min: round(percentile(leads, 25)),
    bladder_lead_p75_min: round(percentile(leads, 75)),
    bladder_lead_iqr_min: round(percentile(leads, 75) - percentile(leads, 25)),
    bladder_void_detect_pct: round(
      pct(
        total((s) => s.detectedVoids),
        total((s) => s.detectableVoids),
      ),
    ),
    bladder_void_detect_delay_median_min: round(
      percentile(
        scores.flatMap((s) => s.detectionDelaysMin),
        50,
      ),
      2,
    ),
    bladder_false_void_detections_per_day: round(total((s) => s.falseVoidDetections) / days, 2),
    bladder_fill_mae_ml: round(sum(fillErrors) / fillErrors.length),
    bladder_fill_p90_error_ml: round(percentile(fillErrors, 90)),
    bladder_window_fill_mae_ml: round(sum(windowFillErrors) / windowFillErrors.length),
    bladder_window_fill_p90_error_ml: round(percentile(windowFillErrors, 90)),
    bladder_posture_agreement_pct: round(
      pct(
        total((s) => s.postureAgreements),
        total((s) => s.postureChecks),
      ),
    ),
    bladder_notices_while_detached: total((s) => s.noticesWhileDetached),
  };
}
