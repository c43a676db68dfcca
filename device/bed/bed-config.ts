// Configuration of the bed-sensor estimators: one schema gives the type, the defaults and the checks.
import { ok, type Result, rejected } from "../../proto/result.ts";

export interface BedAnalyzerConfig {
  /** Input sampling rate, 50–1000 Hz. */
  sampleRateHz: number;
  /** Load channels, 1–4, ordered from head to foot. */
  channels: number;
  /** Epoch for heart rate, breathing rate, movement and sleep/wake; 10–60 s and a divisor of 60. */
  epochS: number;
  /** How long without a breath (in bed, lying still) before "no breathing" fires. */
  noBreathingS: number;
  /**
   * How many of the first channels lie under the upper body (head and chest). Sitting up moves load
   * off them. Default: 1 for 1–3 channels, 2 for 4 (the simulator's layouts).
   */
  upperChannels: number;
  /** Empty-bed reading per channel from an installation calibration; else learnt at start. */
  emptyBaseline: number[] | null;
  /** For recordings without an empty-bed stretch (e.g. short lab files): treat the bed as occupied. */
  assumeOccupied: boolean;
}

export const analysisRateHz = 50;
/** Event detectors decide every hop: 10 samples at 50 Hz. */
export const hopSamples = 10;
export const hopS = hopSamples / analysisRateHz;
/** Breathing is analysed at 10 Hz (every 5th analysis sample, averaged). */
export const breathingRateHz = 10;

export type BedAnalyzerOptions = Pick<BedAnalyzerConfig, "sampleRateHz" | "channels"> &
  Partial<Omit<BedAnalyzerConfig, "sampleRateHz" | "channels">>;

export function bedAnalyzerConfig(options: BedAnalyzerOptions): Result<BedAnalyzerConfig> {
  const config: BedAnalyzerConfig = {
    epochS: 30,
    noBreathingS: 20,
    upperChannels: options.channels >= 4 ? 2 : 1,
    emptyBaseline: null,
    assumeOccupied: false,
    ...options,
  };
  const errors: string[] = [];
  if (!(config.sampleRateHz >= 50 && config.sampleRateHz <= 1000)) {
    errors.push(`sampleRateHz ${config.sampleRateHz} outside 50–1000`);
  }
  if (!Number.isInteger(config.channels) || config.channels < 1 || config.channels > 4) {
    errors.push(`channels ${config.channels} outside 1–4`);
  }
  if (!(config.epochS >= 10 && config.epochS <= 60 && Number.isInteger(60 / config.epochS))) {
    errors.push(`epochS ${config.epochS} must be 10–60 s and divide 60`);
  }
  if (!(config.noBreathingS >= 5 && config.noBreathingS <= 120)) {
    errors.push(`noBreathingS ${config.noBreathingS} outside 5–120`);
  }
  if (!(config.upperChannels >= 1 && config.upperChannels <= config.channels)) {
    errors.push(`upperChannels ${config.upperChannels} outside 1–${config.channels}`);
  }
  if (config.emptyBaseline && config.emptyBaseline.length !== config.channels) {
    errors.push("emptyBaseline needs one value per channel");
  }
  return errors.length > 0 ? rejected(errors.join("; ")) : ok(config);
}

/**
 * The estimators decide "somebody is on the bed" above a fixed count (occupancyThresholds.minOccupiedLoad:
 * 1000 counts, 5 kg at the simulator's 200 counts/kg) and judge everything else relative to the learnt body
 * load. Scaling the input by this gain puts that fixed count at `minOccupiedKg` for a sensor with
 * `countsPerKg` counts per kg (1 for a recording in kg); the filters are linear, so nothing else changes.
 */
export function occupancyGain(countsPerKg: number, minOccupiedKg = 5): number {
  return minOccupiedLoadCounts / (minOccupiedKg * countsPerKg);
}

/** Must equal occupancyThresholds.minOccupiedLoad (kept here so the config has no import cycle). */
export const minOccupiedLoadCounts = 1000;
