import { describe, expect, it } from "vitest";
import { initialFrameSequence, stepFrameSequence } from "./frame-sequence.ts";

function run(seqs: number[]) {
  let state = initialFrameSequence;
  return seqs.map((seq) => {
    const [next, step] = stepFrameSequence(state, seq);
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
});
