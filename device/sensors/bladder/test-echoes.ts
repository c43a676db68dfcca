// Synthetic echoes for the bladder unit tests: noise-free walls for a given volume and posture,
// following the same geometry the estimator inverts (fill-estimate.ts).
import { defaultBladderSettings } from "./bladder-settings.ts";
import { diameterFromVolumeMm } from "./fill-estimate.ts";

export const LYING_ANTERIOR_MM = 35;

export interface TestEcho {
  anteriorMm: number;
  posteriorMm: number;
  strength: number;
  moving: boolean;
}

export function echoFor(
  volumeMl: number,
  posture: "lying" | "sitting" = "sitting",
  moving = false,
): TestEcho {
  const sitting = posture === "sitting";
  const anteriorMm = LYING_ANTERIOR_MM - (sitting ? defaultBladderSettings.sittingAnteriorShiftMm : 0);
  const diameter =
    diameterFromVolumeMm(volumeMl, defaultBladderSettings) *
    (sitting ? defaultBladderSettings.sittingDiameterFactor : 1);
  const round = (mm: number) => Math.round(mm * 10) / 10;
  return { anteriorMm: round(anteriorMm), posteriorMm: round(anteriorMm + diameter), strength: 200, moving };
}

/** A slipped transducer: weak oblique echo, no far wall. */
export const slippedEcho: TestEcho = { anteriorMm: 38, posteriorMm: 0, strength: 45, moving: false };
/** Lifted off the skin: no echo at all. */
export const liftedEcho: TestEcho = { anteriorMm: 0, posteriorMm: 0, strength: 8, moving: false };
