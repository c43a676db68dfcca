// What the ultrasound transducer on the lower abdomen measures for a given bladder volume.
//
// Geometry: the bladder is an ellipsoid with anteroposterior diameter D (along the beam), width W and
// height H. The clinical ultrasound estimate V = π/6 · W · H · D (the 0.52 ellipsoid formula) with
// W = a·D and H = b·D gives V = k · π/6 · D³, k = a·b. A filling bladder is wider than deep
// (a ≈ 1.6, b ≈ 1.25, k = 2.0); a nearly empty one is a flattened disc, so k grows as V falls:
//   k(V) = 2.0 · (1 + 3·exp(−V / 80 mL))    → D(V) = ∛(6V / (π·k(V)))
// D(V) still increases strictly with V (d/dV of V/k(V) > 0), e.g. 20 mL → 18 mm, 100 mL → 37 mm,
// 300 mL → 65 mm, 500 mL → 78 mm. Sitting pushes the bladder forward and rounds it: anterior wall
// 1.5 mm closer, D × 1.06. Below 10 mL there is no fluid window and no posterior echo.

import type { Rng } from "../random.ts";
import type { Posture } from "./physiology.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export type SensorContact = "attached" | "slipped" | "lifted";

export const BLADDER_SHAPE_K_FULL = 2.0;
const EMPTY_FLATTENING = 3;
const FLATTENING_VOLUME_ML = 80;
export const MIN_VOLUME_FOR_POSTERIOR_ECHO_ML = 10;
const SITTING_DIAMETER_FACTOR = 1.06;
const SITTING_ANTERIOR_SHIFT_MM = -1.5;

export interface EchoInput {
  volumeMl: number;
  posture: Posture;
  moving: boolean;
  contact: SensorContact;
  profile: Pick<ResidentProfile, "skinToBladderMm" | "echoStrengthBase">;
}

export interface Echo {
  /** 0.1 mm resolution, as on the wire. 0 = no echo. */
  anteriorMm: number;
  /** 0.1 mm resolution, as on the wire. 0 = no echo. */
  posteriorMm: number;
  /** 0..255, integer. */
  strength: number;
}

export function bladderShapeFactor(volumeMl: number): number {
  return BLADDER_SHAPE_K_FULL * (1 + EMPTY_FLATTENING * Math.exp(-volumeMl / FLATTENING_VOLUME_ML));
}

/** Noise-free anteroposterior inner diameter of the bladder, mm. */
export function apDiameterMm(volumeMl: number, posture: Posture): number {
  if (volumeMl <= 0) return 0;
  const diameterCm = Math.cbrt((6 * volumeMl) / (Math.PI * bladderShapeFactor(volumeMl)));
  return diameterCm * 10 * (posture === "sitting" ? SITTING_DIAMETER_FACTOR : 1);
}

const tenths = (mm: number): number => Math.round(mm * 10) / 10;
const clampByte = (value: number): number => Math.max(0, Math.min(255, Math.round(value)));

function attachedEcho(input: EchoInput, rng: Rng): Echo {
  const motionMm = input.moving ? 2 : 0;
  const shift = input.posture === "sitting" ? SITTING_ANTERIOR_SHIFT_MM : 0;
  const anterior = tenths(Math.max(5, input.profile.skinToBladderMm + shift + rng.normal(0, 0.5 + motionMm)));
  const diameter = apDiameterMm(input.volumeMl, input.posture);
  let posterior = 0;
  if (input.volumeMl >= MIN_VOLUME_FOR_POSTERIOR_ECHO_ML) {
    const noise = rng.normal(0, 1 + 0.02 * diameter + 1.5 * motionMm);
    // The wire format requires posterior ≥ anterior; a fluid window is at least a millimetre deep.
    posterior = tenths(Math.max(anterior + 1, anterior + diameter + noise));
  }
  // Deeper targets return weaker echoes; motion smears the echo.
  const depthLoss = 0.3 * Math.max(0, (posterior || anterior) - 60);
  const strength = clampByte(
    input.profile.echoStrengthBase - depthLoss - (input.moving ? 25 : 0) + rng.normal(0, 6),
  );
  return { anteriorMm: anterior, posteriorMm: posterior, strength };
}

/** One noisy reading. Pure given the random cursor. */
export function simulateEcho(input: EchoInput, rng: Rng): Echo {
  switch (input.contact) {
    case "attached":
      return attachedEcho(input, rng);
    case "slipped":
      // Tilted or shifted off the bladder: a weak, oblique anterior echo, the far wall is missed.
      return {
        anteriorMm: tenths(input.profile.skinToBladderMm + rng.uniform(-5, 10)),
        posteriorMm: 0,
        strength: clampByte(rng.uniform(25, 70)),
      };
    case "lifted":
      // Air between transducer and skin reflects almost everything: no echo from the body at all.
      return { anteriorMm: 0, posteriorMm: 0, strength: clampByte(rng.uniform(0, 15)) };
  }
}
