import { type BladderEcho, care, decodeBladderEcho, FrameType } from "../../../proto/index.ts";
import { channel } from "../channel.ts";
import type { ObservationDraft, SensorDefinition } from "../sensor-definition.ts";
import { createBladderAnalyzer } from "./bladder-analyzer.ts";
import { type BladderSettings, parseBladderSettings } from "./bladder-settings.ts";
import { estimateFill, type FillQuality, type FillSettings } from "./fill-estimate.ts";

const QUALITY: Record<FillQuality, care.v1.Quality> = {
  good: care.v1.Quality.QUALITY_GOOD,
  poor: care.v1.Quality.QUALITY_POOR,
  no_contact: care.v1.Quality.QUALITY_NO_CONTACT,
};

function fillObservation(
  window: Parameters<typeof estimateFill>[0],
  settings: FillSettings,
): ObservationDraft {
  const estimate = estimateFill(window, settings);
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

export const bladderDefinition: SensorDefinition<BladderEcho, BladderSettings> = {
  kind: "bladder",
  protoKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
  frameType: FrameType.bladderEcho,
  decode: decodeBladderEcho,
  ticksMs: (echo) => echo.ticksMs,
  stream: "bladder_echo",
  channels: [
    channel("anterior_mm", "mm", 0.1, (echo) => echo.anteriorMm),
    channel("posterior_mm", "mm", 0.1, (echo) => echo.posteriorMm),
    channel("strength", "raw", 1, (echo) => echo.strength),
    channel("moving", "bool", 1, (echo) => (echo.moving ? 1 : 0)),
    channel("battery_pct", "%", 1, (echo) => echo.batteryPct),
  ],
  defaultWindowMs: 5 * 60_000,
  parseSettings: parseBladderSettings,
  estimateWindow: (window, settings) =>
    fillObservation(
      window.map((stamped) => stamped.reading),
      settings,
    ),
  createAnalyzer: createBladderAnalyzer,
};
