// The suit's per-sensor settings (config "settings" and, partly, runtime commands): one declaration of
// defaults and validation; every problem is reported at once.
import type { Result } from "../../../proto/index.ts";
import { numberWithin, parseCheckedSettings, type SettingCheck } from "../checked-settings.ts";

export type SuitNotch = 50 | 60 | "auto" | "off";

export interface SuitSettings {
  /** Publish raw EMG as SampleBatches (≈ 6 KB per 250 ms at 2 kHz × 8 channels): evaluators switch it on. */
  publishRaw: boolean;
  /** Sample time per raw batch. */
  rawBatchMs: number;
  /** One "suit_envelope" observation per this much signal. */
  envelopeWindowMs: number;
  /** µV per ADC count of the suit's amplifier. */
  uvPerCount: number;
  notch: SuitNotch;
  /** Electrode sites by channel (field names in InfluxDB); default ch1, ch2, … */
  channelNames: string[];
}

export const defaultSuitSettings: SuitSettings = {
  publishRaw: false,
  rawBatchMs: 250,
  envelopeWindowMs: 250,
  uvPerCount: 0.25,
  notch: "auto",
  channelNames: [],
};

/** Short identifiers, so that "<name>_fatigue_pct_per_min" stays a valid InfluxDB field name. */
const CHANNEL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,23}$/;

const checks: Record<keyof SuitSettings, SettingCheck> = {
  publishRaw: (value) => (typeof value === "boolean" ? null : "must be true or false"),
  rawBatchMs: numberWithin(20, 5000),
  envelopeWindowMs: numberWithin(100, 10_000),
  uvPerCount: numberWithin(1e-6, 1000),
  notch: (value) =>
    [50, 60, "auto", "off"].includes(value as SuitNotch) ? null : "must be 50, 60, auto or off",
  channelNames: (value) =>
    Array.isArray(value) &&
    value.length <= 16 &&
    value.every((name) => typeof name === "string" && CHANNEL_NAME.test(name))
      ? new Set(value).size === value.length
        ? null
        : "must not repeat a name"
      : `must be up to 16 names matching ${CHANNEL_NAME}`,
};

export function parseSuitSettings(raw: unknown): Result<SuitSettings> {
  return parseCheckedSettings("suit", raw, defaultSuitSettings, checks);
}

/** Channel c's name: configured, or "ch<c+1>". */
export function channelName(settings: SuitSettings, channel: number): string {
  return settings.channelNames[channel] ?? `ch${channel + 1}`;
}
