import { describe, expect, it } from "vitest";
import { breathingRateByCounting, peakIndices } from "./breath-counting.ts";

/** Breaths with the given durations (s) at 10 Hz, as half-cosine cycles. */
function breaths(durations: number[]): Float64Array {
  const values: number[] = [];
  for (const d of durations) {
    const n = Math.round(d * 10);
    for (let i = 0; i < n; i++) values.push(-Math.cos((2 * Math.PI * i) / n));
  }
  return Float64Array.from(values);
}

describe("peakIndices", () => {
  it("finds one peak per cycle and ignores ripples below the hysteresis", () => {
    const x = breaths([4, 4, 4]).map((v, n) => v + 0.05 * Math.sin(n * 2.1));
    expect(peakIndices(x, 0, x.length, 0.6)).toHaveLength(3);
  });
});

describe("breathingRateByCounting", () => {
  it("gives the rate of irregular but plausible breathing", () => {
    const durations = [3, 4.5, 3.5, 5, 3.2, 4, 4.8, 3.6];
    const x = breaths(durations);
    const result = breathingRateByCounting([x], new Uint8Array(x.length).fill(1), 10);
    // Each cycle peaks in its middle: peak-to-peak = mean of neighbouring durations.
    const span = durations.reduce((s, d) => s + d, 0) - ((durations[0] ?? 0) + (durations[7] ?? 0)) / 2;
    expect(result?.perMin).toBeCloseTo((60 * (durations.length - 1)) / span, 1);
    expect(result?.cycles).toBe(7);
  });

  it("uses the channel with the most breathing power", () => {
    const strong = breaths([4, 4, 4, 4, 4, 4]);
    const weakNoise = strong.map((_, n) => 0.01 * Math.sin(n * 1.7));
    const result = breathingRateByCounting([weakNoise, strong], new Uint8Array(strong.length).fill(1), 10);
    expect(result?.perMin).toBeCloseTo(15, 1);
  });

  it("returns nothing for chaotic intervals", () => {
    const x = breaths([2, 2, 2, 12, 2, 2, 12, 2]);
    expect(breathingRateByCounting([x], new Uint8Array(x.length).fill(1), 10)).toBeNull();
  });
});
