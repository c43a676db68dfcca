// Scores "toilet soon" notices and void detection against the simulator's ground truth, strictly and
// one to one (docs/bladder-prediction.md, "How accuracy is measured"):
// - Each notice is paired with the first true void after it, whatever its cause. It is confirmed when
//   that void comes at least 5 minutes and at most 2 × lead + min(σ, lead) minutes after it, σ being the
//   uncertainty the notice stated. A void is covered by the first confirmed notice paired with it, so a
//   void is only ever covered by a notice raised after the void before it, and a notice confirms at most
//   one void; any later notice paired with the same void is not confirmed.
// - Sensitivity (primary): fill-driven voids (cause urge, overflow or asleep) with the transducer on the
//   skin at every reading of the 30 minutes before. Also reported: over every void (routine and prompted
//   ones included) and with the voids near a detachment counted as misses.
// - Void detection: true voids of at least 50 mL with the transducer on from 25 min before to 5 min
//   after, found when a void_detected event dated from 2 min before to 30 min after the void was emitted.
import { usefulWindow } from "../../device/sensors/bladder/bladder-forecast.ts";
import type { Rng } from "../../sim/bladder/index.ts";
import type { ResidentRun, TruthVoid } from "./bladder-run.ts";

const MINUTE_MS = 60_000;
const ATTACHED_BEFORE_VOID_MIN = 30;
export const FILL_DRIVEN = new Set(["urge", "overflow", "asleep"]);
const DETECTABLE_DROP_ML = 50;
const DETECT_MATCH_MIN = { before: 2, after: 30 };

/** When (min after the notice) its void may come: the analyzer's useful window, a stated σ that is not finite taken as 0. */
function confirmingWindow(leadMin: number, uncertaintyMin: number) {
  return usefulWindow(leadMin, Number.isFinite(uncertaintyMin) ? Math.max(0, uncertaintyMin) : 0);
}

export interface TimedNotice {
  timeMs: number;
  uncertaintyMin: number;
}

export interface NoticePairing {
  /** Per void: the index of the notice that covers it, or null. */
  coveredBy: (number | null)[];
  /** Per notice: the index of the first void after it (the one it is paired with), or null. */
  pairedVoid: (number | null)[];
  confirmed: number;
  /** Paired void came under 5 min after the notice. */
  late: number;
  /** Paired void came after the window, or a notice for an already covered void. */
  early: number;
  /** No void after the notice before the run ended, with the window reaching past the end: unknown. */
  censored: number;
}

/** Pairs notices (sorted by time) with the first void after each (voids sorted by time). */
export function pairNotices(
  notices: readonly TimedNotice[],
  voids: readonly { timeMs: number }[],
  leadMin: number,
  endMs: number,
): NoticePairing {
  const pairing: NoticePairing = {
    coveredBy: voids.map(() => null),
    pairedVoid: [],
    confirmed: 0,
    late: 0,
    early: 0,
    censored: 0,
  };
  let next = 0;
  notices.forEach((notice, index) => {
    while (next < voids.length && (voids[next]?.timeMs ?? 0) <= notice.timeMs) next++;
    const { earliestMin, latestMin } = confirmingWindow(leadMin, notice.uncertaintyMin);
    const paired = voids[next];
    pairing.pairedVoid.push(paired ? next : null);
    if (!paired) {
      if (notice.timeMs + latestMin * MINUTE_MS > endMs) pairing.censored++;
      else pairing.early++;
      return;
    }
    const afterMin = (paired.timeMs - notice.timeMs) / MINUTE_MS;
    if (afterMin < earliestMin) pairing.late++;
    else if (afterMin > latestMin || pairing.coveredBy[next] !== null) pairing.early++;
    else {
      pairing.coveredBy[next] = index;
      pairing.confirmed++;
    }
  });
  return pairing;
}

export interface ObserverScore {
  pairing: NoticePairing;
  notices: number;
  coveredVoids: number;
}

export interface ResidentScore {
  residentDays: number;
  /** Fill-driven voids with the transducer on for the 30 minutes before, and those covered. */
  scoredVoids: number;
  coveredVoids: number;
  /**
   * Scored voids with any notice raised since the void before, however early or late: the looser
   * "notification rate" that published bladder-sensor studies report.
   */
  notifiedVoids: number;
  /** Every void with the transducer on for the 30 minutes before, and those covered. */
  allVoids: number;
  allCoveredVoids: number;
  /** Fill-driven voids with a detachment in the 30 minutes before. */
  excludedDetachedVoids: number;
  notices: number;
  pairing: NoticePairing;
  /** The truth-knowing observers' notices, paired by the same rule: the fixed rule (bladder-oracle.ts) and the ceiling (bladder-ceiling.ts). */
  oracle: ObserverScore;
  ceiling: ObserverScore;
  noticesWhileDetached: number;
  noticesWhilePartialSlip: number;
  /** Per notice with a void after it: stated minutes_until − true minutes to that void. */
  noticeTimeErrorsMin: number[];
  /** Notices whose void came within their stated minutes_until ± uncertainty_minutes. */
  noticesWithinSigma: number;
  /** The uncertainty_minutes each notice stated. */
  noticeSigmasMin: number[];
  leadsMin: number[];
  detectableVoids: number;
  detectedVoids: number;
  detectionDelaysMin: number[];
  falseVoidDetections: number;
}

