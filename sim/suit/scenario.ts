// The plain-object description of one simulated assist-suit session. Everything the generator does follows
// from this object (and its seed), so a scenario written by hand in a test reproduces exactly.

import type { SharpArtefactSpec } from "./sharp-artefacts.ts";

export type MuscleName =
  | "vastus_lateralis"
  | "rectus_femoris"
  | "biceps_femoris"
  | "gluteus_maximus"
  | "tibialis_anterior"
  | "gastrocnemius"
  | "erector_spinae";

export type BodySide = "right" | "left";

export interface SuitChannelSpec {
  /** Channel label, e.g. "VL_R". */
  name: string;
  muscle: MuscleName;
  side: BodySide;
  /** RMS of the channel's EMG at maximal drive, unfatigued (µV). */
  mvcRmsUv: number;
  /** Constant drive at rest (0..~0.03): a few small motor units firing slowly (resting tone). */
  restingToneDrive: number;
  /** White amplifier and skin noise (µV RMS over the full band up to Nyquist). */
  noiseRmsUv: number;
  /** Electrode half-cell DC offset (µV). */
  electrodeOffsetUv: number;
  /** How strongly this lead picks up mains (multiplies the session's mains amplitude). */
  mainsCoupling: number;
  /** R-wave amplitude of the heart's signal on this lead (µV); tens of µV on the trunk, ~0 on the legs. */
  ecgUv: number;
  /** Muscle-fibre conduction velocity relative to fresh muscle, at session start and end (fatigue < 1). */
  cvFactorStart: number;
  cvFactorEnd: number;
}

export type MovementKind = "sit-to-stand" | "lift-person" | "walk";

export interface MovementSpec {
  kind: MovementKind;
  startMs: number;
  durationMs: number;
  /** Scales every muscle's drive in the movement template (0.5..1.5 is realistic). */
  intensity: number;
  /** Gait-cycle duration for walking (ms); ignored by the other kinds. */
  cycleMs?: number;
}

export interface MainsSpec {
  frequencyHz: 50 | 60;
  /** Amplitude of the fundamental at coupling 1 (µV, peak). 0 turns mains off. */
  amplitudeUv: number;
  /** The grid frequency wanders slowly within ± this many Hz. */
  maxDeviationHz: number;
  /** Third-harmonic amplitude relative to the fundamental. */
  thirdHarmonicRatio: number;
}

export interface MotionArtefactSpec {
  atMs: number;
  channels: number[];
  /** Peak of the artefact at the electrode (µV), before any filtering. */
  amplitudeUv: number;
  /** Time constant of the low-frequency transient (ms). */
  durationMs: number;
}

export type ElectrodeOffMode = "flat" | "saturated" | "noisy";

export interface ElectrodeOffSpec {
  channel: number;
  startMs: number;
  endMs: number;
  mode: ElectrodeOffMode;
}

export interface SuitScenario {
  seed: number;
  sampleRateHz: number;
  durationMs: number;
  /** ADC scale: µV per integer count of the int16 output. */
  uvPerCount: number;
  channels: SuitChannelSpec[];
  movements: MovementSpec[];
  mains: MainsSpec;
  /** Heart rate of the wearer; the ECG reaches the trunk leads (see `ecgUv`). */
  heartRateBpm: number;
  /** Amplitude of slow baseline wander (µV). */
  baselineWanderUv: number;
  /** Peak of the artefacts that movements bring with them (heel strikes, seat-off, grip), µV. */
  movementArtefactUv: number;
  /** Extra artefacts at given times (cable bumps during rest). */
  motionArtefacts: MotionArtefactSpec[];
  /** Broadband artefacts: electrode pops and cable-tug crackle (sharp-artefacts.ts). */
  sharpArtefacts: SharpArtefactSpec[];
  electrodeOff: ElectrodeOffSpec[];
}

/** Milliseconds ↔ samples of a scenario. */
export const msToSample = (ms: number, sampleRateHz: number): number =>
  Math.round((ms * sampleRateHz) / 1000);
export const sampleToMs = (sample: number, sampleRateHz: number): number => (sample * 1000) / sampleRateHz;

/** Conduction-velocity factor of a channel at a time: a linear fatigue (or recovery) trend over the session. */
export function conductionVelocityFactor(
  channel: SuitChannelSpec,
  timeMs: number,
  durationMs: number,
): number {
  const progress = durationMs > 0 ? Math.min(1, Math.max(0, timeMs / durationMs)) : 0;
  return channel.cvFactorStart + (channel.cvFactorEnd - channel.cvFactorStart) * progress;
}
