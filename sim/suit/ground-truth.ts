// What really happened in a simulated session, derived from the same plan the generator renders.

import type { MovementLabel } from "./activation-plan.ts";
import { planActivations } from "./activation-plan.ts";
import type { ElectrodeOffSpec, MotionArtefactSpec, SuitScenario } from "./scenario.ts";
import type { SharpArtefactSpec } from "./sharp-artefacts.ts";

export interface ActivationTruth {
  channel: number;
  /** Start of the drive ramp: the muscle's activation onset (ms from session start). */
  onsetMs: number;
  /** End of the drive ramp-down. */
  offsetMs: number;
  /** Plateau drive (fraction of maximal). */
  level: number;
  /** True when the channel's electrode is off during any part of the activation: not measurable. */
  overlapsElectrodeOff: boolean;
}

export type FatigueDirection = "falling" | "rising" | "flat";

export interface FatigueTruth {
  channel: number;
  cvFactorStart: number;
  cvFactorEnd: number;
  /** Expected change of the EMG median frequency over the session: MUAPs scale in time with 1/CV. */
  medianFrequencyChangePct: number;
  direction: FatigueDirection;
}

export interface SuitGroundTruth {
  sampleRateHz: number;
  durationMs: number;
  channelNames: string[];
  mainsHz: 50 | 60;
  /** Activations per channel, sorted by onset. */
  activations: ActivationTruth[][];
  movements: MovementLabel[];
  electrodeOff: ElectrodeOffSpec[];
  fatigue: FatigueTruth[];
  artefacts: MotionArtefactSpec[];
  /** Electrode pops and cable-tug crackle. */
  sharpArtefacts: SharpArtefactSpec[];
}

/** Relative change of the median frequency below which a trend counts as flat. */
export const flatTrendLimitPct = 2;

export function intervalsOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

export function suitGroundTruth(scenario: SuitScenario): SuitGroundTruth {
  const plan = planActivations(scenario);
  const activations = plan.bursts.map((bursts, channel) =>
    bursts.map((burst) => ({
      channel,
      onsetMs: burst.onsetMs,
      offsetMs: burst.offsetMs,
      level: burst.level,
      overlapsElectrodeOff: scenario.electrodeOff.some(
        (off) =>
          off.channel === channel && intervalsOverlap(burst.onsetMs, burst.offsetMs, off.startMs, off.endMs),
      ),
    })),
  );
  const fatigue = scenario.channels.map((spec, channel): FatigueTruth => {
    const changePct = (spec.cvFactorEnd / spec.cvFactorStart - 1) * 100;
    const direction: FatigueDirection =
      Math.abs(changePct) < flatTrendLimitPct ? "flat" : changePct < 0 ? "falling" : "rising";
    return {
      channel,
      cvFactorStart: spec.cvFactorStart,
      cvFactorEnd: spec.cvFactorEnd,
      medianFrequencyChangePct: changePct,
      direction,
    };
  });
  return {
    sampleRateHz: scenario.sampleRateHz,
    durationMs: scenario.durationMs,
    channelNames: scenario.channels.map((spec) => spec.name),
    mainsHz: scenario.mains.frequencyHz,
    activations,
    movements: plan.movements,
    electrodeOff: [...scenario.electrodeOff].sort((a, b) => a.startMs - b.startMs),
    fatigue,
    artefacts: plan.artefacts,
    sharpArtefacts: scenario.sharpArtefacts,
  };
}
