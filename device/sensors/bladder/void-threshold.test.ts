import { describe, expect, it } from "vitest";
import {
  fixThreshold,
  initialVoidThreshold,
  learnVoid,
  REMEMBERED_VOIDS,
  thresholdOf,
  urgeVoids,
} from "./void-threshold.ts";

describe("personal threshold", () => {
  it("starts from the starting threshold with a wide spread", () => {
    expect(thresholdOf(initialVoidThreshold(280, null))).toEqual({
      thresholdMl: 280,
      spreadMl: 70,
      source: "initial",
      voids: 0,
    });
  });

  it("learns the 30th percentile of the urge voids and leaves routine small voids out", () => {
    let state = initialVoidThreshold(280, null);
    for (const volume of [400, 420, 410, 120, 430, 440, 150, 405]) state = learnVoid(state, volume);
    expect(urgeVoids(state.voidsMl)).toEqual([400, 405, 410, 420, 430, 440]);
    const estimate = thresholdOf(state);
    expect(estimate.source).toBe("learned");
    expect(estimate.thresholdMl).toBeCloseTo(407.5, 5);
    expect(estimate.spreadMl).toBeGreaterThanOrEqual(0.08 * 407.5);
  });

  it("keeps the urge voids when most voids are prompted ones at lower fills", () => {
    // A resident on toileting rounds: most voids come before the urge, a few at it (about 400 mL).
    const prompted = [160, 210, 250, 190, 280, 230, 320, 170, 260, 300, 220, 240];
    const urge = [395, 420, 410, 440];
    let state = initialVoidThreshold(280, null);
    for (const volume of [...prompted, ...urge]) state = learnVoid(state, volume);
    const kept = urgeVoids(state.voidsMl);
    expect(kept.every((volume) => volume >= 300)).toBe(true);
    expect(kept).toEqual(expect.arrayContaining(urge));
    expect(thresholdOf(state).thresholdMl).toBeGreaterThan(350);
  });

  it("remembers only the latest voids", () => {
    let state = initialVoidThreshold(280, null);
    for (let i = 0; i < 30; i++) state = learnVoid(state, i < 10 ? 200 : 400);
    expect(state.voidsMl).toHaveLength(REMEMBERED_VOIDS);
    expect(thresholdOf(state).thresholdMl).toBe(400);
  });

  it("uses a fixed threshold while one is set", () => {
    const state = fixThreshold(learnVoid(initialVoidThreshold(280, null), 400), 350);
    expect(thresholdOf(state)).toMatchObject({ thresholdMl: 350, source: "fixed" });
    expect(thresholdOf(fixThreshold(state, null))).toMatchObject({ thresholdMl: 400, source: "learned" });
  });
});
