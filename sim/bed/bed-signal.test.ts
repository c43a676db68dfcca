import { describe, expect, it } from "vitest";
import { Rng } from "../random.ts";
import { bedSignalBlocks, bedSignalScale } from "./bed-signal.ts";
import { Heart } from "./cardiorespiratory.ts";
import { exampleNight as handMadeNight } from "./example-night.ts";
import { BcgTemplate, bcgWaveform } from "./physiology.ts";
import type { NightSegment } from "./scenario.ts";

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

  it("adds a caregiver's or an object's weight, and only part of the body lying at the edge", () => {
    const base = handMadeNight();
    const loaded = handMadeNight();
    loaded.externalLoads = [{ startS: 50, durationS: 40, rampS: 1, kg: 10, zones: [0, 0, 1, 0] }];
    loaded.segments[3] = { ...(loaded.segments[3] as NightSegment), coverage: 0.5 };
    const mean = (scenario: typeof base, from: number, to: number, channel: number) => {
      let sum = 0;
      let n = 0;
      for (const block of bedSignalBlocks(scenario, 10))
        for (let f = 0; f < block.frames; f++) {
          const t = (block.startSample + f) / 100;
          if (t >= from && t < to) {
            sum += block.samples[f * 2 + channel] ?? 0;
            n++;
          }
        }
      return sum / n;
    };
    const body = base.resident.weightKg * base.sensor.countsPerKg;
    // 10 kg on the hips: 2000 counts on channel 1 (hips + legs) minus half of the body's share there.
    const hips = mean(loaded, 60, 85, 1) - mean(base, 60, 85, 1);
    expect(hips).toBeGreaterThan(2000 - 0.5 * 0.57 * body - 150);
    expect(hips).toBeLessThan(2000 - 0.5 * 0.57 * body + 150);
    // Channel 0 (head + chest) sees half of the body only.
    const offset = base.sensor.offsetCounts[0] ?? 0;
    expect((mean(loaded, 60, 85, 0) - offset) / (mean(base, 60, 85, 0) - offset)).toBeCloseTo(0.5, 1);
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

describe("heart-rate variability and beat shape", () => {
  it("jitters beat timing and swings the rate at the Mayer-wave frequency", () => {
    const beats = (jitterS: number, mayerBpm: number) => {
      const heart = new Heart(
        { restingBpm: 60, sleepDropBpm: 0, beatJitterS: jitterS, mayerWaveBpm: mayerBpm, mayerWaveHz: 0.1 },
        () => 0,
      );
      const times: number[] = [];
      const rates: number[] = [];
      for (let n = 0; n < 300 * 250; n++) {
        const ago = heart.step(1 / 250, 0, 0);
        if (ago >= 0) times.push(n / 250 - ago);
        if (n % 25 === 0) rates.push(heart.rateBpm);
      }
      const intervals = times.slice(1).map((t, i) => t - (times[i] ?? 0));
      const diffs = intervals.slice(1).map((x, i) => x - (intervals[i] ?? 0));
      return { rmssd: Math.sqrt(diffs.reduce((s, d) => s + d * d, 0) / diffs.length), rates };
    };
    expect(beats(0, 0).rmssd).toBeLessThan(0.002);
    // A fixed normal source of 0 jitters nothing: use a seeded one.
    const random = Rng.fromSeed(3);
    const heart = new Heart({ restingBpm: 60, sleepDropBpm: 0, beatJitterS: 0.02 }, () => random.normal());
    const times: number[] = [];
    for (let n = 0; n < 300 * 250; n++) {
      const ago = heart.step(1 / 250, 0, 0);
      if (ago >= 0) times.push(n / 250 - ago);
    }
    const intervals = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    const mean = intervals.reduce((s, x) => s + x, 0) / intervals.length;
    const sd = Math.sqrt(intervals.reduce((s, x) => s + (x - mean) ** 2, 0) / intervals.length);
    expect(sd).toBeGreaterThan(0.02);
    expect(sd).toBeLessThan(0.04);
    const { rates } = beats(0, 2);
    // ±2 bpm at 0.1 Hz: the rate (sampled at 10 Hz) swings 4 bpm peak to peak, with a 10-s period.
    expect(Math.max(...rates) - Math.min(...rates)).toBeCloseTo(4, 0);
    const crossings = rates.filter((r, i) => i > 0 && (rates[i - 1] ?? 60) < 60 && r >= 60).length;
    expect(crossings).toBeGreaterThanOrEqual(29);
    expect(crossings).toBeLessThanOrEqual(31);
  });

  it("tabulates each resident's complex: a slower, reshaped beat", () => {
    const textbook = new BcgTemplate();
    const slow = new BcgTemplate(1.2, [1, 0.6, 1, 1.3, 1, 1]);
    for (const t of [0, 0.05, 0.1, 0.16, 0.3]) expect(textbook.at(t)).toBeCloseTo(bcgWaveform(t), 3);
    // The J wave moves from 0.10 s to 0.12 s.
    expect(slow.at(0.12)).toBeGreaterThan(0.85);
    expect(slow.at(0.12)).toBeGreaterThan(slow.at(0.1));
    expect(slow.at(0.12)).toBeGreaterThan(slow.at(0.14));
    expect(slow.at(0.06)).toBeCloseTo(bcgWaveform(0.06, 1.2, [1, 0.6]), 3);
    expect(slow.at(0.6)).toBe(0);
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
