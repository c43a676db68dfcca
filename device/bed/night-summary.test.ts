import { describe, expect, it } from "vitest";
import { summarizeNight } from "./night-summary.ts";

/** One character per 30-s epoch: "-" empty bed, "W" awake in bed, "S" asleep. */
function night(pattern: string) {
  return [...pattern].map((c) => ({ occupied: c !== "-", asleep: c === "S" }));
}

describe("summarizeNight", () => {
  it("computes time in bed, sleep, efficiency, latency, WASO and awakenings", () => {
    const pattern = `--WWWW${"S".repeat(40)}WWWW${"S".repeat(20)}--------${"S".repeat(20)}WW--`;
    const summary = summarizeNight(night(pattern), 30);
    expect(summary.timeInBedMin).toBe((4 + 40 + 4 + 20 + 20 + 2) / 2);
    expect(summary.totalSleepTimeMin).toBe(40);
    expect(summary.sleepEfficiencyPct).toBeCloseTo((100 * 80) / 90, 6);
    expect(summary.sleepOnsetLatencyMin).toBe(2);
    expect(summary.wakeAfterSleepOnsetMin).toBe(2);
    expect(summary.outOfBedAfterSleepOnsetMin).toBe(4);
    expect(summary.awakenings).toBe(2);
  });

  it("handles a night without sleep", () => {
    const summary = summarizeNight(night("--WWWW--"), 30);
    expect(summary.totalSleepTimeMin).toBe(0);
    expect(summary.sleepOnsetLatencyMin).toBeNull();
    expect(summary.awakenings).toBe(0);
  });

  it("ignores wake shorter than the minimum awakening", () => {
    const summary = summarizeNight(night(`${"S".repeat(20)}W${"S".repeat(20)}`), 30);
    expect(summary.awakenings).toBe(0);
    expect(summary.wakeAfterSleepOnsetMin).toBe(0.5);
  });
});
