import { describe, expect, it } from "vitest";
import { bootstrap, poissonRate, wilson } from "./bed-confidence.ts";

describe("confidence bounds", () => {
  it("Wilson interval matches published values", () => {
    // 57 of 57: the lower bound is 93.7 % (z = 1.96); 8 of 10: 49.0–94.3 %.
    expect(wilson(57, 57).low).toBeCloseTo(0.9369, 3);
    expect(wilson(57, 57).high).toBe(1);
    const eight = wilson(8, 10);
    expect(eight.low).toBeCloseTo(0.4902, 3);
    expect(eight.high).toBeCloseTo(0.9433, 3);
  });

  it("exact Poisson interval matches the chi-square tables", () => {
    // 0 events: upper 3.689 (−ln 0.025); 1 event: 0.0253–5.572; 10 events: 4.795–18.39.
    expect(poissonRate(0, 60).high * 60).toBeCloseTo(3.689, 2);
    expect(poissonRate(0, 60).low).toBe(0);
    expect(poissonRate(1, 1).low).toBeCloseTo(0.0253, 3);
    expect(poissonRate(1, 1).high).toBeCloseTo(5.572, 2);
    expect(poissonRate(10, 2).low * 2).toBeCloseTo(4.795, 2);
    expect(poissonRate(10, 2).high * 2).toBeCloseTo(18.39, 1);
  });

  it("bootstrap bounds bracket the mean and are reproducible", () => {
    const units = Array.from({ length: 40 }, (_, i) => (i % 10) + 1);
    const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const bounds = bootstrap(units, mean);
    expect(bounds.low).toBeLessThan(5.5);
    expect(bounds.high).toBeGreaterThan(5.5);
    expect(bounds.high - bounds.low).toBeLessThan(2.5);
    expect(bootstrap(units, mean)).toEqual(bounds);
  });
});
