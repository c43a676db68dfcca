// Scores one session's detections against the simulator's ground truth. Pure functions over plain data.

import type { OnsetEvent } from "../../device/suit/index.ts";
import type { ActivationTruth, SuitGroundTruth } from "../../sim/suit/index.ts";
import { intervalsOverlap, sharpArtefactSpanMs } from "../../sim/suit/index.ts";
import type { SuitSessionRun } from "./suit-session.ts";

/** A detected onset matches a true one when it lies within this window around the true onset. */
export const onsetMatchBeforeMs = 200;
export const onsetMatchAfterMs = 400;
/** An intention finds a movement when its onset lies within this window around the movement's start. */
export const intentMatchBeforeMs = 300;
export const intentMatchAfterMs = 600;
/** Time around an electrode lift-off that is excluded from false-onset counting (filter transients). */
export const electrodeMarginMs = 1000;
/** Rest starts this long after a true offset (the envelope window and hold time still see the burst). */
const restAfterOffsetMs = 400;
/** A false onset this close to a pop or cable tug on its channel is attributed to it (diagnostic only). */
const sharpArtefactMarginMs = 300;
const restStepMs = 50;

export interface OnsetScore {
  errorsMs: number[];
  offsetErrorsMs: number[];
  eligible: number;
  found: number;
  falseOnsets: number;
  /** Detections inside a true activation that matched nothing (an activation split in two). */
  extraInActivity: number;
  /** Minutes of rest summed over channels. */
  restMinutes: number;
  /** Every detection that is not the match of a true activation (false, split, near lift-offs). */
  unmatched: number;
  /** Minutes when the whole suit rests: no channel active, no electrode lift-off within 1 s. */
  suitRestMinutes: number;
  /** False onsets that start while the whole suit rests. */
  falseOnsetsInSuitRest: number;
  /** False onsets within 300 ms of an electrode pop or cable tug on their channel. */
  falseNearSharpArtefacts: number;
}

function nearElectrodeOff(truth: SuitGroundTruth, channel: number, fromMs: number, toMs: number): boolean {
  return truth.electrodeOff.some(
    (off) =>
      off.channel === channel &&
      intervalsOverlap(fromMs, toMs, off.startMs - electrodeMarginMs, off.endMs + electrodeMarginMs),
  );
}

function insideActivity(activations: readonly ActivationTruth[], timeMs: number): boolean {
  return activations.some(
    (a) => timeMs >= a.onsetMs - onsetMatchBeforeMs && timeMs <= a.offsetMs + restAfterOffsetMs,
  );
}

/** Minutes of true rest on a channel, outside activations (with margins) and electrode lift-offs. */
function restMinutes(
  truth: SuitGroundTruth,
  channel: number,
  activations: readonly ActivationTruth[],
): number {
  let restSteps = 0;
  for (let t = 0; t < truth.durationMs; t += restStepMs) {
    if (!insideActivity(activations, t) && !nearElectrodeOff(truth, channel, t, t + restStepMs)) restSteps++;
  }
  return (restSteps * restStepMs) / 60000;
}

/** The whole suit rests at `timeMs`: every channel is at rest and no electrode is near a lift-off. */
function suitRestsAt(truth: SuitGroundTruth, timeMs: number): boolean {
  return truth.activations.every(
    (activations, channel) =>
      !insideActivity(activations, timeMs) && !nearElectrodeOff(truth, channel, timeMs, timeMs + restStepMs),
  );
}

function suitRestMinutes(truth: SuitGroundTruth): number {
  let restSteps = 0;
  for (let t = 0; t < truth.durationMs; t += restStepMs) if (suitRestsAt(truth, t)) restSteps++;
  return (restSteps * restStepMs) / 60000;
}

function nearSharpArtefact(truth: SuitGroundTruth, onset: OnsetEvent): boolean {
  return truth.sharpArtefacts.some((artefact) => {
    const [fromMs, toMs] = sharpArtefactSpanMs(artefact);
    return (
      artefact.channels.includes(onset.channel) &&
      intervalsOverlap(
        onset.onsetMs,
        onset.detectedAtMs,
        fromMs - sharpArtefactMarginMs,
        toMs + sharpArtefactMarginMs,
      )
    );
  });
}

function matches(activation: ActivationTruth, onset: OnsetEvent): boolean {
  return (
    onset.onsetMs >= activation.onsetMs - onsetMatchBeforeMs &&
    onset.onsetMs <= Math.min(activation.offsetMs, activation.onsetMs + onsetMatchAfterMs)
  );
}

/**
 * One detection per true activation, the earliest in its window. Activations overlapping an electrode
 * lift-off take their detection too, but are not scored.
 */
