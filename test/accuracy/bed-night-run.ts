// Plays one simulated night through the bed estimators and lines the output up with ground truth.

import { BedAnalyzer } from "../../device/bed/bed-analyzer.ts";
import type { BedEpoch } from "../../device/bed/epoch-estimator.ts";
import type { BedEvent } from "../../device/bed/occupancy-detector.ts";
import { WristActivityCounter } from "../../device/bed/wrist-activity.ts";
import {
  bedSignalBlocks,
  drawNight,
  drawResident,
  drawSensor,
  type NightScenario,
  scenarioEvents,
  type TruthEvent,
  type TruthSecond,
  wristCountsPerG,
  wristSignalBlocks,
} from "../../sim/bed/index.ts";

export interface NightRunOptions {
  seed: number;
  durationS?: number;
  sampleRateHz?: number;
  channels?: number;
  epochS?: number;
  /** Night-time bed exits (besides getting up in the morning); default random 0–3. */
  bedExits?: number;
  /**
   * "main": a night as drawn, scored for everything; "exits": a night with forced exits, scored for
   * exits and returns only (forced exits add easy wake and would flatter sleep/wake). Default main.
   */
  block?: "main" | "exits";
  /** Also simulate a wrist accelerometer and count its activity per epoch. */
  wrist?: boolean;
}

/** Ground truth summarised over one epoch. */
export interface EpochTruth {
  /** Seconds of the epoch with somebody on the bed. */
  inBedS: number;
  heartRateBpm: number | null;
  breathingRatePerMin: number | null;
  /** Majority of the in-bed seconds asleep. */
  asleep: boolean;
}

export interface NightRun {
  scenario: NightScenario;
  epochs: BedEpoch[];
  truth: EpochTruth[];
  events: BedEvent[];
  truthEvents: TruthEvent[];
  /** Wrist activity counts per epoch (empty unless asked for). */
  wristCounts: number[];
}

export function runNight(options: NightRunOptions): NightRun {
  const { seed } = options;
  const resident = drawResident(seed);
  const sensor = drawSensor(seed, { sampleRateHz: options.sampleRateHz, channels: options.channels });
  const scenario = drawNight(seed, resident, sensor, {
    durationS: options.durationS,
    ...(options.bedExits === undefined ? {} : { bedExits: options.bedExits }),
  });
  const epochS = options.epochS ?? 30;
  const analyzer = BedAnalyzer.create({
    sampleRateHz: sensor.sampleRateHz,
    channels: sensor.channels,
    epochS,
  });
  if (!analyzer.ok) throw new Error(analyzer.reason);
  const epochs: BedEpoch[] = [];
  const events: BedEvent[] = [];
  const seconds: TruthSecond[] = [];
  for (const block of bedSignalBlocks(scenario, 10)) {
    const output = analyzer.value.push(block.samples);
    epochs.push(...output.epochs);
    events.push(...output.events);
    seconds.push(...block.truth);
  }
  return {
    scenario,
    epochs,
    truth: epochTruth(seconds, epochS, epochs.length),
    events,
    truthEvents: scenarioEvents(scenario),
    wristCounts: options.wrist ? wristCounts(scenario, epochS) : [],
  };
}

function wristCounts(scenario: NightScenario, epochS: number): number[] {
  const rateHz = 32;
  const counter = new WristActivityCounter(rateHz, epochS, wristCountsPerG);
  const counts: number[] = [];
  for (const block of wristSignalBlocks(scenario, rateHz)) counts.push(...counter.push(block.samples));
  return counts;
}

export function epochTruth(seconds: readonly TruthSecond[], epochS: number, count: number): EpochTruth[] {
  const truth: EpochTruth[] = [];
  for (let e = 0; e < count; e++) {
    const slice = seconds.slice(e * epochS, (e + 1) * epochS);
    const inBed = slice.filter((s) => s.state !== "empty");
    const hr = inBed.map((s) => s.heartRateBpm).filter((v): v is number => v !== null);
    const rr = inBed.map((s) => s.breathingRatePerMin).filter((v): v is number => v !== null);
    truth.push({
      inBedS: inBed.length,
      heartRateBpm: hr.length > 0 ? mean(hr) : null,
      breathingRatePerMin: rr.length * 2 >= epochS ? mean(rr) : null,
      asleep: inBed.filter((s) => s.asleep).length * 2 > inBed.length,
    });
  }
  return truth;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
