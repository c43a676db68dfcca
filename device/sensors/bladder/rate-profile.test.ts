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
    expect(priorRate(profile, 10 * HOUR, 0)).toBeCloseTo(0.6);
    profile = observeLevel(profile, { timeMs: 11 * HOUR, levelMl: 200, interrupted: false }, 0);
    expect(priorRate(profile, 10 * HOUR + 24 * HOUR, 0)).toBeCloseTo(1.5, 5);
    expect(profile.counts[10]).toBe(1);
  });

  it("learns nothing from an hour with a void or a detachment", () => {
    let profile = hourOfLevels(initialRateProfile(), 10 * HOUR, 1.5, 30);
    profile = observeLevel(profile, { timeMs: 11 * HOUR, levelMl: 200, interrupted: false }, 0);
    expect(profile.counts[10]).toBe(0);
    expect(priorRate(profile, 10 * HOUR, 0)).toBeCloseTo(0.6);
  });

  it("bins by the facility's local hour", () => {
    expect(localHourOf(0, 540)).toBe(9);
    expect(localHourOf(20 * HOUR, 540)).toBe(5);
    expect(localHourOf(2 * HOUR, -300)).toBe(21);
  });
});
