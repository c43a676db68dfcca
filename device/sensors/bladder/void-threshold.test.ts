import { describe, expect, it } from "vitest";
import {
  fixThreshold,
  initialVoidThreshold,
  learnVoid,
  REMEMBERED_VOIDS,
  thresholdOf,
  urgeVoids,
  voidVolumeModel,
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

  it("finds the urge voids when little more than a tenth of the remembered voids are urge ones", () => {
    const prompted = [160, 210, 250, 190, 280, 230, 300, 170, 260, 240, 220, 200, 310, 270, 180, 290, 250];
    const urge = [420, 405, 430];
    let state = initialVoidThreshold(280, null);
    for (const volume of [...prompted, ...urge]) state = learnVoid(state, volume);
    expect(urgeVoids(state.voidsMl)).toEqual([405, 420, 430]);
  });

  it("centres the void volume on the urge voids pooled with the starting threshold as one void", () => {
    expect(voidVolumeModel(initialVoidThreshold(280, null))).toEqual({ meanMl: 280, sdMl: 70 });
    // One void does not yet replace the starting assumption: halfway between the two.
    expect(voidVolumeModel(learnVoid(initialVoidThreshold(280, null), 200))?.meanMl).toBe(240);
    let state = initialVoidThreshold(280, null);
    for (let i = 0; i < 20; i++) state = learnVoid(state, 400);
    expect(voidVolumeModel(state)?.meanMl).toBeCloseTo((280 + 20 * 400) / 21, 5);
    expect(voidVolumeModel(fixThreshold(state, 350))).toBeNull();
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
