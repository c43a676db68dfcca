import { describe, expect, it } from "vitest";
import { fixtureEpoch } from "./epoch-fixture.ts";
import { quantile, sleepMeasureRules, sleepMeasures } from "./sleep-measures.ts";

/** 30-s epochs in bed: heart rate and breath intervals as given, no movement. */
const epoch = (i: number, heartRateBpm: number | null, breathIntervalsS: number[]) =>
  fixtureEpoch({ startS: i * 30, heartRateBpm, breathIntervalsS });

const regular = [4, 4.1, 3.9, 4, 4.05, 3.95, 4];
const irregular = [3, 5.2, 2.6, 4.8, 3.4, 5.6, 2.9];

describe("sleepMeasures", () => {
  it("measures breathing irregularity as the log CV of the breath intervals pooled over ±1 min", () => {
    const night = Array.from({ length: 20 }, (_, i) => epoch(i, 60, i >= 10 ? irregular : regular));
    const measures = sleepMeasures(night, 30, 7200);
    const cv = (xs: number[]) => {
      const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length) / mean;
    };
    expect(measures[3]?.[1]).toBeCloseTo(
      Math.log(cv([...regular, ...regular, ...regular, ...regular, ...regular])),
      6,
    );
    expect(measures[15]?.[1]).toBeCloseTo(Math.log(cv(Array(5).fill(irregular).flat())), 6);
    expect(measures[15]?.[1] ?? 0).toBeGreaterThan((measures[3]?.[1] ?? 0) + 1.5);
  });

  it("takes the breathing as unknown (a fixed middling variability) when too few breaths were counted", () => {
    const night = Array.from({ length: 10 }, (_, i) => epoch(i, 60, i === 5 ? [4] : []));
    expect(sleepMeasures(night, 30, 0)[5]?.[1]).toBeCloseTo(Math.log(sleepMeasureRules.missingBreathCv), 9);
  });

  it("measures the heart rate above the resident's sleeping baseline (10th percentile of the last 2 h)", () => {
    // Two hours at 55–64 bpm (baseline ≈ 56), then ten minutes at 70 bpm.
    const night = Array.from({ length: 260 }, (_, i) => epoch(i, i < 240 ? 55 + (i % 10) : 70, regular));
    const measures = sleepMeasures(night, 30, 0);
    const baseline = quantile(
      night.slice(250 - 240, 251).map((e) => e.heartRateBpm ?? 0),
      0.1,
    );
    expect(measures[250]?.[2]).toBeCloseTo(70 - baseline, 6);
    expect(measures[100]?.[2] ?? 99).toBeLessThan(6);
    // The spread: SD of the heart rate over ±90 s.
    expect(measures[255]?.[3]).toBe(0);
    expect(measures[100]?.[3] ?? 0).toBeGreaterThan(2);
  });

  it("counts movements through Cole–Kripke: quiet epochs score 0, an empty bed the most", () => {
    const night = Array.from({ length: 20 }, (_, i) =>
      fixtureEpoch({ startS: i * 30, occupied: i < 15, movementBursts: i === 5 ? 3 : 0, bursts: [] }),
    );
    const activity = sleepMeasures(night, 30, 0).map((m) => m[0]);
    expect(activity[0]).toBe(0);
    expect(activity[5] ?? 0).toBeGreaterThan(1);
    expect(activity[18] ?? 0).toBeGreaterThan(activity[5] ?? 0);
  });
});
