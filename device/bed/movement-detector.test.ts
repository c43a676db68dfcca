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
    const level = 0.004 * (swing / movementThresholds.assumedBreathingSwing);
    let hop = detector.update(level, null, swing);
    // The motion level is the RMS over the last second (5 hops): one hop moves it only partly.
    expect(hop.intensity).toBeCloseTo(Math.sqrt((level ** 2 + 4) / 5) / (swing / 0.013), 6);
    for (let h = 0; h < 4; h++) hop = detector.update(level, null, swing);
    expect(hop.intensity).toBeCloseTo(0.004, 6);
    expect(hop.moving).toBe(false);
  });

  it("without a body load, does not take one strong heartbeat for a movement", () => {
    const detector = new MovementDetector();
    const levels: boolean[] = [];
    // A piezo BCG: the hop with the J wave has 4× the motion of the hops between beats.
    for (let h = 0; h < 200; h++) levels.push(detector.update(h % 4 === 0 ? 40 : 10, null, 0).moving);
    expect(levels.slice(20).some(Boolean)).toBe(false);
    expect(detector.update(400, null, 0).moving).toBe(true); // a real movement still is one
  });
});
