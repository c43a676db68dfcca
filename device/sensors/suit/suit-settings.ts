// The suit's per-sensor settings (config "settings" and, partly, runtime commands): one declaration of
// defaults and validation; every problem is reported at once.
import { ok, type Result, rejected } from "../../../proto/index.ts";

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

type Check = (value: unknown) => string | null;

const numberWithin =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max
      ? null
      : `must be a number within ${min}–${max}`;

const checks: Record<keyof SuitSettings, Check> = {
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
  const input = (raw ?? {}) as Record<string, unknown>;
  if (typeof input !== "object" || Array.isArray(input)) return rejected("suit settings must be an object");
  const errors: string[] = [];
  const settings: Record<string, unknown> = { ...defaultSuitSettings };
  for (const [key, value] of Object.entries(input)) {
    const check = checks[key as keyof SuitSettings];
    if (!check) {
      errors.push(`unknown suit setting ${key}`);
      continue;
    }
    const problem = check(value);
    if (problem) errors.push(`${key} ${problem}`);
    else settings[key] = value;
  }
  return errors.length ? rejected(errors.join("; ")) : ok(settings as unknown as SuitSettings);
}

/** Channel c's name: configured, or "ch<c+1>". */
export function channelName(settings: SuitSettings, channel: number): string {
  return settings.channelNames[channel] ?? `ch${channel + 1}`;
}
