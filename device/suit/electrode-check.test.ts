import { describe, expect, it } from "vitest";
import { defaultSuitDspConfig } from "./config.ts";
import type { ElectrodeEvent, HopSignalStats } from "./electrode-check.ts";
import { ElectrodeCheck } from "./electrode-check.ts";

const config = defaultSuitDspConfig(1000, 1).electrode;
const live: HopSignalStats = {
  rawMin: -40,
  rawMax: 45,
  railSamples: 0,
  samples: 10,
  mainsUv: 20,
  bandUv: 60,
};
const flat: HopSignalStats = { rawMin: 812, rawMax: 812, railSamples: 0, samples: 10, mainsUv: 0, bandUv: 0 };
const rail: HopSignalStats = {
  rawMin: 32767,
  rawMax: 32767,
  railSamples: 10,
  samples: 10,
  mainsUv: 0,
  bandUv: 0,
};
const floating: HopSignalStats = {
  rawMin: -9000,
  rawMax: 9000,
  railSamples: 0,
  samples: 10,
  mainsUv: 2800,
  bandUv: 3000,
};
const strongContraction: HopSignalStats = {
  rawMin: -6000,
  rawMax: 6000,
  railSamples: 0,
  samples: 10,
  mainsUv: 150,
  bandUv: 1400,
};

function run(sequence: HopSignalStats[]) {
  const check = new ElectrodeCheck(0, config, 10);
  const events: ElectrodeEvent[] = [];
  const suppressed: boolean[] = [];
  sequence.forEach((stats, hop) => {
    const event = check.step(hop * 10, hop * 10 + 10, stats);
    if (event) events.push(event);
    suppressed.push(check.suppressed(hop * 10 + 10));
  });
  return { events, suppressed };
}

const hops = (stats: HopSignalStats, count: number) => Array.from({ length: count }, () => stats);

describe("ElectrodeCheck", () => {
  it.each([
    ["flat", flat],
    ["saturated", rail],
    ["noisy", floating],
  ] as const)(
    "declares a %s lead off after the confirmation time, and on again after it clears",
    (fault, stats) => {
      const { events } = run([...hops(live, 50), ...hops(stats, 100), ...hops(live, 100)]);
      expect(events.map((e) => e.state)).toEqual(["off", "on"]);
      expect(events[0]?.fault).toBe(fault);
      expect(events[0]?.atMs).toBeGreaterThanOrEqual(500);
      expect(events[0]?.atMs).toBeLessThanOrEqual(550);
      expect(events[0]?.detectedAtMs).toBeLessThanOrEqual(500 + config.confirmMs + config.flatWindowMs + 20);
      // "On" dates from the first clean hop; the noisy test is smoothed over ~100 ms, so it may lag a little.
      expect(events[1]?.atMs).toBeGreaterThanOrEqual(1500);
      expect(events[1]?.atMs).toBeLessThanOrEqual(1750);
    },
  );

  it("suppresses onsets from the first rail sample and through the blanking after re-attachment", () => {
    const { suppressed } = run([...hops(live, 50), ...hops(rail, 100), ...hops(live, 150)]);
    expect(suppressed[49]).toBe(false);
    expect(suppressed[50]).toBe(true);
    const onAgainHop = 150 + config.clearMs / 10;
    expect(suppressed[onAgainHop + config.blankingMs / 10 - 2]).toBe(true);
    expect(suppressed[299]).toBe(false);
  });

  it("leaves a live lead alone, even during a very strong contraction", () => {
    const { events, suppressed } = run([
      ...hops(live, 50),
      ...hops(strongContraction, 100),
      ...hops(live, 50),
    ]);
    expect(events).toEqual([]);
    expect(suppressed.every((s) => !s)).toBe(true);
  });
});
