// This resident's urine production by hour of day: the prior the filling-rate filter falls back to
// (after a void, a detachment, at start) and relaxes towards. Meals, tea rounds and sleep follow the
// facility's routine, so the hourly production repeats from day to day.
//
// Learning rule: for each local hour, the level gained between consecutive trusted readings (filter
// levels, so noise is already smoothed), summed, over the minutes those pairs cover. A void, a jump or
// a detachment breaks the chain of pairs but does not spoil the hour: production goes on through a
// void, and leaving out every hour with a void would leave out the hours of high production in which
// voids come, biasing the profile low. An hour with at least 30 covered minutes updates its bin by an
// exponential average with weight 1/(n+1) for the first three days and 0.3 after that.
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
  /** The hour being measured. */
  current: HourSpan | null;
}

interface HourSpan {
  hourIndex: number;
  /** Level gained over the covered pairs of readings, mL, and the minutes they cover. */
  gainedMl: number;
  coveredMs: number;
  /** The last trusted level, to pair with the next one; null after a break. */
  last: { timeMs: number; levelMl: number } | null;
}

/**
 * 1 mL/min ≈ 1.4 L/day: a usual daily urine output of older adults with their drinks (1–2 L/day),
 * the starting prior for every hour until the resident's own production is learned.
 */
export const DEFAULT_RATE_ML_PER_MIN = 1;

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

function learnHour(profile: RateProfile): RateProfile {
  const hour = profile.current;
  if (!hour || hour.coveredMs < MIN_COVERED_MS) return profile;
  const rate = Math.max(0, Math.min(MAX_RATE, hour.gainedMl / (hour.coveredMs / MINUTE_MS)));
  const bin = ((hour.hourIndex % 24) + 24) % 24;
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
  /** A void, a jump or a detachment came before this level: it does not pair with the last one. */
  interrupted: boolean;
}

export function observeLevel(profile: RateProfile, input: LevelInput, utcOffsetMinutes: number): RateProfile {
  const hourIndex = hourIndexOf(input.timeMs, utcOffsetMinutes);
  let next = profile;
  let span = next.current;
  if (span && span.hourIndex !== hourIndex) {
    // The pair across the hour boundary counts for the new hour.
    next = learnHour(next);
    span = { hourIndex, gainedMl: 0, coveredMs: 0, last: span.last };
  }
  span ??= { hourIndex, gainedMl: 0, coveredMs: 0, last: null };
  const { levelMl } = input;
  if (input.interrupted || levelMl === null) {
    const last = levelMl === null ? null : { timeMs: input.timeMs, levelMl };
    return { ...next, current: { ...span, last } };
  }
  const last = { timeMs: input.timeMs, levelMl };
  if (span.last === null) return { ...next, current: { ...span, last } };
  const current = {
    hourIndex,
    gainedMl: span.gainedMl + levelMl - span.last.levelMl,
    coveredMs: span.coveredMs + input.timeMs - span.last.timeMs,
    last,
  };
  return { ...next, current };
}
