// What the ultrasound transducer on the lower abdomen measures for a given bladder volume.
//
// Geometry: the bladder is an ellipsoid with anteroposterior diameter D (along the beam), width W and
// height H. The clinical ultrasound estimate V = π/6 · W · H · D (the 0.52 ellipsoid formula) with
// W = a·D and H = b·D gives V = k · π/6 · D³, k = a·b. A filling bladder is wider than deep
// (typically a ≈ 1.6, b ≈ 1.25, k = 2.0); a nearly empty one is a flattened disc, so k grows as V falls:
//   k(V) = k_full · (1 + f·exp(−V / V_f))    → D(V) = ∛(6V / (π·k(V)))
// typically k_full = 2.0, f = 3, V_f = 80 mL: 20 mL → 18 mm, 100 mL → 37 mm, 300 mL → 65 mm,
// 500 mL → 78 mm. Sitting pushes the bladder forward and rounds it (typically the anterior wall 1.5 mm
// closer, D × 1.06). Below 10 mL there is no fluid window and no posterior echo.
// Every one of these constants, and the echo noise, differs from resident to resident (EchoTraits, drawn
// once per resident); where the transducer sits differs at each attachment (Placement); a partly
// slipped transducer still sees the bladder, but obliquely (PartialSlip).

import type { Rng } from "../random.ts";
import type { Posture } from "./physiology.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export type SensorContact = "attached" | "partial" | "slipped" | "lifted";

export const MIN_VOLUME_FOR_POSTERIOR_ECHO_ML = 10;

/** One resident's bladder geometry and echo noise as this transducer sees it. */
export interface EchoTraits {
  /** k of a full bladder. */
  shapeFactorFull: number;
  /** How much k grows as the bladder empties (f), and over which volume (V_f, mL). */
  emptyFlattening: number;
  flatteningVolumeMl: number;
  sittingDiameterFactor: number;
  sittingAnteriorShiftMm: number;
  /** Posterior wall noise: wallNoiseMm + wallNoiseShare · D, plus motionNoiseMm while moving (1 σ). */
  wallNoiseMm: number;
  wallNoiseShare: number;
  motionNoiseMm: number;
  /** Echo strength of a slipped transducer (oblique skin echo), uniform in this range. */
  slippedStrengthLow: number;
  slippedStrengthHigh: number;
}

/** The population's typical values (what an uncalibrated estimator assumes). */
export const TYPICAL_ECHO_TRAITS: EchoTraits = {
  shapeFactorFull: 2.0,
  emptyFlattening: 3,
  flatteningVolumeMl: 80,
  sittingDiameterFactor: 1.06,
  sittingAnteriorShiftMm: 1.5,
  wallNoiseMm: 1,
  wallNoiseShare: 0.02,
  motionNoiseMm: 3,
  slippedStrengthLow: 25,
  slippedStrengthHigh: 70,
};

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Per-resident spread around the typical values (docs/bladder-simulator.md, "Ultrasound echo"). */
export function drawEchoTraits(rng: Rng): EchoTraits {
  const slippedStrengthLow = Math.round(rng.uniform(15, 40));
  return {
    shapeFactorFull: round3(rng.uniform(1.6, 2.5)),
    emptyFlattening: round3(rng.uniform(2, 4)),
    flatteningVolumeMl: Math.round(rng.uniform(60, 110)),
    sittingDiameterFactor: round3(rng.uniform(1.02, 1.1)),
    sittingAnteriorShiftMm: round3(rng.uniform(0.8, 2.5)),
    wallNoiseMm: round3(rng.uniform(0.6, 1.6)),
    wallNoiseShare: round3(rng.uniform(0.01, 0.03)),
    motionNoiseMm: round3(rng.uniform(2, 4)),
    slippedStrengthLow,
    slippedStrengthHigh: slippedStrengthLow + Math.round(rng.uniform(35, 65)),
  };
}

/** Where the transducer sits on this attachment: a little higher or lower, a little off-centre. */
export interface Placement {
  anteriorOffsetMm: number;
  /** The beam's path through the bladder over its true anteroposterior diameter. */
  diameterScale: number;
  /** Coupling (gel, pressure) relative to the resident's usual echo strength. */
  strengthScale: number;
}

export const CENTRED_PLACEMENT: Placement = { anteriorOffsetMm: 0, diameterScale: 1, strengthScale: 1 };

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

export function drawPlacement(rng: Rng): Placement {
  return {
    anteriorOffsetMm: round3(clamp(rng.normal(0, 1.2), -3, 3)),
    diameterScale: round3(clamp(rng.normal(1, 0.025), 0.93, 1.06)),
    strengthScale: round3(rng.uniform(0.8, 1.1)),
  };
}

/** A partly slipped transducer: still coupled, but the beam crosses the bladder off-centre. */
export interface PartialSlip {
  anteriorShiftMm: number;
  /** Share of the diameter the beam crosses (a chord). */
  chordShare: number;
  /** Share of the attached echo strength that comes back. */
  strengthShare: number;
}

