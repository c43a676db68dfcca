import { describe, expect, it } from "vitest";
import { scoreBedSleep, scoreBedSleepMovementOnly } from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import { fixtureEpoch } from "./epoch-fixture.ts";
import {
  bedActivityCounts,
  bedCountsPerMovement,
  outOfBedCounts,
  periodicMovementsPerEpoch,
} from "./movement-counts.ts";
import type { MovementBurst } from "./periodic-movements.ts";

const epoch = (index: number, occupied: boolean, movements: number, bursts: MovementBurst[] = []): BedEpoch =>
  fixtureEpoch({
    startS: index * 30,
    occupancy: occupied ? 1 : 0,
    occupied,
    movementIndex: movements,
    movementBursts: movements,
    bursts,
  });

/** Epochs in bed (or empty where `empty`), with 2-s movements at the given times (s). */
function night(
  epochs: number,
  movementTimes: readonly number[],
  empty: (i: number) => boolean = () => false,
) {
  return Array.from({ length: epochs }, (_, i) => {
    const times = movementTimes.filter((t) => t >= i * 30 && t < (i + 1) * 30);
    return epoch(
      i,
      !empty(i),
      times.length,
      times.map((startS) => ({ startS, durationS: 2 })),
    );
  });
}

/** Restless lying from `fromS` to `toS`: movements at irregular gaps of 4–40 s. */
function restless(fromS: number, toS: number): number[] {
  const gaps = [7, 31, 12, 4, 26, 9, 40, 15, 5, 22];
  const times: number[] = [];
  for (let t = fromS, k = 0; t < toS; t += gaps[k++ % gaps.length] ?? 10) times.push(t);
  return times;
}

describe("bed sleep/wake from movement only (actigraphy)", () => {
  it("counts movements per epoch, and an empty bed as heavy activity", () => {
    expect(bedActivityCounts([epoch(0, true, 0), epoch(1, true, 2), epoch(2, false, 0)])).toEqual([
      0,
      2 * bedCountsPerMovement,
      outOfBedCounts,
    ]);
  });

  it("scores quiet lying as sleep, restless lying and an empty bed as wake", () => {
    const asleep = scoreBedSleepMovementOnly(
      night(110, restless(50 * 30, 70 * 30), (i) => i < 10),
      30,
    );
    expect(asleep.slice(0, 10).some(Boolean)).toBe(false);
    expect(asleep.slice(30, 44).every(Boolean)).toBe(true); // the window sees 2 min ahead
    expect(asleep.slice(50, 70).some(Boolean)).toBe(false);
    expect(asleep.slice(90).every(Boolean)).toBe(true);
  });

  it("does not count a regular series of leg movements (PLMS) as wake", () => {
    // One short movement every 26–32 s for 10 min: periodic, so no activity; restlessness with as
    // many movements at irregular times is wake.
    const series = Array.from({ length: 20 }, (_, k) => 600 + k * 30 + (k % 3) * 2);
    expect(periodicMovementsPerEpoch(night(60, series)).reduce((a, b) => a + b, 0)).toBe(20);
    expect(scoreBedSleepMovementOnly(night(60, series), 30).every(Boolean)).toBe(true);
    const fidgets = restless(600, 1200);
    expect(periodicMovementsPerEpoch(night(60, fidgets)).reduce((a, b) => a + b, 0)).toBe(0);
    expect(scoreBedSleepMovementOnly(night(60, fidgets), 30).slice(25, 40).some(Boolean)).toBe(false);
  });
});

/** A synthetic night, one letter per 30-s epoch: "-" empty, "N" NREM-like, "R" REM-like, "W" awake. */
function physiologicalNight(pattern: string): BedEpoch[] {
  const regular = [4, 4.1, 3.9, 4, 4.05, 3.95, 4];
  const irregular = [3, 5.2, 2.6, 4.8, 3.4, 5.6, 2.9];
  return [...pattern].map((c, i) => {
    const awake = c === "W";
    // Awake: a movement every other epoch; heart rate 6 bpm above the sleeping level.
    const moving = awake && i % 2 === 0;
    return fixtureEpoch({
      startS: i * 30,
      occupancy: c === "-" ? 0 : 1,
      occupied: c !== "-",
      heartRateBpm: c === "-" ? null : awake ? 64 : 58 + (i % 3),
      breathIntervalsS: c === "-" ? [] : c === "N" ? regular : irregular,
      movementBursts: moving ? 1 : 0,
      bursts: moving ? [{ startS: i * 30 + 5 + (i % 7), durationS: 2 }] : [],
    });
  });
}

describe("bed sleep/wake from movement, breathing and heart rate", () => {
  const pattern = `${"-".repeat(10)}${"W".repeat(20)}${"N".repeat(200)}${"W".repeat(12)}${"N".repeat(200)}${"R".repeat(50)}${"N".repeat(60)}`;
  const night = physiologicalNight(pattern);
  const asleep = scoreBedSleep(night, 30);
  const share = (from: number, to: number) => asleep.slice(from, to).filter(Boolean).length / (to - from);

  it("scores an empty bed and restless lying with irregular breathing as wake, regular breathing as sleep", () => {
    expect(share(0, 10)).toBe(0);
    expect(share(12, 28)).toBeLessThan(0.2);
    expect(share(60, 220)).toBe(1);
    expect(share(232, 240)).toBeLessThan(0.2);
    expect(share(260, 430)).toBe(1);
  });

  it("keeps the middle of a long still stretch of irregular breathing asleep (REM looks like that)", () => {
    // Its first and last minutes look like the start and end of an awakening and are often scored wake.
    expect(share(455, 478)).toBeGreaterThan(0.8);
  });

  it("finds an awakening with a movement every other epoch, which movement alone scores as sleep", () => {
    const movementOnly = scoreBedSleepMovementOnly(night, 30);
    expect(movementOnly.slice(230, 242).every(Boolean)).toBe(true);
    expect(share(230, 242)).toBe(0);
  });
});
