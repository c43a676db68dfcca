import { describe, expect, it } from "vitest";
import { defaultBladderSettings } from "./bladder-settings.ts";
import {
  initialVoidDetector,
  type LevelReading,
  type LevelVerdict,
  stepVoidDetector,
} from "./void-detector.ts";

const reading = (
  timeMs: number,
  volumeMl: number,
  predictedMl = 300,
  normalizedInnovation = 0,
): LevelReading => ({
  timeMs,
  volumeMl,
  predictedMl,
  normalizedInnovation,
});

function verdicts(readings: LevelReading[]): LevelVerdict[] {
  let state = initialVoidDetector;
  return readings.map((r) => {
    const [next, verdict] = stepVoidDetector(state, r, defaultBladderSettings);
    state = next;
    return verdict;
  });
}

describe("stepVoidDetector", () => {
  it("confirms a void on the second low reading and dates it at the first", () => {
    expect(verdicts([reading(1, 300), reading(2, 60), reading(3, 40)])).toEqual([
      { kind: "accept" },
      { kind: "hold" },
      { kind: "void", atMs: 2, beforeMl: 300, afterMl: 40 },
    ]);
  });

  it("drops a single low outlier and ignores a posture-sized change", () => {
    expect(
      verdicts([reading(1, 60), reading(2, 300), reading(3, 250), reading(4, 250)]).map((v) => v.kind),
    ).toEqual(["hold", "accept", "accept", "accept"]);
    // 40 mL below a small bladder is a big share but under the 50 mL minimum.
    expect(verdicts([reading(1, 20, 60), reading(2, 20, 60)]).map((v) => v.kind)).toEqual([
      "accept",
      "accept",
    ]);
  });

  it("restarts the level after three readings far above the prediction", () => {
    expect(verdicts([reading(1, 390, 300, 5), reading(2, 400, 300, 5), reading(3, 395, 300, 5)])).toEqual([
      { kind: "hold" },
      { kind: "hold" },
      { kind: "jump", levelMl: 395 },
    ]);
  });
});
