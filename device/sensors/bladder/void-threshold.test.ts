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

  it("remembers only the latest voids", () => {
    let state = initialVoidThreshold(280, null);
    for (let i = 0; i < 20; i++) state = learnVoid(state, i < 8 ? 200 : 400);
    expect(state.voidsMl).toHaveLength(REMEMBERED_VOIDS);
    expect(thresholdOf(state).thresholdMl).toBe(400);
  });

  it("uses a fixed threshold while one is set", () => {
    const state = fixThreshold(learnVoid(initialVoidThreshold(280, null), 400), 350);
    expect(thresholdOf(state)).toMatchObject({ thresholdMl: 350, source: "fixed" });
    expect(thresholdOf(fixThreshold(state, null))).toMatchObject({ thresholdMl: 400, source: "learned" });
  });
});
