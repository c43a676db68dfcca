// Reads an emulated suit's ground truth (<sensorId>.suit.jsonl, written by sim/suit/emulator-truth.ts)
// and scores detected onsets against it, the way test/accuracy/suit-metrics.ts does, but in wall time.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SuitTruthEvent } from "../../sim/suit/emulator-truth.ts";

export type { SuitTruthEvent };
export type SessionStart = Extract<SuitTruthEvent, { type: "session_start" }>;

export function readSuitTruth(groundTruthDir: string, sensorId: string): SuitTruthEvent[] {
  const path = join(groundTruthDir, `${sensorId}.suit.jsonl`);
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as SuitTruthEvent);
}

export interface TrueActivation {
  session: number;
  channel: number;
  onsetWallMs: number;
  offsetWallMs: number;
}

/** Activations a detector can be held to: not overlapping an electrode lift-off, and fully sent. */
export function measurableActivations(events: readonly SuitTruthEvent[]): TrueActivation[] {
  const unsent = events.flatMap((e) => (e.type === "not_sent" ? [e] : []));
  return events.flatMap((event) => {
    if (event.type !== "session_start") return [];
    const rate = event.truth.sampleRateHz;
    const lostMs = unsent
      .filter((run) => run.session === event.session)
      .map((run) => [(run.fromSample * 1000) / rate, (run.toSample * 1000) / rate] as const);
    return event.truth.activations.flat().flatMap((activation) => {
      const inLoss = lostMs.some(
        ([from, to]) => activation.onsetMs < to + 1000 && activation.offsetMs > from - 1000,
      );
      if (activation.overlapsElectrodeOff || inLoss) return [];
      return [
        {
          session: event.session,
          channel: activation.channel,
          onsetWallMs: event.firstSampleWallMs + activation.onsetMs,
          offsetWallMs: event.firstSampleWallMs + activation.offsetMs,
        },
      ];
    });
  });
}

export interface DetectedOnset {
  channel: number;
  wallMs: number;
}

/** Same window as the accuracy harness: [onset − 200 ms, min(offset, onset + 400 ms)], one detection each. */
export function onsetErrors(
  truth: readonly TrueActivation[],
  detected: readonly DetectedOnset[],
): { errorsMs: number[]; eligible: number } {
  const used = new Set<DetectedOnset>();
  const errorsMs: number[] = [];
  for (const activation of truth) {
    const match = detected.find(
      (onset) =>
        !used.has(onset) &&
        onset.channel === activation.channel &&
        onset.wallMs >= activation.onsetWallMs - 200 &&
        onset.wallMs <= Math.min(activation.offsetWallMs, activation.onsetWallMs + 400),
    );
    if (!match) continue;
    used.add(match);
    errorsMs.push(match.wallMs - activation.onsetWallMs);
  }
  return { errorsMs, eligible: truth.length };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
