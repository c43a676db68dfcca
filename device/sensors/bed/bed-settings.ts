// Per-bed settings (the agent config's "settings" of a bed sensor): scale, occupancy threshold,
// estimator options, alerts and the end-of-night rule. One declaration of defaults and checks;
// every problem is reported at once.
import type { Result } from "../../../proto/index.ts";
import { occupancyGain } from "../../bed/bed-config.ts";
import { numberWithin, parseCheckedSettings, type SettingCheck } from "../checked-settings.ts";

export type BedAlertKind = "bed_exit" | "no_breathing";
export const BED_ALERT_KINDS: readonly BedAlertKind[] = ["bed_exit", "no_breathing"];

export interface BedSettings {
  /** Sensor counts per kg of load: 200 for the simulator's load cells; a 10-bit Firmata input is coarser. */
  countsPerKg: number;
  /** Load (kg above the empty bed) that means somebody got on the bed, before the body load is learnt. */
  minOccupiedKg: number;
  /** Epoch of heart rate, breathing, movement and sleep/wake: 10–60 s, a divisor of 60. */
  epochS: number;
  /** Seconds without a breath (in bed, still) before "no breathing". */
  noBreathingS: number;
  /** Channels under the upper body (head and chest); null = the estimators' default for the channel count. */
  upperChannels: number | null;
  /** Empty-bed reading of each channel in counts, from an installation calibration; null = learnt at start. */
  emptyBaselineCounts: number[] | null;
  /** Which events raise alerts (and drive a bedside alarm). */
  alertKinds: BedAlertKind[];
  /** The night is over (summary sent) when the bed stays empty this long … */
  nightEndEmptyMin: number;
  /** … after at least this much time in bed; shorter stays (a nap, sitting on the bed) are no night. */
  minNightInBedMin: number;
  /** Lost samples up to this long are bridged by holding the last value; a longer loss restarts analysis. */
  maxBridgedGapS: number;
  /** Publish the raw load as SampleBatches (to InfluxDB's shorter "raw" retention policy). */
  publishRaw: boolean;
  /** Signal per raw batch. */
  rawBatchS: number;
}

export const defaultBedSettings: BedSettings = {
  countsPerKg: 200,
  minOccupiedKg: 5,
  epochS: 30,
  noBreathingS: 20,
  upperChannels: null,
  emptyBaselineCounts: null,
  alertKinds: [...BED_ALERT_KINDS],
  nightEndEmptyMin: 20,
  minNightInBedMin: 60,
  maxBridgedGapS: 10,
  publishRaw: true,
  rawBatchS: 1,
};

const checks: Record<keyof BedSettings, SettingCheck> = {
  countsPerKg: numberWithin(0.01, 100_000),
  minOccupiedKg: numberWithin(0.5, 100),
  epochS: (value) =>
    typeof value === "number" && value >= 10 && value <= 60 && Number.isInteger(60 / value)
      ? null
      : "must be 10–60 s and divide 60",
  noBreathingS: numberWithin(5, 120),
  upperChannels: (value) =>
    value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 4)
      ? null
      : "must be null or 1–4",
  emptyBaselineCounts: (value) =>
    value === null ||
    (Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= 4 &&
      value.every((v) => typeof v === "number" && Number.isFinite(v)))
      ? null
      : "must be null or 1–4 numbers",
  alertKinds: (value) =>
    Array.isArray(value) && value.every((kind) => BED_ALERT_KINDS.includes(kind as BedAlertKind))
      ? null
      : `must list some of ${BED_ALERT_KINDS.join(", ")}`,
  nightEndEmptyMin: numberWithin(1, 24 * 60),
  minNightInBedMin: numberWithin(1, 24 * 60),
  maxBridgedGapS: numberWithin(0, 60),
  publishRaw: (value) => (typeof value === "boolean" ? null : "must be true or false"),
  rawBatchS: numberWithin(0.1, 10),
};

export function parseBedSettings(raw: unknown): Result<BedSettings> {
  return parseCheckedSettings("bed", raw, defaultBedSettings, checks);
}

/** Input gain that puts the estimators' fixed occupancy count at `minOccupiedKg` (see occupancyGain). */
export function analyzerGain(settings: Pick<BedSettings, "countsPerKg" | "minOccupiedKg">): number {
  return occupancyGain(settings.countsPerKg, settings.minOccupiedKg);
}
