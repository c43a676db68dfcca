// Turns the scenario's movements into per-channel activation bursts (the drive that reaches each muscle's
// motor-unit pool) and the artefacts the movements bring. The same plan is both the generator's input and
// the ground truth, so the two can never disagree.

import { Rng } from "../random.ts";
import type { MuscleActivationPhase } from "./movement-templates.ts";
import { discreteMovementTemplates, gaitCyclePhases, gaitTrunkPhases } from "./movement-templates.ts";
import type { MotionArtefactSpec, MovementSpec, SuitChannelSpec, SuitScenario } from "./scenario.ts";

export interface ActivationBurst {
  onsetMs: number;
  offsetMs: number;
  /** Plateau drive (fraction of maximal drive). */
  level: number;
  rampUpMs: number;
  rampDownMs: number;
}

export interface MovementLabel {
  kind: MovementSpec["kind"];
  startMs: number;
  endMs: number;
}

export interface ActivationPlan {
  /** Bursts per channel, sorted and merged. */
  bursts: ActivationBurst[][];
  movements: MovementLabel[];
  /** Artefacts tied to movements (heel strikes, seat-off) plus the scenario's explicit ones. */
  artefacts: MotionArtefactSpec[];
}

/** Bursts closer than this are one activation: the drive does not fall back to rest in between. */
export const minimumRestBetweenBurstsMs = 350;
const minimumBurstMs = 120;

type RawBurst = Omit<ActivationBurst, "rampUpMs" | "rampDownMs">;

function phaseToBurst(phase: MuscleActivationPhase, startMs: number, spanMs: number, intensity: number) {
  return {
    onsetMs: startMs + phase.from * spanMs,
    offsetMs: startMs + phase.to * spanMs,
    level: phase.level * intensity,
  };
}

function discreteBursts(movement: MovementSpec, channel: SuitChannelSpec, random: Rng): RawBurst[] {
  if (movement.kind === "walk") return [];
  const jitterMs = 0.03 * movement.durationMs;
  return discreteMovementTemplates[movement.kind]
    .filter((phase) => phase.muscle === channel.muscle)
    .map((phase) => {
      const burst = phaseToBurst(phase, movement.startMs, movement.durationMs, movement.intensity);
      // Jitter never pushes a burst outside its movement: the ground truth ties each burst to one.
      const onsetMs = Math.max(movement.startMs, burst.onsetMs + random.uniform(-jitterMs, jitterMs));
      const endMs = movement.startMs + movement.durationMs;
      const offsetMs = Math.min(endMs, burst.offsetMs + random.uniform(-jitterMs, jitterMs));
      return { onsetMs, offsetMs, level: burst.level };
    });
}

/** Heel-strike times of one walking bout for one side (the left leg lags by half a cycle). */
function heelStrikes(movement: MovementSpec, random: Rng): number[] {
  const cycleMs = movement.cycleMs ?? 1100;
  const strikes: number[] = [];
  for (let t = movement.startMs; t < movement.startMs + movement.durationMs; ) {
    strikes.push(t);
    t += cycleMs * random.uniform(0.97, 1.03);
  }
  return strikes;
}

function walkingBursts(movement: MovementSpec, channel: SuitChannelSpec, strikes: number[], random: Rng) {
  const cycleMs = movement.cycleMs ?? 1100;
  const legPhases = gaitCyclePhases.filter((phase) => phase.muscle === channel.muscle);
  const trunkPhases = gaitTrunkPhases.filter((phase) => phase.muscle === channel.muscle);
  const sideShift = channel.side === "left" ? 0.5 : 0;
  const bursts: RawBurst[] = [];
  for (const strikeMs of strikes) {
    for (const phase of legPhases) {
      const shifted = { ...phase, from: phase.from + sideShift, to: phase.to + sideShift };
      bursts.push(phaseToBurst(shifted, strikeMs, cycleMs, movement.intensity * random.uniform(0.85, 1.15)));
    }
    for (const phase of trunkPhases) {
      bursts.push(phaseToBurst(phase, strikeMs, cycleMs, movement.intensity * random.uniform(0.85, 1.15)));
    }
  }
  const endMs = movement.startMs + movement.durationMs;
  return bursts
    .map((burst) => ({
      ...burst,
      onsetMs: Math.max(burst.onsetMs, movement.startMs),
      offsetMs: Math.min(burst.offsetMs, endMs),
    }))
    .filter((burst) => burst.offsetMs - burst.onsetMs >= minimumBurstMs);
}

/** Sorts and merges bursts separated by less than the minimum rest, then adds ramps. */
export function mergeBursts(raw: RawBurst[]): ActivationBurst[] {
  const sorted = [...raw].filter((burst) => burst.offsetMs - burst.onsetMs >= minimumBurstMs);
  sorted.sort((a, b) => a.onsetMs - b.onsetMs);
  const merged: RawBurst[] = [];
  for (const burst of sorted) {
    const last = merged[merged.length - 1];
    if (last && burst.onsetMs - last.offsetMs < minimumRestBetweenBurstsMs) {
      last.offsetMs = Math.max(last.offsetMs, burst.offsetMs);
      last.level = Math.max(last.level, burst.level);
    } else {
      merged.push({ ...burst });
    }
  }
  return merged.map((burst) => {
    const durationMs = burst.offsetMs - burst.onsetMs;
    const rampMs = Math.min(150, Math.max(40, 0.25 * durationMs));
    return { ...burst, rampUpMs: rampMs, rampDownMs: rampMs };
  });
}

function movementArtefacts(scenario: SuitScenario, movement: MovementSpec, strikes: number[], random: Rng) {
  if (scenario.movementArtefactUv <= 0) return [];
  const channelsOf = (side: "right" | "left" | "any") =>
    scenario.channels.flatMap((channel, index) => (side === "any" || channel.side === side ? [index] : []));
  const artefact = (atMs: number, channels: number[]): MotionArtefactSpec => ({
    atMs,
    channels,
    amplitudeUv: scenario.movementArtefactUv * random.uniform(0.5, 1.5),
    durationMs: random.uniform(40, 120),
  });
  if (movement.kind !== "walk")
    return [artefact(movement.startMs + 0.4 * movement.durationMs, channelsOf("any"))];
  const halfCycle = (movement.cycleMs ?? 1100) / 2;
  return strikes.flatMap((strikeMs) => [
    artefact(strikeMs, channelsOf("right")),
    artefact(strikeMs + halfCycle, channelsOf("left")),
  ]);
}

export function planActivations(scenario: SuitScenario): ActivationPlan {
  const random = Rng.fromSeed(scenario.seed).fork("activation-plan");
  const raw: RawBurst[][] = scenario.channels.map(() => []);
  const artefacts: MotionArtefactSpec[] = [...scenario.motionArtefacts];
  const movements: MovementLabel[] = [];
  for (const movement of scenario.movements) {
    const strikes = movement.kind === "walk" ? heelStrikes(movement, random) : [];
    scenario.channels.forEach((channel, index) => {
      const bursts =
        movement.kind === "walk"
          ? walkingBursts(movement, channel, strikes, random)
          : discreteBursts(movement, channel, random);
      raw[index]?.push(...bursts);
    });
    artefacts.push(...movementArtefacts(scenario, movement, strikes, random));
    movements.push({
      kind: movement.kind,
      startMs: movement.startMs,
      endMs: movement.startMs + movement.durationMs,
    });
  }
  artefacts.sort((a, b) => a.atMs - b.atMs);
  return { bursts: raw.map(mergeBursts), movements, artefacts };
}
