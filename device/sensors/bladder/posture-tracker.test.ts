import { describe, expect, it } from "vitest";
import {
  fitPostureLevels,
  initialPostureState,
  type Posture,
  type PostureState,
  restartPosture,
  stepPosture,
} from "./posture-tracker.ts";

const MINUTE = 60_000;
const SHIFT = 1.5;
/** 10:00 UTC in minutes: a sensor put on in the daytime (the offset is 0 unless given). */
const DAYTIME = 10 * 60;

/** Feeds one still reading a minute with a small deterministic wobble; returns the postures seen. */
function feed(
  state: PostureState,
  depths: number[],
  startMinute: number,
  utcOffsetMinutes = 0,
): [PostureState, Posture[]] {
  const postures: Posture[] = [];
  depths.forEach((depth, i) => {
    const wobble = ((i * 7) % 5) * 0.1 - 0.2;
    const [next, posture] = stepPosture(
      state,
      { timeMs: (DAYTIME + startMinute + i) * MINUTE, anteriorMm: depth + wobble, still: true },
      SHIFT,
      utcOffsetMinutes,
    );
    state = next;
    postures.push(posture);
  });
  return [state, postures];
}

describe("stepPosture", () => {
  it("takes a single depth seen so far as sitting when the sensor was put on in the daytime", () => {
    const [state, postures] = feed(initialPostureState(), new Array(60).fill(33.5), 0);
    expect(postures.at(-1)).toBe("sitting");
    expect(state.baseMm).toBeCloseTo(35, 0);
  });

  it("takes it as lying when the sensor was put on at night, in the resident's local time", () => {
    // 10:00 UTC is 19:00 in Japan (day) but 01:00 at UTC−9 (night).
    const [night, postures] = feed(initialPostureState(), new Array(60).fill(33.5), 0, -540);
    expect(postures.at(-1)).toBe("lying");
    expect(night.baseMm).toBeCloseTo(33.5, 0);
    const [day] = feed(initialPostureState(), new Array(60).fill(33.5), 0, 540);
    expect(day.posture).toBe("sitting");
  });

  it("tells lying from sitting once both depths have been seen", () => {
    let [state] = feed(initialPostureState(), new Array(240).fill(33.5), 0);
    let postures: Posture[];
    [state, postures] = feed(state, new Array(120).fill(35), 240);
    // The deeper wall is lying, within a few readings of the change.
    expect(postures.slice(5).every((p) => p === "lying")).toBe(true);
    [state, postures] = feed(state, new Array(30).fill(33.5), 360);
    expect(postures.slice(3).every((p) => p === "sitting")).toBe(true);
    expect(state.baseMm).toBeCloseTo(35, 0);
  });

  it("keeps the last posture while the sensor feels motion, and has none without a calibrated shift", () => {
    const [state] = feed(initialPostureState(), new Array(10).fill(33.5), 0);
    expect(
      stepPosture(state, { timeMs: (DAYTIME + 20) * MINUTE, anteriorMm: 40, still: false }, SHIFT)[1],
    ).toBe("sitting");
    expect(stepPosture(state, { timeMs: (DAYTIME + 20) * MINUTE, anteriorMm: 33.5, still: true }, 0)[1]).toBe(
      "unknown",
    );
  });

  it("fits the lying depth and the resident's own shift to a histogram with two peaks", () => {
    const histogram = new Float64Array(1000);
    histogram[335] = 300;
    histogram[350] = 100;
    expect(fitPostureLevels(histogram, SHIFT)).toEqual({ baseMm: 35, shiftMm: 1.5 });
    // A resident whose bladder moves 2.2 mm when sitting up: the fit finds the wider comb.
    const wider = new Float64Array(1000);
    wider[330] = 300;
    wider[352] = 100;
    const fitted = fitPostureLevels(wider, SHIFT);
    expect(fitted?.baseMm).toBeCloseTo(35.2, 1);
    expect(fitted?.shiftMm).toBeCloseTo(2.2, 1);
    expect(fitPostureLevels(new Float64Array(1000), SHIFT)).toBeNull();
  });

  it("does not split one broad peak into two postures", () => {
    const histogram = new Float64Array(1000);
    for (let bin = 330; bin <= 340; bin++) histogram[bin] = 50 - 3 * Math.abs(bin - 335);
    expect(fitPostureLevels(histogram, SHIFT)?.shiftMm).toBeNull();
  });

  it("starts the depths afresh after a reattachment, keeping the fitted shift", () => {
    let [state] = feed(initialPostureState(), new Array(240).fill(33), 0);
    [state] = feed(state, new Array(120).fill(35.2), 240);
    expect(state.shiftMm).toBeCloseTo(2.2, 0);
    // Re-seated 2 mm deeper, the resident sitting: a fresh histogram, read with the resident's shift.
    const [restarted, postures] = feed(restartPosture(state), new Array(60).fill(35), 400);
    expect(postures.at(-1)).toBe("sitting");
    expect(restarted.baseMm).toBeCloseTo(37.2, 0);
  });
});