export function drawPartialSlip(rng: Rng): PartialSlip {
  return {
    anteriorShiftMm: round3(rng.uniform(-2, 5)),
    chordShare: round3(rng.uniform(0.55, 0.9)),
    strengthShare: round3(rng.uniform(0.4, 0.6)),
  };
}

export interface EchoInput {
  volumeMl: number;
  posture: Posture;
  moving: boolean;
  contact: SensorContact;
  profile: Pick<ResidentProfile, "skinToBladderMm" | "echoStrengthBase" | "echo">;
  placement?: Placement;
  /** While contact is "partial". */
  partial?: PartialSlip;
}

export interface Echo {
  /** 0.1 mm resolution, as on the wire. 0 = no echo. */
  anteriorMm: number;
  /** 0.1 mm resolution, as on the wire. 0 = no echo. */
  posteriorMm: number;
  /** 0..255, integer. */
  strength: number;
}

export function bladderShapeFactor(volumeMl: number, traits: EchoTraits = TYPICAL_ECHO_TRAITS): number {
  return (
    traits.shapeFactorFull * (1 + traits.emptyFlattening * Math.exp(-volumeMl / traits.flatteningVolumeMl))
  );
}

/** Noise-free anteroposterior inner diameter of the bladder, mm. */
export function apDiameterMm(
  volumeMl: number,
  posture: Posture,
  traits: EchoTraits = TYPICAL_ECHO_TRAITS,
): number {
  if (volumeMl <= 0) return 0;
  const diameterCm = Math.cbrt((6 * volumeMl) / (Math.PI * bladderShapeFactor(volumeMl, traits)));
  return diameterCm * 10 * (posture === "sitting" ? traits.sittingDiameterFactor : 1);
}

const tenths = (mm: number): number => Math.round(mm * 10) / 10;
const clampByte = (value: number): number => Math.max(0, Math.min(255, Math.round(value)));

/** The wall echoes of a coupled transducer; a partial slip sees a chord, weaker and noisier. */
function coupledEcho(input: EchoInput, rng: Rng): Echo {
  const traits = input.profile.echo;
  const placement = input.placement ?? CENTRED_PLACEMENT;
  const partial = input.contact === "partial" ? input.partial : undefined;
  const noiseScale = partial ? 2 : 1;
  const anteriorMotion = input.moving ? (2 * traits.motionNoiseMm) / 3 : 0;
  const shift =
    (input.posture === "sitting" ? -traits.sittingAnteriorShiftMm : 0) +
    placement.anteriorOffsetMm +
    (partial?.anteriorShiftMm ?? 0);
  const anterior = tenths(
    Math.max(5, input.profile.skinToBladderMm + shift + rng.normal(0, 0.5 * noiseScale + anteriorMotion)),
  );
  const diameter =
    apDiameterMm(input.volumeMl, input.posture, traits) *
    placement.diameterScale *
    (partial?.chordShare ?? 1);
  let posterior = 0;
  if (input.volumeMl >= MIN_VOLUME_FOR_POSTERIOR_ECHO_ML) {
    const sd = (traits.wallNoiseMm + traits.wallNoiseShare * diameter) * noiseScale;
    const noise = rng.normal(0, sd + (input.moving ? traits.motionNoiseMm : 0));
    // The wire format requires posterior ≥ anterior; a fluid window is at least a millimetre deep.
    posterior = tenths(Math.max(anterior + 1, anterior + diameter + noise));
  }
  // Deeper targets return weaker echoes; motion smears the echo.
  const depthLoss = 0.3 * Math.max(0, (posterior || anterior) - 60);
  const base = input.profile.echoStrengthBase * placement.strengthScale * (partial?.strengthShare ?? 1);
  const strength = clampByte(base - depthLoss - (input.moving ? 25 : 0) + rng.normal(0, 6));
  return { anteriorMm: anterior, posteriorMm: posterior, strength };
}

/** One noisy reading. Pure given the random cursor. */
export function simulateEcho(input: EchoInput, rng: Rng): Echo {
  const traits = input.profile.echo;
  switch (input.contact) {
    case "attached":
    case "partial":
      return coupledEcho(input, rng);
    case "slipped":
      // Tilted or shifted off the bladder: a weak, oblique anterior echo, the far wall is missed.
      return {
        anteriorMm: tenths(input.profile.skinToBladderMm + rng.uniform(-5, 10)),
        posteriorMm: 0,
        strength: clampByte(rng.uniform(traits.slippedStrengthLow, traits.slippedStrengthHigh)),
      };
    case "lifted":
      // Air between transducer and skin reflects almost everything: no echo from the body at all.
      return { anteriorMm: 0, posteriorMm: 0, strength: clampByte(rng.uniform(0, 15)) };
  }
}
