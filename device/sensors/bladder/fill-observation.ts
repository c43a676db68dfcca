// The per-window `bladder_fill` observation: the median wall gap of the window's usable readings, read
// through the bladder geometry (fill-estimate.ts).
import { care } from "../../../proto/index.ts";
import type { ObservationDraft } from "../sensor-definition.ts";
import {
  type EchoInput,
  estimateFill,
  type FillQuality,
  type FillSettings,
  wallGapMm,
} from "./fill-estimate.ts";

const QUALITY: Record<FillQuality, care.v1.Quality> = {
  good: care.v1.Quality.QUALITY_GOOD,
  poor: care.v1.Quality.QUALITY_POOR,
  no_contact: care.v1.Quality.QUALITY_NO_CONTACT,
};

/** `gapOf` gives a reading's wall gap as it would read lying, the posture the geometry is calibrated for. */
export function fillObservation<Echo extends EchoInput>(
  window: readonly Echo[],
  settings: FillSettings,
  gapOf: (echo: Echo) => number = wallGapMm,
): ObservationDraft {
  const estimate = estimateFill(window, settings, gapOf);
  const fields = [
    { name: "usable_readings", value: estimate.usableReadings, unit: "count" },
    { name: "readings", value: estimate.totalReadings, unit: "count" },
  ];
  if (estimate.volumeMl !== null && estimate.level !== null) {
    fields.push(
      { name: "volume_ml", value: estimate.volumeMl, unit: "mL" },
      { name: "level", value: estimate.level, unit: "level" },
    );
  }
  return { name: "bladder_fill", fields, quality: QUALITY[estimate.quality] };
}
