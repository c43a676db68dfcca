// InfluxDB result records (untyped: a missing field is null, tags are strings) turned into the board's
// typed rows. Pure. Field and tag names follow docs/influx-schema.md.
import type { AlertRow, BedEpochRow, BladderFillRow, PredictionRow, StatusRow } from "./board-model.ts";

export type InfluxRecord = Record<string, unknown>;

function text(record: InfluxRecord, name: string): string {
  const value = record[name];
  return typeof value === "string" ? value : "";
}

function numberOrNull(record: InfluxRecord, name: string): number | null {
  const value = record[name];
  if (value === null || value === undefined || value === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The client gives a Date (nanosecond-capable); tests may give epoch ms. */
function timeMs(record: InfluxRecord): number {
  const value = record.time;
  if (value instanceof Date) return value.getTime();
  return typeof value === "number" ? value : Number.NaN;
}

function where(record: InfluxRecord) {
  return { timeMs: timeMs(record), device: text(record, "device"), site: text(record, "site") };
}

export function alertRow(record: InfluxRecord): AlertRow {
  return {
    ...where(record),
    sensor: text(record, "sensor"),
    kind: text(record, "kind"),
    severity: text(record, "severity"),
    state: text(record, "state"),
    alertId: text(record, "alert_id"),
    message: text(record, "message"),
  };
}

export function statusRow(record: InfluxRecord): StatusRow {
  return { ...where(record), state: text(record, "state"), reason: text(record, "reason") };
}

export function bedEpochRow(record: InfluxRecord): BedEpochRow {
  return {
    ...where(record),
    sensor: text(record, "sensor"),
    hrBpm: numberOrNull(record, "hr_bpm"),
    rrPerMin: numberOrNull(record, "rr_per_min"),
    hrQuality: numberOrNull(record, "hr_quality"),
    rrQuality: numberOrNull(record, "rr_quality"),
    occupancy: numberOrNull(record, "occupancy"),
  };
}

export function bladderFillRow(record: InfluxRecord): BladderFillRow {
  return {
    ...where(record),
    sensor: text(record, "sensor"),
    level: numberOrNull(record, "level"),
    volumeMl: numberOrNull(record, "volume_ml"),
  };
}

export function predictionRow(record: InfluxRecord): PredictionRow {
  return {
    ...where(record),
    sensor: text(record, "sensor"),
    minutesUntil: numberOrNull(record, "minutes_until"),
  };
}

/** Rows without a usable time or device cannot be placed on the board. */
export function placeable<T extends { timeMs: number; device: string }>(row: T): boolean {
  return Number.isFinite(row.timeMs) && row.device !== "";
}
