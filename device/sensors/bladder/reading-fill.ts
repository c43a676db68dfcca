// The fill estimate of one reading, corrected for posture, with its measurement variance.
// Noise model of the wall gap (the simulator's echo model, docs/bladder-simulator.md; re-measure it on
// a real sensor): σ_D = 1 mm + 2 % of D, plus 3 mm while the sensor feels motion. The volume variance
// is σ_D² · (dV/dD)², dV/dD taken numerically over ±0.5 mm.
import type { BladderSettings } from "./bladder-settings.ts";
import { type EchoInput, volumeFromDiameterMl, wallGapMm } from "./fill-estimate.ts";
import type { Posture } from "./posture-tracker.ts";

const DIAMETER_NOISE_MM = 1;
const DIAMETER_NOISE_SHARE = 0.02;
const MOVING_NOISE_MM = 3;
/** No fluid window: the volume is below the smallest a posterior echo shows, about 10 mL. */
const EMPTY_VARIANCE_ML2 = 10 ** 2;

export interface ReadingFill {
  volumeMl: number;
  varianceMl2: number;
  /** dV/d(ln D): how the volume moves with the seat scale (fill-trend.ts). */
  seatSlopeMl: number;
  /** Posture- and seat-corrected wall gap, mm. */
  diameterMm: number;
}

/** The wall gap as it would read lying, the posture the geometry is calibrated for. */
export function lyingDiameterMm(
  echo: EchoInput,
  posture: Posture,
  settings: Pick<BladderSettings, "sittingDiameterFactor">,
): number {
  const gap = wallGapMm(echo);
  return posture === "sitting" ? gap / settings.sittingDiameterFactor : gap;
}

/**
 * Volume and variance of a usable echo (check isUsableEcho first), read as lying and with this
 * attachment's seat scale (ln, fill-trend.ts) taken out.
 */
export function readingFill(
  echo: EchoInput & { moving: boolean },
  posture: Posture,
  settings: BladderSettings,
  seatScale = 0,
): ReadingFill {
  const diameterMm = lyingDiameterMm(echo, posture, settings) / Math.exp(seatScale);
  if (diameterMm <= 0) return { volumeMl: 0, varianceMl2: EMPTY_VARIANCE_ML2, seatSlopeMl: 0, diameterMm: 0 };
  const volumeMl = volumeFromDiameterMl(diameterMm, settings);
  const slope =
    volumeFromDiameterMl(diameterMm + 0.5, settings) -
    volumeFromDiameterMl(Math.max(0, diameterMm - 0.5), settings);
  const sigmaD = DIAMETER_NOISE_MM + DIAMETER_NOISE_SHARE * diameterMm + (echo.moving ? MOVING_NOISE_MM : 0);
  // A 1 mL² floor keeps the variance of a nearly empty bladder above zero.
  return { volumeMl, varianceMl2: (sigmaD * slope) ** 2 + 1, seatSlopeMl: diameterMm * slope, diameterMm };
}