const endOf = (run: ResidentRun) => run.scenario.startMs + run.scenario.days * 24 * 60 * MINUTE_MS;

function attachedBefore(run: ResidentRun, timeMs: number): boolean {
  const period = run.scenario.readingPeriodMs;
  const first = run.scenario.startMs + period;
  for (let t = timeMs - ATTACHED_BEFORE_VOID_MIN * MINUTE_MS; t <= timeMs; t += MINUTE_MS) {
    const readingTime = first + Math.floor((t - first) / period) * period;
    if (run.detachedTimes.has(readingTime)) return false;
  }
  return true;
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

/** Whether any notice was raised after the void before this one and before this one. */
function notifiedInCycle(run: ResidentRun, index: number): boolean {
  const fromMs = run.voids[index - 1]?.timeMs ?? Number.NEGATIVE_INFINITY;
  const toMs = run.voids[index]?.timeMs ?? fromMs;
  return run.notices.some((notice) => notice.timeMs > fromMs && notice.timeMs < toMs);
}

function scoreVoids(run: ResidentRun, score: ResidentScore): void {
  run.voids.forEach((truth, index) => {
    const noticeIndex = score.pairing.coveredBy[index] ?? null;
    const notice = noticeIndex === null ? undefined : run.notices[noticeIndex];
    const attached = attachedBefore(run, truth.timeMs);
    const fillDriven = FILL_DRIVEN.has(truth.cause);
    if (fillDriven && !attached) score.excludedDetachedVoids++;
    if (!attached) return;
    score.allVoids++;
    if (notice) score.allCoveredVoids++;
    if (!fillDriven) return;
    score.scoredVoids++;
    if (notifiedInCycle(run, index)) score.notifiedVoids++;
    if (!notice) return;
    score.coveredVoids++;
    score.leadsMin.push((truth.timeMs - notice.timeMs) / MINUTE_MS);
  });
}

/** How well each notice stated when the void would come (the first void after it, as it is paired). */
function scoreNoticeTiming(run: ResidentRun, score: ResidentScore): void {
  run.notices.forEach((notice, index) => {
    const voidIndex = score.pairing.pairedVoid[index];
    const paired = voidIndex == null ? undefined : run.voids[voidIndex];
    if (!paired) return;
    const error = notice.minutesUntil - (paired.timeMs - notice.timeMs) / MINUTE_MS;
    score.noticeTimeErrorsMin.push(error);
    if (Math.abs(error) <= notice.uncertaintyMin) score.noticesWithinSigma++;
  });
}

function observerScore(run: ResidentRun, notices: readonly TimedNotice[]): ObserverScore {
  const pairing = pairNotices(notices, run.voids, run.leadTimeMin, endOf(run));
  const coveredVoids = run.voids.filter(
    (truth, index) =>
      FILL_DRIVEN.has(truth.cause) && attachedBefore(run, truth.timeMs) && pairing.coveredBy[index] != null,
  ).length;
  return { pairing, notices: notices.length, coveredVoids };
}

export function scoreResident(run: ResidentRun): ResidentScore {
  const score: ResidentScore = {
    residentDays: run.scenario.days,
    scoredVoids: 0,
    coveredVoids: 0,
    notifiedVoids: 0,
    allVoids: 0,
    allCoveredVoids: 0,
    excludedDetachedVoids: 0,
    notices: run.notices.length,
    pairing: pairNotices(run.notices, run.voids, run.leadTimeMin, endOf(run)),
    oracle: observerScore(run, run.oracleNotices),
    ceiling: observerScore(run, run.ceilingNotices),
    noticesWhileDetached: run.notices.filter(
      (n) => n.contactInTruth === "slipped" || n.contactInTruth === "lifted",
    ).length,
    noticesWhilePartialSlip: run.notices.filter((n) => n.contactInTruth === "partial").length,
    noticeTimeErrorsMin: [],
    noticesWithinSigma: 0,
    noticeSigmasMin: run.notices.map((n) => n.uncertaintyMin),
    leadsMin: [],
    detectableVoids: 0,
    detectedVoids: 0,
    detectionDelaysMin: [],
    falseVoidDetections: 0,
  };
  scoreVoids(run, score);
  scoreNoticeTiming(run, score);
  scoreVoidDetection(run, score);
  return score;
}

/**
 * The chance level of PPV: as many notices as the analyzer raised, at uniformly random times over the
 * run, each stating the uncertainty of a randomly chosen real notice, paired by the same rule.
 */
export function chanceConfirmations(run: ResidentRun, rng: Rng): { confirmed: number; judged: number } {
  const startMs = run.scenario.startMs;
  const endMs = endOf(run);
  const notices = run.notices
    .map(() => ({
      timeMs: startMs + rng.uniform(0, 1) * (endMs - startMs),
      uncertaintyMin: run.notices[rng.int(0, run.notices.length - 1)]?.uncertaintyMin ?? 0,
    }))
    .sort((a, b) => a.timeMs - b.timeMs);
  const pairing = pairNotices(notices, run.voids, run.leadTimeMin, endMs);
  return { confirmed: pairing.confirmed, judged: notices.length - pairing.censored };
}