function matchActivations(run: SuitSessionRun, channel: number, detected: OnsetEvent[], score: OnsetScore) {
  const used = new Set<OnsetEvent>();
  for (const activation of run.truth.activations[channel] ?? []) {
    const match = detected.find((o) => !used.has(o) && matches(activation, o));
    if (match) used.add(match);
    if (activation.overlapsElectrodeOff) continue;
    score.eligible++;
    if (!match) continue;
    score.found++;
    score.errorsMs.push(match.onsetMs - activation.onsetMs);
    const offset = run.offsets.find(
      (o) => o.channel === channel && !o.interrupted && o.detectedAtMs > match.detectedAtMs,
    );
    if (offset) score.offsetErrorsMs.push(offset.offsetMs - activation.offsetMs);
  }
  return used;
}

function matchChannel(run: SuitSessionRun, channel: number, score: OnsetScore): void {
  const activations = run.truth.activations[channel] ?? [];
  const detected = run.onsets.filter((o) => o.channel === channel).sort((a, b) => a.onsetMs - b.onsetMs);
  const used = matchActivations(run, channel, detected, score);
  for (const onset of detected) {
    if (used.has(onset)) continue;
    score.unmatched++;
    if (nearElectrodeOff(run.truth, channel, onset.onsetMs, onset.detectedAtMs)) continue;
    if (insideActivity(activations, onset.onsetMs)) {
      score.extraInActivity++;
      continue;
    }
    score.falseOnsets++;
    if (suitRestsAt(run.truth, onset.onsetMs)) score.falseOnsetsInSuitRest++;
    if (nearSharpArtefact(run.truth, onset)) score.falseNearSharpArtefacts++;
  }
  score.restMinutes += restMinutes(run.truth, channel, activations);
}

export function scoreOnsets(run: SuitSessionRun): OnsetScore {
  const score: OnsetScore = {
    errorsMs: [],
    offsetErrorsMs: [],
    eligible: 0,
    found: 0,
    falseOnsets: 0,
    extraInActivity: 0,
    restMinutes: 0,
    unmatched: 0,
    suitRestMinutes: suitRestMinutes(run.truth),
    falseOnsetsInSuitRest: 0,
    falseNearSharpArtefacts: 0,
  };
  for (let channel = 0; channel < run.scenario.channels.length; channel++) matchChannel(run, channel, score);
  return score;
}

export interface IntentScore {
  movements: number;
  found: number;
  latenciesMs: number[];
  falseIntents: number;
}

export function scoreIntents(run: SuitSessionRun): IntentScore {
  const score: IntentScore = {
    movements: run.truth.movements.length,
    found: 0,
    latenciesMs: [],
    falseIntents: 0,
  };
  const used = new Set<number>();
  for (const movement of run.truth.movements) {
    const index = run.intents.findIndex(
      (intent, i) =>
        !used.has(i) &&
        intent.onsetMs >= movement.startMs - intentMatchBeforeMs &&
        intent.onsetMs <= movement.startMs + intentMatchAfterMs,
    );
    const intent = run.intents[index];
    if (!intent) continue;
    used.add(index);
    score.found++;
    score.latenciesMs.push(intent.detectedAtMs - movement.startMs);
  }
  score.falseIntents = run.intents.filter(
    (intent, i) =>
      !used.has(i) && !nearElectrodeOff(run.truth, intent.channel, intent.onsetMs, intent.detectedAtMs),
  ).length;
  return score;
}

export interface ElectrodeScore {
  events: number;
  detected: number;
  latenciesMs: number[];
  falseOff: number;
}

export function scoreElectrode(run: SuitSessionRun): ElectrodeScore {
  const offEvents = run.electrode.filter((e) => e.state === "off");
  const score: ElectrodeScore = {
    events: run.truth.electrodeOff.length,
    detected: 0,
    latenciesMs: [],
    falseOff: 0,
  };
  const used = new Set<number>();
  for (const off of run.truth.electrodeOff) {
    const index = offEvents.findIndex(
      (e, i) =>
        !used.has(i) &&
        e.channel === off.channel &&
        e.atMs >= off.startMs - 200 &&
        e.atMs <= off.startMs + 1000,
    );
    const event = offEvents[index];
    if (!event) continue;
    used.add(index);
    score.detected++;
    score.latenciesMs.push(event.detectedAtMs - off.startMs);
  }
  score.falseOff = offEvents.filter((_, i) => !used.has(i)).length;
  return score;
}

export interface FatigueScore {
  compared: number;
  agreeing: number;
  /** Estimated minus true median-frequency change over the session (percentage points). */
  changeErrorsPct: number[];
}

export function scoreFatigue(run: SuitSessionRun): FatigueScore {
  const score: FatigueScore = { compared: 0, agreeing: 0, changeErrorsPct: [] };
  for (const truth of run.truth.fatigue) {
    const estimate = run.fatigue[truth.channel];
    if (!estimate || truth.direction === "flat" || !Number.isFinite(estimate.slopeHzPerMin)) continue;
    score.compared++;
    const falling = estimate.slopeHzPerMin < 0;
    if (falling === (truth.direction === "falling")) score.agreeing++;
    const estimatedPct = estimate.slopePctPerMin * (run.truth.durationMs / 60000);
    score.changeErrorsPct.push(estimatedPct - truth.medianFrequencyChangePct);
  }
  return score;
}
