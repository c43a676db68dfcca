// Runs the bed estimators (or the wrist scorer) over a whole recording and formats the epochs as
// CSV. Pure: the CLI reads the file and prints; this file only computes.

import { ok, type Result } from "../../proto/result.ts";
import { BedAnalyzer } from "./bed-analyzer.ts";
import type { BedAnalyzerOptions } from "./bed-config.ts";
import { scoreBedSleep } from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import { bedActivityCounts } from "./movement-counts.ts";
import { type NightSummary, summarizeNight } from "./night-summary.ts";
import type { BedEvent } from "./occupancy-detector.ts";
import { scoreSleepWake } from "./sleep-wake.ts";
import { WristActivityCounter } from "./wrist-activity.ts";

export interface BedReplay {
  epochs: BedEpoch[];
  events: BedEvent[];
  asleep: boolean[];
  summary: NightSummary;
}

/**
 * Feeds the samples in 10-s blocks, as a live sensor would, multiplied by `gain` (occupancyGain: a
 * recording in kg or at another scale); `options.emptyBaseline` is in the recording's units.
 */
export function replayBed(
  interleaved: Float64Array,
  options: BedAnalyzerOptions,
  gain = 1,
): Result<BedReplay> {
  const scaled = {
    ...options,
    ...(options.emptyBaseline ? { emptyBaseline: options.emptyBaseline.map((v) => v * gain) } : {}),
  };
  const analyzer = BedAnalyzer.create(scaled);
  if (!analyzer.ok) return analyzer;
  const { channels, sampleRateHz, epochS } = analyzer.value.config;
  const block = Math.max(1, Math.round(10 * sampleRateHz)) * channels;
  const epochs: BedEpoch[] = [];
  const events: BedEvent[] = [];
  for (let start = 0; start < interleaved.length; start += block) {
    const chunk = interleaved.slice(start, start + block);
    if (gain !== 1) for (let i = 0; i < chunk.length; i++) chunk[i] = (chunk[i] ?? 0) * gain;
    const output = analyzer.value.push(chunk);
    epochs.push(...output.epochs);
    events.push(...output.events);
  }
  const asleep = scoreBedSleep(epochs, epochS);
  const summary = summarizeNight(
    epochs.map((e, i) => ({ occupied: e.occupied, asleep: asleep[i] ?? false })),
    epochS,
  );
  return ok({ epochs, events, asleep, summary });
}

const number = (value: number | null, decimals: number) => (value === null ? "" : value.toFixed(decimals));

export function bedEpochsCsv(replay: BedReplay): string[] {
  const counts = bedActivityCounts(replay.epochs);
  const header =
    "epoch_start_s,occupied,heart_rate_bpm,heart_rate_quality,breathing_rate_per_min,breathing_quality," +
    "movement_index,activity_counts,asleep,heart_beats";
  return [
    header,
    ...replay.epochs.map((e, i) =>
      [
        e.startS,
        e.occupied ? 1 : 0,
        number(e.heartRateBpm, 1),
        e.heartRateQuality,
        number(e.breathingRatePerMin, 1),
        e.breathingQuality,
        e.movementIndex.toFixed(2),
        (counts[i] ?? 0).toFixed(0),
        replay.asleep[i] ? 1 : 0,
        e.heartBeats ?? "",
      ].join(","),
    ),
  ];
}

export interface WristReplay {
  counts: number[];
  asleep: boolean[];
}

/** Wrist x, y, z interleaved; `countsPerG` converts them to g. */
export function replayWrist(
  interleaved: Float64Array,
  sampleRateHz: number,
  epochS: number,
  countsPerG = 1,
): WristReplay {
  const counts = new WristActivityCounter(sampleRateHz, epochS, countsPerG).push(interleaved);
  return { counts, asleep: scoreSleepWake(counts, epochS) };
}

export function wristEpochsCsv(replay: WristReplay, epochS: number): string[] {
  return [
    "epoch_start_s,activity_counts,asleep",
    ...replay.counts.map((c, i) => `${i * epochS},${c.toFixed(0)},${replay.asleep[i] ? 1 : 0}`),
  ];
}
