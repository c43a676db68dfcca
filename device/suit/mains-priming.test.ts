import { describe, expect, it } from "vitest";
import { defaultSuitDspConfig } from "./config.ts";
import { fitLeadModel, mainsLineFrequencies, primeWindowSamples, syntheticPast } from "./mains-priming.ts";
import { noiseBlock } from "./test-noise.ts";

const rate = 2000;
/** 700 µV offset drifting 40 µV/s, 120 µV of 50 Hz at 0.7 rad, 20 µV third harmonic, 5 µV noise. */
function lead(index: number): number {
  const t = index / rate;
  return 700 + 40 * t + 120 * Math.cos(2 * Math.PI * 50 * t + 0.7) + 20 * Math.sin(2 * Math.PI * 150 * t);
}

describe("mains priming", () => {
  it("lists the notch's lines below the band edge, one family or both", () => {
    const config = defaultSuitDspConfig(1000, 1);
    expect(mainsLineFrequencies(config, 50)).toEqual([50, 100, 150]);
    expect(mainsLineFrequencies(config, null)).toEqual([50, 100, 150, 60, 120, 180]);
    expect(mainsLineFrequencies(defaultSuitDspConfig(200, 1), null)).toEqual([50, 60]);
    expect(mainsLineFrequencies({ ...config, notch: { ...config.notch, mode: "off" } }, null)).toEqual([]);
    expect(primeWindowSamples(config, null)).toBe(100);
    expect(primeWindowSamples(config, 50)).toBe(40);
  });

  it("fits level, drift and the mains lines of 100 ms with both families as candidates", () => {
    const config = defaultSuitDspConfig(rate, 1);
    const noise = noiseBlock(200, 5, 3);
    const window = Float64Array.from({ length: 200 }, (_, i) => lead(i) + (noise[i] ?? 0));
    const model = fitLeadModel(window, rate, mainsLineFrequencies(config, null));
    expect(model.levelUv).toBeCloseTo(700, -1);
    const amplitude = (hz: number) => {
      const line = model.lines.find((l) => Math.abs(l.radPerSample - (2 * Math.PI * hz) / rate) < 1e-9);
      return Math.hypot(line?.cosUv ?? 0, line?.sinUv ?? 0);
    };
    expect(amplitude(50)).toBeGreaterThan(115);
    expect(amplitude(50)).toBeLessThan(125);
    expect(amplitude(150)).toBeGreaterThan(17);
    expect(amplitude(60)).toBeLessThan(5);
  });

  it("continues the lead into the past, in phase, at the level it has now", () => {
    const window = Float64Array.from({ length: 80 }, (_, i) => lead(i));
    const model = fitLeadModel(window, rate, [50, 100, 150]);
    const past = syntheticPast(model, 0, 400);
    // What the lead would have been just before the window, drift left out: only the level differs.
    const drift = (k: number) => (40 * k) / rate;
    for (const k of [1, 37, 400]) expect(past[400 - k]).toBeCloseTo(lead(-k) + drift(k), 3);
  });

  it("keeps only the level when the window is too short to fit the lines", () => {
    const model = fitLeadModel(Float64Array.from([5, 6, 7]), rate, [50, 60, 100, 120]);
    expect(model.lines).toEqual([]);
    expect(model.levelUv).toBe(7);
  });
});
