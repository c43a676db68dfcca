import { describe, expect, it } from "vitest";
import { Rng } from "../../sim/bed/index.ts";
import { pooledAutocorrelation, strongestPeriod } from "./autocorrelation.ts";

const sine = (length: number, period: number, phase = 0) =>
  Float64Array.from({ length }, (_, n) => Math.sin((2 * Math.PI * n) / period + phase));
const allValid = (length: number) => new Uint8Array(length).fill(1);

describe("pooledAutocorrelation + strongestPeriod", () => {
  it("finds a sine's period to a fraction of a sample", () => {
    const x = sine(1000, 37.3);
    const { r } = pooledAutocorrelation([x], allValid(1000), 20, 60);
    const peak = strongestPeriod(r, 20);
    expect(peak?.lag).toBeCloseTo(37.3, 0);
    expect(Math.abs((peak?.lag ?? 0) - 37.3)).toBeLessThan(0.2);
    expect(peak?.strength).toBeGreaterThan(0.9);
  });

  it("ignores masked samples: a huge artefact inside a gap changes nothing", () => {
    const x = sine(1000, 40);
    const valid = allValid(1000);
    for (let n = 400; n < 500; n++) {
      x[n] = 1000 * Math.sin(n);
      valid[n] = 0;
    }
    const { r, validSamples } = pooledAutocorrelation([x], valid, 20, 60);
    expect(validSamples).toBe(900);
    expect(strongestPeriod(r, 20)?.lag).toBeCloseTo(40, 0);
  });

  it("pools channels of opposite polarity", () => {
    const a = sine(800, 30);
    const b = sine(800, 30, Math.PI);
    const { r } = pooledAutocorrelation([a, b], allValid(800), 15, 50);
    expect(strongestPeriod(r, 15)?.lag).toBeCloseTo(30, 0);
  });

  it("prefers the fundamental when a peak at half the lag is nearly as strong", () => {
    // Peaks at 20 (0.85) and 40 (0.9): the signal repeats every 20.
    const r = Float64Array.from({ length: 41 }, (_, i) => {
      const lag = i + 10;
      return 0.85 * Math.exp(-(((lag - 20) / 2) ** 2)) + 0.9 * Math.exp(-(((lag - 40) / 2) ** 2));
    });
    expect(strongestPeriod(r, 10)?.lag).toBeCloseTo(20, 1);
  });

  it("reports weak periodicity for noise", () => {
    const random = Rng.fromSeed(3);
    const x = Float64Array.from({ length: 1500 }, () => random.next() - 0.5);
    const { r } = pooledAutocorrelation([x], allValid(1500), 20, 75);
    expect(strongestPeriod(r, 20)?.strength ?? 0).toBeLessThan(0.15);
  });
});
