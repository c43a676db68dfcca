// Scores one simulated night against its ground truth: vitals, events (with false alarms attributed to
// the confusers that caused them), sleep/wake per epoch and the night summary. Plain data out, so a
// score can cross a process boundary and nights can be pooled (bed-summary.ts).
import { scoreBedSleep, scoreBedSleepMovementOnly } from "../../device/bed/bed-sleep.ts";
import { type NightSummary, summarizeNight } from "../../device/bed/night-summary.ts";
import type { BedEvent } from "../../device/bed/occupancy-detector.ts";
import { scoreSleepWake } from "../../device/bed/sleep-wake.ts";
import { SleepWakeStream } from "../../device/bed/sleep-wake-stream.ts";
import type { Apnoea, Confuser, ConfuserKind } from "../../sim/bed/index.ts";
import { type Confusion, confusion, type EventMatch, matchEvents } from "./bed-metrics.ts";
import type { NightRun } from "./bed-night-run.ts";

/** Estimated minus true night summary. */
export interface SummaryErrors {
  totalSleepMin: number;
  efficiencyPct: number;
  wasoMin: number;
  awakenings: number;
}

export interface ConfuserTally {
  /** Confusers of each kind in the night. */
  counts: Partial<Record<ConfuserKind, number>>;
  /** False detections within a confuser (from 2 s before it to 10 s after), by what was detected. */
  falseExits: Partial<Record<ConfuserKind, number>>;
  falseSitUps: Partial<Record<ConfuserKind, number>>;
}

export interface NightScore {
  seed: number;
  block: "main" | "exits";
  hours: number;
  sampleRateHz: number;
  channels: number;
  heartErrors: number[];
  breathingErrors: number[];
  /** In-bed epochs, with a heart-rate estimate, with breathing truth, with a breathing estimate. */
  inBedEpochs: number;
  heartCovered: number;
  breathingEpochs: number;
  breathingCovered: number;
  exits: EventMatch;
  returns: EventMatch;
  sitUps: EventMatch;
  pauses: EventMatch;
  confusers: ConfuserTally;
  /** Sleep/wake of the whole night: movement, breathing and heart rate; and movement only (actigraphy). */
  bedConfusion: Confusion;
  bedMovementConfusion: Confusion;
  /** The live flag (scored epoch by epoch with its delay), over the epochs it scored. */
  bedLiveConfusion: Confusion;
  wristConfusion: Confusion;
  summaryErrors: SummaryErrors | null;
}

export function scoreNight(run: NightRun, block: NightScore["block"] = "main"): NightScore {
  const { scenario, epochs, truth } = run;
  const epochS = epochs[0]?.durationS ?? 30;
  const vitals = scoreVitals(run, epochS);
  const inBed = truth.map((t) => t.inBedS * 2 >= epochS);
  const pick = <T>(values: readonly T[]) => values.filter((_, i) => inBed[i]);
  const truthSleep = truth.map((t) => t.asleep);
  const scoredSleep = scoreBedSleep(epochs, epochS);
  const exits = matchEvents(run.truthEvents, run.events, "bed_exit", "bed_exit");
  const sitUps = matchEvents(run.truthEvents, run.events, "sit_up", "sit_up");
  return {
    seed: scenario.seed,
    block,
    hours: scenario.durationS / 3600,
    sampleRateHz: scenario.sensor.sampleRateHz,
    channels: scenario.sensor.channels,
    ...vitals,
    exits,
    returns: matchEvents(run.truthEvents, run.events, "return", "return"),
    sitUps,
    pauses: matchPauses(scenario.apnoeas, run.events, 20),
    confusers: tallyConfusers(scenario.confusers ?? [], exits.falseTimesS, sitUps.falseTimesS),
    bedConfusion: confusion(pick(truthSleep), pick(scoredSleep)),
    bedMovementConfusion: confusion(pick(truthSleep), pick(scoreBedSleepMovementOnly(epochs, epochS))),
    bedLiveConfusion: liveConfusion(run, inBed),
    wristConfusion: confusion(pick(truthSleep), pick(scoreSleepWake(run.wristCounts, epochS))),
    summaryErrors: summaryErrors(
      summarizeNight(
        truth.map((t, i) => ({ occupied: inBed[i] ?? false, asleep: t.asleep })),
        epochS,
      ),
      summarizeNight(
        epochs.map((e, i) => ({ occupied: e.occupied, asleep: scoredSleep[i] ?? false })),
        epochS,
      ),
    ),
  };
}

function liveConfusion(run: NightRun, inBed: readonly boolean[]): Confusion {
  const stream = new SleepWakeStream(run.epochs[0]?.durationS ?? 30);
  const live = run.epochs.map((epoch) => stream.push(epoch)?.asleep ?? null);
  const delay = stream.delayS / (run.epochs[0]?.durationS ?? 30);
  const truth: boolean[] = [];
  const scored: boolean[] = [];
  live.slice(delay).forEach((asleep, i) => {
    if (asleep === null || !inBed[i]) return;
    truth.push(run.truth[i]?.asleep ?? false);
    scored.push(asleep);
  });
  return confusion(truth, scored);
}

/** Epochs entirely in bed; errors against the mean of the per-second truth. */
function scoreVitals(run: NightRun, epochS: number) {
  const heartErrors: number[] = [];
  const breathingErrors: number[] = [];
  let inBedEpochs = 0;
  let heartCovered = 0;
  let breathingEpochs = 0;
  let breathingCovered = 0;
  run.epochs.forEach((epoch, i) => {
    const t = run.truth[i];
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
  return { heartErrors, breathingErrors, inBedEpochs, heartCovered, breathingEpochs, breathingCovered };
}

function summaryErrors(truth: NightSummary, estimate: NightSummary): SummaryErrors | null {
  if (truth.sleepEfficiencyPct === null || estimate.sleepEfficiencyPct === null) return null;
  return {
    totalSleepMin: estimate.totalSleepTimeMin - truth.totalSleepTimeMin,
    efficiencyPct: estimate.sleepEfficiencyPct - truth.sleepEfficiencyPct,
    wasoMin: estimate.wakeAfterSleepOnsetMin - truth.wakeAfterSleepOnsetMin,
    awakenings: estimate.awakenings - truth.awakenings,
  };
}

function tallyConfusers(
  confusers: readonly Confuser[],
  falseExitTimes: readonly number[],
  falseSitUpTimes: readonly number[],
): ConfuserTally {
  const tally: ConfuserTally = { counts: {}, falseExits: {}, falseSitUps: {} };
  const bump = (record: Partial<Record<ConfuserKind, number>>, kind: ConfuserKind) => {
    record[kind] = (record[kind] ?? 0) + 1;
  };
  const culprit = (t: number) => confusers.find((c) => t >= c.startS - 2 && t <= c.endS + 10);
  for (const confuser of confusers) bump(tally.counts, confuser.kind);
  for (const t of falseExitTimes) {
    const confuser = culprit(t);
    if (confuser) bump(tally.falseExits, confuser.kind);
  }
  for (const t of falseSitUpTimes) {
    const confuser = culprit(t);
    if (confuser) bump(tally.falseSitUps, confuser.kind);
  }
  return tally;
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
  const falseTimesS = alarms.filter((t) => !apnoeas.some((a) => inside(t, a)));
  return {
    truths: due.length,
    hits: latenciesS.length,
    falseAlarms: falseTimesS.length,
    latenciesS,
    falseTimesS,
  };
}
