import { describe, expect, it } from "vitest";
import {
  bedActivityCounts,
  bedCountsPerMovement,
  outOfBedCounts,
  periodicMovementsPerEpoch,
  scoreBedSleep,
} from "./bed-sleep.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import { fixtureEpoch } from "./epoch-fixture.ts";
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

describe("bed sleep/wake", () => {
  it("counts movements per epoch, and an empty bed as heavy activity", () => {
    expect(bedActivityCounts([epoch(0, true, 0), epoch(1, true, 2), epoch(2, false, 0)])).toEqual([
      0,
      2 * bedCountsPerMovement,
      outOfBedCounts,
    ]);
  });

  it("scores quiet lying as sleep, restless lying and an empty bed as wake", () => {
    const asleep = scoreBedSleep(
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
    expect(scoreBedSleep(night(60, series), 30).every(Boolean)).toBe(true);
    const fidgets = restless(600, 1200);
    expect(periodicMovementsPerEpoch(night(60, fidgets)).reduce((a, b) => a + b, 0)).toBe(0);
    expect(scoreBedSleep(night(60, fidgets), 30).slice(25, 40).some(Boolean)).toBe(false);
  });
});
