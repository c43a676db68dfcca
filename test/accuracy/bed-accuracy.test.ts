// Regression guard for the bed estimators: three short simulated nights must stay near the targets
// that `npm run accuracy -- bed` measures on twenty full nights (see docs/bed-estimators.md).
import { beforeAll, describe, expect, it } from "vitest";
import { runNight } from "./bed-night-run.ts";
import { scoreNight } from "./bed-score.ts";
import { summarizeScores } from "./bed-summary.ts";

describe("bed estimators on short simulated nights", () => {
  let figures: Record<string, number> = {};
  beforeAll(() => {
    const scores = [
      { seed: 101, channels: 1, sampleRateHz: 100 },
      { seed: 102, channels: 2, sampleRateHz: 200 },
      { seed: 103, channels: 4, sampleRateHz: 100 },
    ].map((night) => scoreNight(runNight({ ...night, durationS: 3 * 3600, wrist: true })));
    figures = Object.fromEntries(summarizeScores(scores));
  });

  it("measures heart and breathing rate within the targets, with coverage", () => {
    expect(figures.bed_hr_mae_bpm).toBeLessThanOrEqual(2);
    expect(figures.bed_rr_mae_per_min).toBeLessThanOrEqual(1);
    expect(figures.bed_vitals_coverage_pct).toBeGreaterThanOrEqual(85);
  });

  it("detects every bed exit within 2 s and raises no false one", () => {
    expect(figures.bed_exit_events).toBeGreaterThanOrEqual(3);
    expect(figures.bed_exit_sensitivity_pct).toBe(100);
    expect(figures.bed_exit_false_per_night).toBe(0);
    expect(figures.bed_exit_latency_max_s).toBeLessThanOrEqual(2);
  });

  it("agrees with the true sleep/wake", () => {
    expect(figures.bed_sleep_kappa).toBeGreaterThanOrEqual(0.5);
    expect(figures.bed_wrist_sleep_kappa).toBeGreaterThanOrEqual(0.4);
  });
});
