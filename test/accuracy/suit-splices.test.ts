// Stream splices (a BLE or serial loss: 0.3–3 s of samples never arrive) on three simulated sessions:
// nothing the ground truth does not explain may fire from a splice to 1 s after it. The full figures
// (`suit_splice_false_onsets_per_100`, `suit_splice_false_intents_per_100`) come from
// `npm run accuracy -- suit`.

import { describe, expect, it } from "vitest";
import { generateSuitSession, suitGroundTruth } from "../../sim/suit/index.ts";
import { sessionScenario } from "./suit.ts";
import { dspOverridesFor } from "./suit-session.ts";
import { SplicedFeeder, type SpliceScore, scoreSplices, spliceDropMs } from "./suit-splices.ts";

const options = { sessions: 3, seed: 5, durationS: 120 };
const scenarios = Array.from({ length: options.sessions }, (_, i) => sessionScenario(options, i));

/** Both ways at once from the same generated blocks: restarting at each splice, and running across it. */
function splicedScores(): { restarted: SpliceScore[]; across: SpliceScore[]; dropsMs: number[] } {
  const restarted: SpliceScore[] = [];
  const across: SpliceScore[] = [];
  const dropsMs: number[] = [];
  for (const scenario of scenarios) {
    const feeders = [true, false].map(
      (announce) => new SplicedFeeder(scenario, dspOverridesFor(scenario), announce),
    );
    for (const block of generateSuitSession(scenario, { blockMs: 100 }))
      for (const feeder of feeders) feeder.feed(block);
    const truth = suitGroundTruth(scenario);
    const [withRestart, without] = feeders.map((feeder) => feeder.finish());
    if (!withRestart || !without) continue;
    restarted.push(scoreSplices(withRestart, truth, scenario.sampleRateHz));
    across.push(scoreSplices(without, truth, scenario.sampleRateHz));
    for (const splice of withRestart.splices)
      dropsMs.push(((splice.toSample - splice.fromSample) * 1000) / scenario.sampleRateHz);
  }
  return { restarted, across, dropsMs };
}

describe("suit EMG estimators at stream splices", () => {
  const { restarted, across, dropsMs } = splicedScores();
  const total = (scores: SpliceScore[], pick: (score: SpliceScore) => number) =>
    scores.reduce((sum, score) => sum + pick(score), 0);

  it("cuts spans of 0.3–3 s, several per session", () => {
    expect(total(restarted, (s) => s.splices)).toBeGreaterThanOrEqual(12);
    expect(Math.min(...dropsMs)).toBeGreaterThanOrEqual(spliceDropMs.min);
    expect(Math.max(...dropsMs)).toBeLessThanOrEqual(spliceDropMs.max + 1);
  });

  it("reports no onset and no intention at a splice when the processor is told of the gap", () => {
    expect(total(restarted, (s) => s.falseOnsets)).toBe(0);
    expect(total(restarted, (s) => s.falseIntents)).toBe(0);
  });

  it("would report them if it ran straight across the splices", () => {
    expect(total(across, (s) => s.falseOnsets)).toBeGreaterThan(total(across, (s) => s.splices));
    expect(total(across, (s) => s.falseIntents)).toBeGreaterThan(0);
  });
});
