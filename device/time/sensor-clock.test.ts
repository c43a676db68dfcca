import { describe, expect, it } from "vitest";
import { initialSensorClock, mapSensorTicks, type SensorClockState } from "./sensor-clock.ts";

function mapAll(
  readings: [number, number][],
  toleranceMs = 1000,
): { state: SensorClockState; times: number[] } {
  let state = initialSensorClock;
  const times: number[] = [];
  for (const [ticks, arrival] of readings) {
    const [next, wall] = mapSensorTicks(state, ticks, arrival, toleranceMs);
    state = next;
    times.push(wall);
  }
  return { state, times };
}

describe("mapSensorTicks", () => {
  it("stamps readings from sensor ticks, not from jittery arrival times", () => {
    const { times } = mapAll([
      [1000, 10_050],
      [2000, 11_020],
      [3000, 12_090],
    ]);
    // The second reading shows the smallest delay, so the offset settles at 9020.
    expect(times).toEqual([10_050, 11_020, 12_020]);
  });

  it("unwraps the 32-bit tick counter", () => {
    const top = 2 ** 32 - 500;
    const { times, state } = mapAll([
      [top, 1_000_000],
      [500, 1_001_000],
    ]);
    expect(times[1]).toBe(1_001_000);
    expect(state.wraps).toBe(1);
    expect(state.reanchors).toBe(0);
  });

  it("re-anchors when the sensor reboots or a reading is late beyond tolerance", () => {
    const { times, state } = mapAll([
      [50_000, 100_000],
      [51_000, 101_000],
      [200, 102_000],
      [1200, 108_000],
    ]);
    expect(times[2]).toBe(102_000);
    expect(times[3]).toBe(108_000);
    expect(state.reanchors).toBe(2);
  });
});
