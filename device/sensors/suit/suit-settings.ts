// The suit's per-sensor settings (config "settings" and, partly, runtime commands): one declaration of
// defaults and validation; every problem is reported at once.
import { type Result, rejected } from "../../../proto/index.ts";
import type { IntentGroup } from "../../suit/index.ts";
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
  /**
   * Movement-intention groups by channel name: an intention is the first onset in a group after the group
   * was quiet. Empty: one group "any" of all channels.
   */
  intentGroups: NamedIntentGroup[];
}

export interface NamedIntentGroup {
  name: string;
  channels: string[];
}

export const defaultSuitSettings: SuitSettings = {
  publishRaw: false,
  rawBatchMs: 250,
  envelopeWindowMs: 250,
  uvPerCount: 0.25,
  notch: "auto",
  channelNames: [],
  intentGroups: [],
};

/** Short identifiers, so that "<name>_fatigue_pct_per_min" stays a valid InfluxDB field name. */
const CHANNEL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,23}$/;

const MAX_CHANNELS = 16;
const MAX_INTENT_GROUPS = 8;

const isName = (value: unknown): value is string => typeof value === "string" && CHANNEL_NAME.test(value);

function checkIntentGroups(value: unknown): string | null {
  const shape = `must be up to ${MAX_INTENT_GROUPS} groups {"name", "channels": [channel names]}`;
  if (!Array.isArray(value) || value.length > MAX_INTENT_GROUPS) return shape;
  for (const group of value as unknown[]) {
    if (typeof group !== "object" || group === null) return shape;
    const { name, channels, ...rest } = group as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || !isName(name)) return `${shape}; names match ${CHANNEL_NAME}`;
    if (!Array.isArray(channels) || channels.length === 0 || !channels.every(isName))
      return `group "${name}" needs one or more channel names`;
    if (new Set(channels).size !== channels.length) return `group "${name}" repeats a channel`;
  }
  return new Set(value.map((group) => (group as NamedIntentGroup).name)).size === value.length
    ? null
    : "must not repeat a group name";
}

const checks: Record<keyof SuitSettings, SettingCheck> = {
  publishRaw: (value) => (typeof value === "boolean" ? null : "must be true or false"),
  rawBatchMs: numberWithin(20, 5000),
  envelopeWindowMs: numberWithin(100, 10_000),
  uvPerCount: numberWithin(1e-6, 1000),
  notch: (value) =>
    [50, 60, "auto", "off"].includes(value as SuitNotch) ? null : "must be 50, 60, auto or off",
  channelNames: (value) =>
    Array.isArray(value) && value.length <= MAX_CHANNELS && value.every(isName)
      ? new Set(value).size === value.length
        ? null
        : "must not repeat a name"
      : `must be up to ${MAX_CHANNELS} names matching ${CHANNEL_NAME}`,
  intentGroups: checkIntentGroups,
};

/** Channel names an intention group may use: the configured ones, or ch1 … ch16 when none are. */
function knownChannelNames(settings: SuitSettings): Set<string> {
  const count = settings.channelNames.length > 0 ? settings.channelNames.length : MAX_CHANNELS;
  return new Set(Array.from({ length: count }, (_, c) => channelName(settings, c)));
}

export function parseSuitSettings(raw: unknown): Result<SuitSettings> {
  const parsed = parseCheckedSettings("suit", raw, defaultSuitSettings, checks);
  if (!parsed.ok) return parsed;
  const known = knownChannelNames(parsed.value);
  const unknown = parsed.value.intentGroups.flatMap((group) =>
    group.channels.filter((name) => !known.has(name)).map((name) => `"${name}" (group "${group.name}")`),
  );
  return unknown.length === 0
    ? parsed
    : rejected(`intentGroups name channels that are not in channelNames: ${unknown.join(", ")}`);
}

/**
 * The configured groups as channel indices of a stream with `channelCount` channels. Names the stream does
 * not have (a suit with fewer channels than configured) are left out and counted; a group left empty goes.
 */
export function resolveIntentGroups(
  settings: SuitSettings,
  channelCount: number,
): { groups: IntentGroup[]; missing: number } {
  const indexOf = new Map(Array.from({ length: channelCount }, (_, c) => [channelName(settings, c), c]));
  let missing = 0;
  const groups = settings.intentGroups.flatMap((group) => {
    const channels = group.channels.flatMap((name) => {
      const index = indexOf.get(name);
      if (index === undefined) missing++;
      return index === undefined ? [] : [index];
    });
    return channels.length > 0 ? [{ name: group.name, channels }] : [];
  });
  return { groups, missing };
}

/** Channel c's name: configured, or "ch<c+1>". */
export function channelName(settings: SuitSettings, channel: number): string {
  return settings.channelNames[channel] ?? `ch${channel + 1}`;
}
