// Per-resident settings of the bladder sensor: fill geometry (fill-estimate.ts) plus the prediction,
// alert and detection parameters. One schema gives the type, the defaults and the validation.
import { ok, type Result, rejected } from "../../../proto/index.ts";
import { defaultFillSettings, type FillSettings } from "./fill-estimate.ts";

export interface PredictionSettings {
  /** "Toilet soon" is raised when the predicted time to the threshold falls to this many minutes. */
  leadTimeMin: number;
  /** A fixed personal threshold (mL). 0 = learn it from this resident's voids. */
  thresholdMl: number;
  /** Starting threshold while learning, as a share of capacityMl, until the first void is seen. */
  initialThresholdShare: number;
  /** The facility's time zone (minutes east of UTC), for the hour-of-day production profile. */
  utcOffsetMinutes: number;
  /** Sitting pushes the bladder towards the transducer by this much (calibration; 0 disables). */
  sittingAnteriorShiftMm: number;
  /** Sitting rounds the bladder: the measured diameter is this factor larger (calibration; 1 disables). */
  sittingDiameterFactor: number;
  /** A void is a fall of at least this many mL … */
  voidMinDropMl: number;
  /** … and at least this share of the volume before it. */
  voidMinDropShare: number;
  /** Predictions (and the trend observation) are published at most once per this many ms. */
  predictionIntervalMs: number;
  /** A notice from the learned model needs at least this chance of being useful (notice-odds.ts). */
  noticeMinProbability: number;
  /** Notices in one filling cycle: a later one only after the earlier one lapsed with no void. */
  noticesPerCycle: number;
}

export type BladderSettings = FillSettings & PredictionSettings;

export const defaultPredictionSettings: PredictionSettings = {
  leadTimeMin: 20,
  thresholdMl: 0,
  initialThresholdShare: 0.7,
  utcOffsetMinutes: 0,
  sittingAnteriorShiftMm: 1.5,
  sittingDiameterFactor: 1.06,
  voidMinDropMl: 50,
  voidMinDropShare: 0.4,
  predictionIntervalMs: 60_000,
  noticeMinProbability: 0.6,
  noticesPerCycle: 2,
};

export const defaultBladderSettings: BladderSettings = {
  ...defaultFillSettings,
  ...defaultPredictionSettings,
};

type Range = { min: number; max: number; integer?: boolean };

const RANGES: Record<keyof BladderSettings, Range> = {
  capacityMl: { min: 50, max: 2000 },
  shapeFactor: { min: 0.1, max: 10 },
  emptyFlattening: { min: 0, max: 20 },
  flatteningMl: { min: 1, max: 1000 },
  minStrength: { min: 0, max: 255 },
  minUsableShare: { min: 0, max: 1 },
  leadTimeMin: { min: 1, max: 240 },
  thresholdMl: { min: 0, max: 2000 },
  initialThresholdShare: { min: 0.1, max: 1 },
  utcOffsetMinutes: { min: -720, max: 840, integer: true },
  sittingAnteriorShiftMm: { min: 0, max: 20 },
  sittingDiameterFactor: { min: 0.5, max: 2 },
  voidMinDropMl: { min: 5, max: 1000 },
  voidMinDropShare: { min: 0.05, max: 0.95 },
  predictionIntervalMs: { min: 0, max: 3_600_000 },
  noticeMinProbability: { min: 0, max: 1 },
  noticesPerCycle: { min: 1, max: 5, integer: true },
};

function rangeError(key: string, value: unknown, range: Range): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return `${key} must be a number`;
  if (range.integer && !Number.isInteger(value)) return `${key} must be an integer`;
  if (value < range.min || value > range.max) return `${key} must be in ${range.min}..${range.max}`;
  return null;
}

/** Validates raw settings from the agent config; every error is reported at once. */
export function parseBladderSettings(raw: unknown): Result<BladderSettings> {
  if (raw !== undefined && raw !== null && (typeof raw !== "object" || Array.isArray(raw))) {
    return rejected("bladder settings must be an object");
  }
  const input = (raw ?? {}) as Record<string, unknown>;
  const settings: BladderSettings = { ...defaultBladderSettings };
  const errors: string[] = [];
  for (const key of Object.keys(RANGES) as (keyof BladderSettings)[]) {
    const value = input[key];
    if (value === undefined) continue;
    const error = rangeError(key, value, RANGES[key]);
    if (error) errors.push(error);
    else settings[key] = value as number;
  }
  const unknown = Object.keys(input).filter((key) => !(key in RANGES));
  if (unknown.length) errors.push(`unknown bladder settings: ${unknown.join(", ")}`);
  return errors.length ? rejected(errors.join("; ")) : ok(settings);
}

/** The threshold to start from: the fixed one, or the learning start. */
export function startingThresholdMl(settings: BladderSettings): number {
  return settings.thresholdMl > 0
    ? settings.thresholdMl
    : settings.initialThresholdShare * settings.capacityMl;
}
