// A short run of the bladder accuracy harness: two simulated residents for three days each, with
// loose versions of the targets (the full figures come from `npm run accuracy -- bladder`).
import { describe, expect, it } from "vitest";
import { runBladderAccuracy } from "./bladder.ts";

describe("bladder analyzer against simulated ground truth", () => {
  const { summary, runs } = runBladderAccuracy({ days: 6, daysPerResident: 3, seed: 1 });

  it("scores enough voids to mean something", () => {
    expect(runs).toHaveLength(2);
    expect(summary.bladder_scored_voids).toBeGreaterThanOrEqual(12);
  });

  it("gives notice before nearly every fill-driven void, early enough", () => {
    expect(summary.bladder_sensitivity_pct).toBeGreaterThanOrEqual(80);
    expect(summary.bladder_lead_median_min).toBeGreaterThanOrEqual(12);
  });

  it("rarely gives a notice that no void follows", () => {
    expect(summary.bladder_ppv_pct).toBeGreaterThanOrEqual(75);
    expect(summary.bladder_false_per_day).toBeLessThanOrEqual(1.5);
  });

  it("never gives notice while the transducer is off the skin", () => {
    expect(runs.reduce((n, run) => n + run.detachEvents, 0)).toBeGreaterThan(0);
    expect(summary.bladder_notices_while_detached).toBe(0);
  });

  it("finds voids within minutes and follows the fill closely", () => {
    expect(summary.bladder_void_detect_pct).toBeGreaterThanOrEqual(90);
    expect(summary.bladder_void_detect_delay_median_min).toBeLessThanOrEqual(3);
    expect(summary.bladder_fill_mae_ml).toBeLessThanOrEqual(15);
    expect(summary.bladder_window_fill_mae_ml).toBeLessThanOrEqual(15);
  });

  it("gives notice earlier when the facility sets a longer lead time", () => {
    const longer = runBladderAccuracy({ days: 6, daysPerResident: 3, seed: 1, leadTimeMin: 45 }).summary;
    expect(longer.bladder_lead_median_min).toBeGreaterThan(summary.bladder_lead_median_min + 10);
  });
});
