import { describe, expect, it } from "vitest";
import { deviceNowMs, isStale, updateDeviceClocks } from "./status-freshness.ts";

const NOW = 1_800_000_000_000;

describe("updateDeviceClocks", () => {
  it("takes a first status from the past at face value, so a long-silent device is stale at once", () => {
    const clocks = updateDeviceClocks(new Map(), new Map([["bed101", NOW - 3600_000]]), NOW);
    expect(clocks.get("bed101")).toEqual({ statusTimeMs: NOW - 3600_000, seenAtMs: NOW - 3600_000 });
    expect(isStale(clocks.get("bed101"), NOW)).toBe(true);
  });

  it("counts a status stamped in our future (device clock ahead) as heard now", () => {
    const clocks = updateDeviceClocks(new Map(), new Map([["bed101", NOW + 600_000]]), NOW);
    expect(clocks.get("bed101")?.seenAtMs).toBe(NOW);
    expect(isStale(clocks.get("bed101"), NOW + 29_000)).toBe(false);
  });

  it("measures silence on the wall clock: a new status time resets it, the same one does not", () => {
    const behind = NOW - 7200_000;
    const first = updateDeviceClocks(new Map(), new Map([["bed101", behind]]), NOW);
    const newer = updateDeviceClocks(first, new Map([["bed101", behind + 10_000]]), NOW + 1_000);
    expect(newer.get("bed101")).toEqual({ statusTimeMs: behind + 10_000, seenAtMs: NOW + 1_000 });
    const same = updateDeviceClocks(newer, new Map([["bed101", behind + 10_000]]), NOW + 40_000);
    expect(isStale(same.get("bed101"), NOW + 20_000)).toBe(false);
    expect(isStale(same.get("bed101"), NOW + 40_000)).toBe(true);
  });
});

describe("deviceNowMs", () => {
  it("advances the device's last status time by the wall time since we saw it", () => {
    expect(deviceNowMs({ statusTimeMs: 5_000, seenAtMs: NOW }, NOW + 2_000)).toBe(7_000);
    expect(deviceNowMs(undefined, NOW)).toBe(NOW);
  });
});
