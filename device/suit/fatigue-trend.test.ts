import { describe, expect, it } from "vitest";
import { FatigueTrendTracker } from "./fatigue-trend.ts";

describe("FatigueTrendTracker", () => {
  it("fits the slope of the median frequency in Hz per minute", () => {
    const tracker = new FatigueTrendTracker(2, 20);
    for (let k = 0; k < 120; k++) tracker.add(k * 1000, 100 - 0.5 * (k / 60) * 60 + (k % 2 === 0 ? 1 : -1));
    const trend = tracker.trend;
    expect(trend.channel).toBe(2);
    expect(trend.windows).toBe(120);
    expect(trend.slopeHzPerMin).toBeCloseTo(-30, 0);
    expect(trend.slopePctPerMin).toBeCloseTo(-30, 0);
    expect(trend.endHz).toBeLessThan(trend.startHz);
  });

  it("reports NaN until it has enough windows, and skips non-finite values", () => {
    const tracker = new FatigueTrendTracker(0, 20);
    for (let k = 0; k < 19; k++) tracker.add(k * 1000, 90);
    tracker.add(20000, Number.NaN);
    expect(tracker.trend.slopeHzPerMin).toBeNaN();
    tracker.add(21000, 90);
    expect(tracker.trend.slopeHzPerMin).toBeCloseTo(0, 9);
  });
});
