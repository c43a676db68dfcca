import { describe, expect, it } from "vitest";
import { bedSignalBlocks, exampleNight, type TruthSecond } from "../../sim/bed/index.ts";
import { BedAnalyzer } from "./bed-analyzer.ts";
import type { BedEpoch } from "./epoch-estimator.ts";
import type { BedEvent } from "./occupancy-detector.ts";

function analyse(sampleRateHz: number) {
  const scenario = exampleNight();
  scenario.sensor = { ...scenario.sensor, sampleRateHz };
  const analyzer = BedAnalyzer.create({ sampleRateHz, channels: scenario.sensor.channels });
  if (!analyzer.ok) throw new Error(analyzer.reason);
  const epochs: BedEpoch[] = [];
  const events: BedEvent[] = [];
  const truth: TruthSecond[] = [];
  for (const block of bedSignalBlocks(scenario, 10)) {
    const output = analyzer.value.push(block.samples);
    epochs.push(...output.epochs);
    events.push(...output.events);
    truth.push(...block.truth);
  }
  return { epochs, events, truth };
}

describe("BedAnalyzer.create", () => {
  it("reports every configuration error at once", () => {
    const result = BedAnalyzer.create({ sampleRateHz: 20, channels: 5, epochS: 7 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/sampleRateHz 20/);
      expect(result.reason).toMatch(/channels 5/);
      expect(result.reason).toMatch(/epochS 7/);
    }
  });
});

describe("BedAnalyzer on the example night", () => {
  it.each([50, 100, 333, 1000])("at %i Hz: events on time, vitals close to truth", (rate) => {
    const { epochs, events, truth } = analyse(rate);
    expect(epochs).toHaveLength(10);
    const kinds = events.map((e) => e.kind);
    expect(kinds).toEqual(["return", "no_breathing", "breathing_resumed", "sit_up", "bed_exit"]);
    const at = (kind: string) => events.find((e) => e.kind === kind)?.timeS ?? Number.NaN;
    expect(at("return") - 21).toBeLessThan(2);
    expect(at("no_breathing")).toBeGreaterThan(115);
    expect(at("no_breathing")).toBeLessThan(130);
    expect(at("sit_up") - 202).toBeLessThan(2);
    expect(at("bed_exit") - 210.75).toBeGreaterThan(0);
    expect(at("bed_exit") - 210.75).toBeLessThan(2);
    expect(epochs[0]?.occupied).toBe(false);
    expect(epochs[0]?.heartRateQuality).toBe("no_contact");
    for (const e of [2, 4, 5]) {
      const epoch = epochs[e];
      const seconds = truth.slice(e * 30, e * 30 + 30);
      const trueHeart = seconds.reduce((s, t) => s + (t.heartRateBpm ?? 0), 0) / 30;
      expect(epoch?.heartRateQuality).toBe("good");
      expect(Math.abs((epoch?.heartRateBpm ?? 0) - trueHeart)).toBeLessThan(2);
    }
    expect(epochs[9]?.occupied).toBe(false);
  });
});
