// A short run of the suit accuracy harness: three 90-second simulated sessions against ground truth,
// with loose versions of the targets (the full figures come from `npm run accuracy -- suit`).

import { describe, expect, it } from "vitest";
import { scoreSession, sessionScenario, summarise } from "./suit.ts";
import { runSuitSession } from "./suit-session.ts";

describe("suit EMG estimators against simulated ground truth", () => {
  const options = { sessions: 3, seed: 7, durationS: 90 };
  const scores = Array.from({ length: options.sessions }, (_, i) =>
    scoreSession(runSuitSession(sessionScenario(options, i))),
  );
  const summary = summarise(scores);

  it("covers both mains frequencies", () => {
    expect(scores.map((s) => s.run.truth.mainsHz)).toEqual([50, 60, 50]);
    expect(summary.suit_mains_detected_pct).toBe(100);
  });

  it("finds nearly every activation, close to its true onset", () => {
    expect(summary.suit_activations).toBeGreaterThan(100);
    expect(summary.suit_onsets_found_pct).toBeGreaterThanOrEqual(90);
    expect(summary.suit_onset_err_p90_ms).toBeLessThanOrEqual(80);
  });

  it("rarely fires during rest", () => {
    expect(summary.suit_false_onsets_per_min).toBeLessThanOrEqual(2);
  });

  it("removes both 50 and 60 Hz mains by at least 30 dB", () => {
    expect(summary.suit_mains_rejection_50hz_db).toBeGreaterThanOrEqual(30);
    expect(summary.suit_mains_rejection_60hz_db).toBeGreaterThanOrEqual(30);
  });

  it("gets the direction of the fatigue trend right on most channels", () => {
    expect(summary.suit_fatigue_channels).toBeGreaterThan(0);
    expect(summary.suit_fatigue_sign_agreement_pct).toBeGreaterThanOrEqual(75);
  });

  it("reports the machine-readable figures the lead collects", () => {
    for (const name of [
      "suit_onset_err_p50_ms",
      "suit_mains_rejection_db",
      "suit_window_ms_p50",
      "suit_window_ms_p99",
    ]) {
      expect(Number.isFinite(summary[name])).toBe(true);
    }
  });
});
