// Simulated wall time to the resident's local clock. Daily routines (sleep, meals) follow local time,
// so the UTC offset of the care facility is part of the simulation input.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface LocalClock {
  /** Minutes east of UTC, e.g. 540 for Japan. */
  utcOffsetMinutes: number;
}

/** Index of the local calendar day (days since 1970-01-01 local). */
export function localDayIndex(clock: LocalClock, simTimeMs: number): number {
  return Math.floor((simTimeMs + clock.utcOffsetMinutes * MINUTE_MS) / DAY_MS);
}

/** Local hour of day in [0, 24). */
export function localHourOfDay(clock: LocalClock, simTimeMs: number): number {
  const local = simTimeMs + clock.utcOffsetMinutes * MINUTE_MS;
  return (((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
}

/** Simulated time at `hour` (may exceed 24 or be negative) of local day `dayIndex`. */
export function atLocalHour(clock: LocalClock, dayIndex: number, hour: number): number {
  return dayIndex * DAY_MS + hour * HOUR_MS - clock.utcOffsetMinutes * MINUTE_MS;
}
