import { describe, expect, it } from "vitest";
import { bedActivityCounts, outOfBedCounts, scoreBedSleep } from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";

const epoch = (occupied: boolean, movementIndex: number): BedEpoch => ({
  startS: 0,
  durationS: 30,
  occupancy: occupied ? 1 : 0,
  occupied,
  sitting: 0,
  heartRateBpm: null,
  heartRateQuality: "poor",
  breathingRatePerMin: null,
  breathingQuality: "poor",
  movementIndex,
  movingShare: 0,
});

describe("bed sleep/wake", () => {
  it("maps the movement index to counts with a square root, and an empty bed to heavy activity", () => {
    expect(bedActivityCounts(epoch(true, 0))).toBe(0);
    expect(bedActivityCounts(epoch(true, 4))).toBeCloseTo(2 * bedActivityCounts(epoch(true, 1)), 9);
    expect(bedActivityCounts(epoch(false, 0))).toBe(outOfBedCounts);
  });

  it("scores quiet lying as sleep, restless lying and an empty bed as wake", () => {
    const night = [
      ...Array.from({ length: 10 }, () => epoch(false, 0)),
      ...Array.from({ length: 40 }, () => epoch(true, 0)),
      ...Array.from({ length: 20 }, () => epoch(true, 9)),
      ...Array.from({ length: 40 }, () => epoch(true, 0)),
    ];
    const asleep = scoreBedSleep(night, 30);
    expect(asleep.slice(0, 10).some(Boolean)).toBe(false);
    expect(asleep.slice(30, 44).every(Boolean)).toBe(true); // the window sees 2 min ahead
    expect(asleep.slice(50, 70).some(Boolean)).toBe(false);
    expect(asleep.slice(90).every(Boolean)).toBe(true);
  });
});
