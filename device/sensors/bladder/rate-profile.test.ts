import { describe, expect, it } from "vitest";
import {
  initialRateProfile,
  localHourOf,
  observeLevel,
  priorRate,
  type RateProfile,
} from "./rate-profile.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function hourOfLevels(profile: RateProfile, startMs: number, rate: number, interruptAt = -1): RateProfile {
  let next = profile;
  for (let m = 0; m < 60; m++) {
    next = observeLevel(
      next,
      { timeMs: startMs + m * MINUTE, levelMl: 100 + rate * m, interrupted: m === interruptAt },
      0,
    );
  }
  return next;
}

describe("rate profile", () => {
  it("learns an hour's production once the hour is over", () => {
    let profile = hourOfLevels(initialRateProfile(), 10 * HOUR, 1.5);
    expect(priorRate(profile, 10 * HOUR, 0)).toBeCloseTo(1);
    profile = observeLevel(profile, { timeMs: 11 * HOUR, levelMl: 200, interrupted: false }, 0);
    expect(priorRate(profile, 10 * HOUR + 24 * HOUR, 0)).toBeCloseTo(1.5, 5);
    expect(profile.counts[10]).toBe(1);
  });

  it("learns the production across a void from the rise on either side of it", () => {
    // Rising 1.5 mL/min, a void at minute 30 restarts the level at 20 mL, then rising 1.5 mL/min again.
    let profile = initialRateProfile();
    for (let m = 0; m < 60; m++) {
      const levelMl = m < 30 ? 100 + 1.5 * m : 20 + 1.5 * (m - 30);
      profile = observeLevel(profile, { timeMs: 10 * HOUR + m * MINUTE, levelMl, interrupted: m === 30 }, 0);
    }
    profile = observeLevel(profile, { timeMs: 11 * HOUR, levelMl: 65, interrupted: false }, 0);
    expect(profile.counts[10]).toBe(1);
    expect(priorRate(profile, 10 * HOUR, 0)).toBeCloseTo(1.5, 5);
  });

  it("learns nothing from an hour with less than 30 minutes of readings", () => {
    let profile = initialRateProfile();
    for (let m = 0; m < 60; m++) {
      const levelMl = m < 40 ? null : 100 + 1.5 * m;
      profile = observeLevel(profile, { timeMs: 10 * HOUR + m * MINUTE, levelMl, interrupted: m < 40 }, 0);
    }
    profile = observeLevel(profile, { timeMs: 11 * HOUR, levelMl: 200, interrupted: false }, 0);
    expect(profile.counts[10]).toBe(0);
    expect(priorRate(profile, 10 * HOUR, 0)).toBeCloseTo(1);
  });

  it("bins by the facility's local hour", () => {
    expect(localHourOf(0, 540)).toBe(9);
    expect(localHourOf(20 * HOUR, 540)).toBe(5);
    expect(localHourOf(2 * HOUR, -300)).toBe(21);
  });
});
