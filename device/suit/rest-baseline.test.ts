import { describe, expect, it } from "vitest";
import { RestBaselineTracker } from "./rest-baseline.ts";

describe("RestBaselineTracker", () => {
  it("is not ready before the warm-up", () => {
    const tracker = new RestBaselineTracker(100, 10, 5, 20);
    for (let i = 0; i < 19; i++) tracker.push(5);
    expect(tracker.baseline).toBeNull();
    tracker.push(5);
    expect(tracker.baseline?.levelUv).toBe(5);
  });

  it("stays at the resting level while the muscle works most of the time", () => {
    const tracker = new RestBaselineTracker(2000, 10, 50, 100);
    for (let i = 0; i < 2000; i++) tracker.push(i % 10 < 7 ? 200 : 4 + (i % 3));
    expect(tracker.baseline?.levelUv).toBeGreaterThanOrEqual(4);
    expect(tracker.baseline?.levelUv).toBeLessThanOrEqual(6);
    expect(tracker.baseline?.spreadUv).toBeGreaterThanOrEqual(0);
  });

  it("forgets old history: the baseline follows a change of the resting level", () => {
    const tracker = new RestBaselineTracker(200, 10, 10, 20);
    for (let i = 0; i < 200; i++) tracker.push(3);
    for (let i = 0; i < 200; i++) tracker.push(9);
    expect(tracker.baseline?.levelUv).toBe(9);
  });
});

describe("RestBaselineTracker order statistics", () => {
  it("equals the sorted percentile on shuffled, repeated and skewed values", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const size of [37, 500, 2000]) {
      const tracker = new RestBaselineTracker(size, 10, size, size);
      const values = Array.from({ length: size }, () => Math.round(random() * 50) ** 2 / 7);
      for (const value of values) tracker.push(value);
      const sorted = [...values].sort((a, b) => a - b);
      const at = (p: number) => sorted[Math.min(size - 1, Math.floor((p / 100) * size))] ?? 0;
      expect(tracker.baseline?.levelUv).toBe(at(10));
      expect(tracker.baseline?.spreadUv).toBe(at(10) - at(2.5));
    }
  });
});
