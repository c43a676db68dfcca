// What a sleep/wake scorer sees of one simulated night, epoch by epoch, with the truth beside it: the
// input of the coefficient fit (bed-sleep-fit.ts) and of the analysis of which wake the bed cannot
// see. Plain data, so it can cross a process boundary.
import type { BedEpoch } from "../../device/bed/epoch-estimator.ts";
import type { NightScenario, ResidentProfile } from "../../sim/bed/index.ts";
import type { NightRun } from "./bed-night-run.ts";

export type TruthStage = "out" | "wake" | "nrem" | "rem";

export type SleepNightEpoch = Pick<
  BedEpoch,
  "startS" | "durationS" | "occupied" | "movementBursts" | "bursts" | "heartRateBpm" | "breathIntervalsS"
>;

export interface SleepNight {
  seed: number;
  epochs: SleepNightEpoch[];
  /** Truth per epoch: at least half in bed; the majority of in-bed seconds asleep; the stage. */
  inBed: boolean[];
  asleep: boolean[];
  stage: TruthStage[];
  /** True movements (fidgets) that began in the epoch, as the scenario has them. */
  movements: number[];
  resident: ResidentProfile;
}

export function sleepNight(run: NightRun): SleepNight {
  const epochS = run.epochs[0]?.durationS ?? 30;
  return {
    seed: run.scenario.seed,
    epochs: run.epochs.map((e) => ({
      startS: e.startS,
      durationS: e.durationS,
      occupied: e.occupied,
      movementBursts: e.movementBursts,
      bursts: e.bursts,
      heartRateBpm: e.heartRateBpm,
      breathIntervalsS: e.breathIntervalsS,
    })),
    inBed: run.truth.map((t) => t.inBedS * 2 >= epochS),
    asleep: run.truth.map((t) => t.asleep),
    stage: truthStages(run.scenario, epochS, run.epochs.length),
    movements: movementsPerEpoch(run.scenario, epochS, run.epochs.length),
    resident: run.scenario.resident,
  };
}

/** The stage that covers most of each epoch (out of bed, awake, NREM or REM). */
function truthStages(scenario: NightScenario, epochS: number, count: number): TruthStage[] {
  const seconds: Record<TruthStage, number>[] = Array.from({ length: count }, () => ({
    out: 0,
    wake: 0,
    nrem: 0,
    rem: 0,
  }));
  for (const segment of scenario.segments) {
    const stage: TruthStage =
      segment.state === "empty" ? "out" : !segment.asleep ? "wake" : segment.rem ? "rem" : "nrem";
    for (let t = Math.floor(segment.startS); t < segment.endS; t++) {
      const tally = seconds[Math.floor(t / epochS)];
      if (tally) tally[stage]++;
    }
  }
  return seconds.map((tally) => {
    const stages = Object.entries(tally) as [TruthStage, number][];
    return stages.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  });
}

function movementsPerEpoch(scenario: NightScenario, epochS: number, count: number): number[] {
  const perEpoch = new Array<number>(count).fill(0);
  for (const fidget of scenario.fidgets) {
    const index = Math.floor(fidget.startS / epochS);
    if (index < count) perEpoch[index] = (perEpoch[index] ?? 0) + 1;
  }
  return perEpoch;
}
