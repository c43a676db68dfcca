// Which muscles work when during each movement, as data. Timings are fractions of the movement (or of one
// gait cycle for walking) and drive levels are fractions of maximal voluntary drive.
// Sources for the shapes (facts, not code): sit-to-stand sequencing with tibialis anterior first, then
// quadriceps, gluteus maximus and hamstrings around seat-off (Goulart & Valls-Solé 1999, Clin Neurophysiol
// 110:1634); gait-cycle activation phases of lower-limb muscles (Perry & Burnfield, "Gait Analysis", 2010;
// Winter, "Biomechanics and Motor Control of Human Movement"); lifting a person is dominated by the erector
// spinae with gluteal and hamstring co-activation (the common finding of lifting EMG studies).
// Levels and exact fractions are plausible round numbers, not fitted to any data set.

import type { MovementKind, MuscleName } from "./scenario.ts";

export interface MuscleActivationPhase {
  muscle: MuscleName;
  /** Start and end as a fraction of the movement duration (or of a gait cycle; may wrap below 0). */
  from: number;
  to: number;
  /** Drive level at intensity 1. */
  level: number;
}

export const discreteMovementTemplates: Record<Exclude<MovementKind, "walk">, MuscleActivationPhase[]> = {
  "sit-to-stand": [
    { muscle: "tibialis_anterior", from: 0.0, to: 0.4, level: 0.25 },
    { muscle: "erector_spinae", from: 0.05, to: 0.55, level: 0.2 },
    { muscle: "vastus_lateralis", from: 0.22, to: 0.85, level: 0.45 },
    { muscle: "rectus_femoris", from: 0.25, to: 0.8, level: 0.35 },
    { muscle: "gluteus_maximus", from: 0.28, to: 0.8, level: 0.3 },
    { muscle: "biceps_femoris", from: 0.3, to: 0.85, level: 0.2 },
    { muscle: "gastrocnemius", from: 0.5, to: 0.98, level: 0.15 },
  ],
  "lift-person": [
    { muscle: "erector_spinae", from: 0.0, to: 0.9, level: 0.55 },
    { muscle: "vastus_lateralis", from: 0.05, to: 0.7, level: 0.4 },
    { muscle: "rectus_femoris", from: 0.08, to: 0.65, level: 0.3 },
    { muscle: "gluteus_maximus", from: 0.1, to: 0.8, level: 0.4 },
    { muscle: "biceps_femoris", from: 0.1, to: 0.8, level: 0.3 },
    { muscle: "tibialis_anterior", from: 0.0, to: 0.3, level: 0.15 },
    { muscle: "gastrocnemius", from: 0.2, to: 0.8, level: 0.25 },
  ],
};

/** Phases of one gait cycle for the right leg, heel strike at 0; the left leg is shifted by half a cycle. */
export const gaitCyclePhases: MuscleActivationPhase[] = [
  { muscle: "tibialis_anterior", from: -0.42, to: 0.12, level: 0.25 },
  { muscle: "gastrocnemius", from: 0.1, to: 0.5, level: 0.35 },
  { muscle: "vastus_lateralis", from: -0.08, to: 0.16, level: 0.25 },
  { muscle: "rectus_femoris", from: 0.48, to: 0.66, level: 0.15 },
  { muscle: "biceps_femoris", from: -0.2, to: 0.08, level: 0.25 },
  { muscle: "gluteus_maximus", from: -0.06, to: 0.16, level: 0.25 },
];

/** Erector spinae is a trunk muscle: it bursts near both heel strikes, whatever side the electrode is on. */
export const gaitTrunkPhases: MuscleActivationPhase[] = [
  { muscle: "erector_spinae", from: -0.05, to: 0.12, level: 0.15 },
  { muscle: "erector_spinae", from: 0.45, to: 0.62, level: 0.15 },
];

/** Muscles whose onset signals the intention to start each movement (the agonists of the first phase). */
export const movementAgonists: Record<MovementKind, MuscleName[]> = {
  "sit-to-stand": ["vastus_lateralis", "rectus_femoris", "gluteus_maximus", "tibialis_anterior"],
  "lift-person": ["erector_spinae", "gluteus_maximus", "vastus_lateralis"],
  walk: ["tibialis_anterior", "gastrocnemius", "vastus_lateralis", "biceps_femoris"],
};

/**
 * Names of the channels whose muscle is an agonist of some movement kind: the one movement-intention group
 * an agent watching this montage is configured with (the accuracy harness and the demo use it alike).
 */
export function agonistChannelNames(channels: readonly { name: string; muscle: MuscleName }[]): string[] {
  const agonists = new Set(Object.values(movementAgonists).flat());
  return channels.filter((channel) => agonists.has(channel.muscle)).map((channel) => channel.name);
}
