import {
  type BladderEcho,
  care,
  decodeBladderEcho,
  FrameType,
  ok,
  type Result,
  rejected,
} from "../../../proto/index.ts";
import { channel } from "../channel.ts";
import type { ObservationDraft, SensorDefinition } from "../sensor-definition.ts";
import { defaultFillSettings, estimateFill, type FillQuality, type FillSettings } from "./fill-estimate.ts";

const QUALITY: Record<FillQuality, care.v1.Quality> = {
  good: care.v1.Quality.QUALITY_GOOD,
  poor: care.v1.Quality.QUALITY_POOR,
  no_contact: care.v1.Quality.QUALITY_NO_CONTACT,
};

function parseFillSettings(raw: unknown): Result<FillSettings> {
  const input = (raw ?? {}) as Record<string, unknown>;
  const settings = { ...defaultFillSettings };
  const errors: string[] = [];
  for (const key of Object.keys(defaultFillSettings) as (keyof FillSettings)[]) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      errors.push(`${key} must be a number ≥ 0`);
    else settings[key] = value;
  }
  const unknown = Object.keys(input).filter((key) => !(key in defaultFillSettings));
  if (unknown.length) errors.push(`unknown bladder settings: ${unknown.join(", ")}`);
  if (settings.capacityMl <= 0) errors.push("capacityMl must be > 0");
  return errors.length ? rejected(errors.join("; ")) : ok(settings);
}

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

export const bladderDefinition: SensorDefinition<BladderEcho, FillSettings> = {
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
  parseSettings: parseFillSettings,
  estimateWindow: (window, settings) =>
    fillObservation(
      window.map((stamped) => stamped.reading),
      settings,
    ),
};
