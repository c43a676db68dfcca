// A shorter run of the suit accuracy harness held to the bars: eight 150-second simulated sessions
// (pops, cable tugs, lift-offs and all; ≈ 20 min of EMG, ≈ 10 s to run) against ground truth. The full
// figures come from `npm run accuracy -- suit` (20 sessions of 3–5 min).

import { describe, expect, it } from "vitest";
import { scoreSession, sessionScenario, summarise } from "./suit.ts";
import { runSuitSession } from "./suit-session.ts";

describe("suit EMG estimators against simulated ground truth", () => {
  const options = { sessions: 8, seed: 7, durationS: 150 };
  const scores = Array.from({ length: options.sessions }, (_, i) =>
    scoreSession(runSuitSession(sessionScenario(options, i), {}, { splices: false })),
  );
  const summary = summarise(scores);

  it("covers both mains frequencies and the sharp artefacts", () => {
    expect(scores.map((s) => s.run.truth.mainsHz)).toEqual([50, 60, 50, 60, 50, 60, 50, 60]);
    expect(summary.suit_mains_detected_pct).toBe(100);
    expect(summary.suit_sharp_artefacts).toBeGreaterThan(10);
  });

  it("finds at least 95 % of activations with an onset error p90 of at most 50 ms", () => {
    expect(summary.suit_activations).toBeGreaterThan(1000);
    expect(summary.suit_onsets_found_pct).toBeGreaterThanOrEqual(95);
    expect(summary.suit_onset_err_p90_ms).toBeLessThanOrEqual(50);
  });

  it("fires at most once per minute of rest, per channel and for the whole suit", () => {
    expect(summary.suit_rest_minutes).toBeGreaterThan(60);
    expect(summary.suit_session_rest_minutes).toBeGreaterThan(3);
    expect(summary.suit_false_onsets_per_min).toBeLessThanOrEqual(1);
    expect(summary.suit_false_onsets_per_session_rest_min).toBeLessThanOrEqual(1);
    expect(summary.suit_unmatched_onsets_per_min).toBeLessThanOrEqual(1);
  });

  it("removes both 50 and 60 Hz mains by at least 30 dB, and the third harmonic too", () => {
    expect(summary.suit_mains_rejection_50hz_db).toBeGreaterThanOrEqual(30);
    expect(summary.suit_mains_rejection_60hz_db).toBeGreaterThanOrEqual(30);
    expect(summary.suit_mains_rejection_3rd_harmonic_db).toBeGreaterThanOrEqual(30);
    // On the processor's real output over whole sessions (start, lead faults and re-attachments included),
    // the interference without the muscle that shares its Goertzel bin: the bar.
    expect(summary.suit_mains_rejection_output_no_muscle_50hz_db).toBeGreaterThanOrEqual(30);
    expect(summary.suit_mains_rejection_output_no_muscle_60hz_db).toBeGreaterThanOrEqual(30);
    // With the muscle, its power in the bin counts as residue: a lower bound, 28.6–32.2 dB here.
    expect(summary.suit_mains_rejection_output_50hz_db).toBeGreaterThanOrEqual(25);
    expect(summary.suit_mains_rejection_output_60hz_db).toBeGreaterThanOrEqual(25);
  });

  it("gets the direction of the fatigue trend right on most channels", () => {
    expect(summary.suit_fatigue_channels).toBeGreaterThan(0);
    expect(summary.suit_fatigue_sign_agreement_pct).toBeGreaterThanOrEqual(75);
  });

  it("reports the machine-readable figures the lead collects", () => {
    for (const name of [
      "suit_onset_err_p50_ms",
      "suit_mains_rejection_db",
      "suit_mains_rejection_output_50hz_db",
      "suit_window_ms_p50",
      "suit_window_ms_p99",
    ]) {
      expect(Number.isFinite(summary[name])).toBe(true);
    }
  });
});
