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

  it("re-anchors when the sensor reboots", () => {
    const { times, state } = mapAll([
      [50_000, 100_000],
      [51_000, 101_000],
      [200, 102_000],
      [1200, 103_000],
    ]);
    expect(times.slice(2)).toEqual([102_000, 103_000]);
    expect(state.reanchors).toBe(1);
  });

  it("keeps the mapping through a stalled link but follows a wall-clock jump", () => {
    const stalled = mapAll([
      [0, 10_000],
      [1000, 11_000],
      [2000, 19_000],
      [3000, 13_000],
    ]);
    expect(stalled.times).toEqual([10_000, 11_000, 12_000, 13_000]);
    expect(stalled.state.reanchors).toBe(0);
    const jumped = mapAll(
      Array.from({ length: 8 }, (_, i): [number, number] => [
        i * 1000,
        i < 2 ? 10_000 + i * 1000 : 70_000 + i * 1000,
      ]),
    );
    expect(jumped.state.reanchors).toBe(1);
    expect(jumped.times[7]).toBe(77_000);
  });

  it("keeps the mapping when a stalled event loop delivers a backlog of late readings at once", () => {
    // Readings 2…8 queue up during an 8 s stall and arrive together; reading 9 is on time again.
    const burst = mapAll(
      Array.from({ length: 10 }, (_, i): [number, number] => [
        i * 1000,
        i >= 2 && i <= 8 ? 19_000 : 10_000 + i * 1000,
      ]),
    );
    expect(burst.state.reanchors).toBe(0);
    expect(burst.times).toEqual(Array.from({ length: 10 }, (_, i) => 10_000 + i * 1000));
  });
});
