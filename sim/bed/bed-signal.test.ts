import { describe, expect, it } from "vitest";
import { bedSignalBlocks, bedSignalScale } from "./bed-signal.ts";
import { exampleNight as handMadeNight } from "./example-night.ts";
import { bcgWaveform } from "./physiology.ts";

function collect(blockS: number) {
  const scenario = handMadeNight();
  const blocks = [...bedSignalBlocks(scenario, blockS)];
  const samples = new Int16Array(blocks.reduce((n, b) => n + b.samples.length, 0));
  let at = 0;
  for (const block of blocks) {
    samples.set(block.samples, at);
    at += block.samples.length;
  }
  return { scenario, blocks, samples, truth: blocks.flatMap((b) => b.truth) };
}

describe("bedSignalBlocks", () => {
  it("streams the whole night in blocks, with one truth record per second", () => {
    const { blocks, samples, truth } = collect(10);
    expect(blocks).toHaveLength(30);
    expect(samples.length).toBe(300 * 100 * 2);
    expect(truth.map((t) => t.timeS)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it("is deterministic and independent of the block size", () => {
    expect(collect(10).samples).toEqual(collect(7).samples);
  });

  it("shows the body load when occupied and only the offset when empty", () => {
    const { scenario, samples } = collect(10);
    const mean = (from: number, to: number, channel: number) => {
      let sum = 0;
      for (let n = from * 100; n < to * 100; n++) sum += samples[n * 2 + channel] ?? 0;
      return sum / ((to - from) * 100);
    };
    const body = scenario.resident.weightKg * scenario.sensor.countsPerKg;
    const offset = scenario.sensor.offsetCounts;
    expect(Math.abs(mean(2, 18, 0) - (offset[0] ?? 0))).toBeLessThan(50);
    // Lying supine, channel 0 (head + chest) carries 43 % of the body.
    expect(mean(50, 90, 0) - (offset[0] ?? 0)).toBeGreaterThan(0.38 * body);
    expect(mean(50, 90, 0) - (offset[0] ?? 0)).toBeLessThan(0.48 * body);
    expect(Math.abs(mean(250, 290, 1) - (offset[1] ?? 0))).toBeLessThan(100);
    expect(bedSignalScale(scenario)).toEqual({ scale: 1 / 200, offset: 0, unit: "kg" });
  });

  it("gives rates in bed, none when empty, and no breathing rate inside an apnoea", () => {
    const { truth, scenario } = collect(10);
    expect(truth[10]?.heartRateBpm).toBeNull();
    expect(truth[10]?.state).toBe("empty");
    const asleep = truth[80];
    expect(asleep?.state).toBe("asleep");
    expect(asleep?.heartRateBpm).toBeGreaterThan(scenario.resident.restingHeartRateBpm - 20);
    expect(asleep?.breathingRatePerMin).toBeGreaterThan(5);
    expect(truth[115]?.breathingRatePerMin).toBeNull();
    expect(truth[115]?.heartRateBpm).not.toBeNull();
  });
});

describe("bcgWaveform", () => {
  it("peaks with the J wave ~0.1 s after the beat and dips with I and K around it", () => {
    expect(bcgWaveform(0.1)).toBeGreaterThan(0.9);
    expect(bcgWaveform(0.05)).toBeLessThan(-0.4);
    expect(bcgWaveform(0.16)).toBeLessThan(-0.5);
    expect(Math.abs(bcgWaveform(0.6))).toBeLessThan(1e-6);
  });
});
