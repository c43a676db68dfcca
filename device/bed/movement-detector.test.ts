import { describe, expect, it } from "vitest";
import { MovementDetector, movementThresholds } from "./movement-detector.ts";

describe("MovementDetector", () => {
  it("expresses motion as a share of the body load and flags hops above the threshold", () => {
    const detector = new MovementDetector();
    const quiet = detector.update(20, 14_000, 0);
    expect(quiet.intensity).toBeCloseTo(20 / 14_000, 9);
    expect(quiet.moving).toBe(false);
    const turn = detector.update(14_000 * 0.05, 14_000, 0);
    expect(turn.moving).toBe(true);
  });

  it("without a body load, infers it from the breathing swing", () => {
    const detector = new MovementDetector();
    const swing = 200; // counts peak-to-peak → body ≈ 200 / 0.013
    for (let h = 0; h < 10; h++) detector.update(1, null, swing); // resting motion: 1 count
    const hop = detector.update(0.004 * (swing / movementThresholds.assumedBreathingSwing), null, swing);
    expect(hop.intensity).toBeCloseTo(0.004, 6);
    expect(hop.moving).toBe(false);
  });
});
