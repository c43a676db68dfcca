// This resident's urine production by hour of day: the prior the filling-rate filter falls back to
// (after a void, a detachment, at start) and relaxes towards. Meals, tea rounds and sleep follow the
// facility's routine, so the hourly production repeats from day to day.
//
// Learning rule: for each local hour, the volume gained from the first to the last reading of that
// hour (filter levels, so noise is already smoothed) divided by the minutes between them, when the
// hour had no void, no detachment and at least 30 minutes of readings. Each such hour updates its bin
// by an exponential average with weight 1/(n+1) for the first three days and 0.3 after that.
// Pure: observeLevel(profile, input, utcOffsetMinutes) → profile.

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const MIN_COVERED_MS = 30 * MINUTE_MS;
const LATE_WEIGHT = 0.3;
const MAX_RATE = 10;

export interface RateProfile {
  /** mL/min per local hour 0..23. */
  rates: readonly number[];
  /** Hours learned per bin. */
  counts: readonly number[];
  /** The hour being measured: its first level and the latest one. */
  current: HourSpan | null;
}

interface HourSpan {
  hourIndex: number;
  /** A void or detachment fell in this hour: it teaches nothing. */
  spoiled: boolean;
  firstMs: number;
  firstMl: number;
  lastMs: number;
  lastMl: number;
}

/** 0.6 mL/min ≈ 0.86 L/day of basal production: typical of older adults before drinks. */
export const DEFAULT_RATE_ML_PER_MIN = 0.6;

export function initialRateProfile(defaultRate = DEFAULT_RATE_ML_PER_MIN): RateProfile {
  return {
    rates: new Array<number>(24).fill(defaultRate),
    counts: new Array<number>(24).fill(0),
    current: null,
  };
}

export const hourIndexOf = (timeMs: number, utcOffsetMinutes: number): number =>
  Math.floor((timeMs + utcOffsetMinutes * MINUTE_MS) / HOUR_MS);

export const localHourOf = (timeMs: number, utcOffsetMinutes: number): number =>
  ((hourIndexOf(timeMs, utcOffsetMinutes) % 24) + 24) % 24;

export function priorRate(profile: RateProfile, timeMs: number, utcOffsetMinutes: number): number {
  return profile.rates[localHourOf(timeMs, utcOffsetMinutes)] ?? DEFAULT_RATE_ML_PER_MIN;
}

function learnHour(profile: RateProfile, utcOffsetMinutes: number): RateProfile {
  const hour = profile.current;
  if (!hour || hour.spoiled || hour.lastMs - hour.firstMs < MIN_COVERED_MS) return profile;
  const rate = Math.max(
    0,
    Math.min(MAX_RATE, (hour.lastMl - hour.firstMl) / ((hour.lastMs - hour.firstMs) / MINUTE_MS)),
  );
  const bin = localHourOf(hour.firstMs, utcOffsetMinutes);
  const count = profile.counts[bin] ?? 0;
  const weight = count < 3 ? 1 / (count + 1) : LATE_WEIGHT;
  const rates = [...profile.rates];
  const counts = [...profile.counts];
  rates[bin] = (rates[bin] ?? rate) * (1 - weight) + rate * weight;
  counts[bin] = count + 1;
  return { ...profile, rates, counts };
}

export interface LevelInput {
  timeMs: number;
  /** The filter's volume level; null when there is no trusted level (detached). */
  levelMl: number | null;
  /** A void or a detachment happened: the hour cannot be used. */
  interrupted: boolean;
}

export function observeLevel(profile: RateProfile, input: LevelInput, utcOffsetMinutes: number): RateProfile {
  const hourIndex = hourIndexOf(input.timeMs, utcOffsetMinutes);
  let next = profile;
  if (next.current && next.current.hourIndex !== hourIndex) {
    next = { ...learnHour(next, utcOffsetMinutes), current: null };
  }
  const current = next.current;
  if (input.interrupted || input.levelMl === null) {
    const spoiled = {
      hourIndex,
      spoiled: true,
      firstMs: input.timeMs,
      firstMl: 0,
      lastMs: input.timeMs,
      lastMl: 0,
    };
    return { ...next, current: spoiled };
  }
  if (current === null) {
    const span = {
      hourIndex,
      spoiled: false,
      firstMs: input.timeMs,
      firstMl: input.levelMl,
      lastMs: input.timeMs,
      lastMl: input.levelMl,
    };
    return { ...next, current: span };
  }
  if (current.spoiled) return next;
  return { ...next, current: { ...current, lastMs: input.timeMs, lastMl: input.levelMl } };
}
