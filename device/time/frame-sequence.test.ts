import { describe, expect, it } from "vitest";
import { initialFrameSequence, RECENT_WINDOW, stepFrameSequence } from "./frame-sequence.ts";

/** A negative number is a HELLO frame with that counter (negated). */
function run(seqs: number[]) {
  let state = initialFrameSequence;
  return seqs.map((seq) => {
    const [next, step] = stepFrameSequence(state, Math.abs(seq), Object.is(seq, -0) || seq < 0);
    state = next;
    return step;
  });
}

describe("stepFrameSequence", () => {
  it("counts lost frames and unwraps at 65536", () => {
    const steps = run([65534, 65535, 1, 2]);
    expect(steps.map((s) => s.sensorSeq)).toEqual([65534, 65535, 65537, 65538]);
    expect(steps.map((s) => s.gapBefore)).toEqual([0, 0, 1, 0]);
  });

  it("flags a repeated frame as duplicate", () => {
    const steps = run([10, 11, 11, 12]);
    expect(steps.map((s) => s.duplicate)).toEqual([false, false, true, false]);
  });

  it("treats a large backwards step as a restart, not a huge gap", () => {
    const steps = run([500, 501, 0]);
    expect(steps[2]).toEqual({ duplicate: false, sensorSeq: 502, gapBefore: 0 });
  });

  it("drops a frame repeated a few frames later, and counts nothing lost", () => {
    const steps = run([10, 11, 12, 13, 11, 14, 12, 15]);
    expect(steps.map((s) => s.duplicate)).toEqual([false, false, false, false, true, false, true, false]);
    expect(steps.filter((s) => !s.duplicate).map((s) => s.sensorSeq)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(steps.reduce((sum, s) => sum + s.gapBefore, 0)).toBe(0);
  });

  it("recognises repeats across the 16-bit wrap", () => {
    const steps = run([65534, 65535, 0, 1, 65535, 2]);
    expect(steps.map((s) => s.duplicate)).toEqual([false, false, false, false, true, false]);
    expect(steps.at(-1)?.sensorSeq).toBe(65538);
  });

  it("drops a late frame that was counted as lost instead of storing it out of order", () => {
    const steps = run([20, 21, 24, 22, 25]);
    expect(steps.map((s) => s.duplicate)).toEqual([false, false, false, true, false]);
    expect(steps[2]?.gapBefore).toBe(2);
  });

  it("still takes a HELLO as a restart, even when its counter was seen just before", () => {
    const steps = run([-0, 1, 2, 3, -0, 1, 2]);
    expect(steps.map((s) => s.duplicate)).toEqual([false, false, false, false, false, false, false]);
    expect(steps.map((s) => s.sensorSeq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("takes a backward step longer than the window as a restart, and forgets repeats older than it", () => {
    const long = Array.from({ length: RECENT_WINDOW + 10 }, (_, i) => 100 + i);
    const steps = run([...long, 100, 101]);
    expect(steps.at(-2)).toEqual({ duplicate: false, sensorSeq: 100 + long.length, gapBefore: 0 });
    expect(steps.at(-1)?.duplicate).toBe(false);
  });
});
