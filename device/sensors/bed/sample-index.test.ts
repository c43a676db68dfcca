import { describe, expect, it } from "vitest";
import { initialSampleIndex, type SampleIndexStep, sampleTicksMs, stepSampleIndex } from "./sample-index.ts";

function run(blocks: { firstSample: number; instants?: number; rateHz?: number; channels?: number }[]) {
  let state = initialSampleIndex;
  const steps: SampleIndexStep[] = [];
  for (const block of blocks) {
    const [next, step] = stepSampleIndex(state, { instants: 25, rateHz: 250, channels: 2, ...block });
    state = next;
    steps.push(step);
  }
  return steps;
}

describe("bed sample counter", () => {
  it("keeps counting across the 32-bit wrap", () => {
    const top = 2 ** 32 - 25;
    const steps = run([{ firstSample: top }, { firstSample: 0 }, { firstSample: 25 }]);
    expect(steps.map((s) => s.firstIndex)).toEqual([top, 2 ** 32, 2 ** 32 + 25]);
    expect(steps.every((s) => s.lostBefore === 0 && !s.restarted)).toBe(true);
  });

  it("counts lost instants, across the wrap too", () => {
    const steps = run([{ firstSample: 2 ** 32 - 50 }, { firstSample: 10 }]);
    expect(steps[1]).toEqual({ firstIndex: 2 ** 32 + 10, lostBefore: 35, restarted: false });
  });

  it("treats a step back, a jump of hours or a new format as a restart", () => {
    const back = run([{ firstSample: 100_000 }, { firstSample: 50 }]);
    expect(back[1]).toEqual({ firstIndex: 50, lostBefore: 0, restarted: true });
    const jump = run([{ firstSample: 0 }, { firstSample: 250 * 7200 }]);
    expect(jump[1]?.restarted).toBe(true);
    const format = run([{ firstSample: 0 }, { firstSample: 25, rateHz: 125 }]);
    expect(format[1]?.restarted).toBe(true);
  });

  it("gives ms ticks that wrap at 2^32 as the sensor clock expects", () => {
    expect(sampleTicksMs(250, 250)).toBe(1000);
    expect(sampleTicksMs(2 ** 32, 250)).toBe(0);
    expect(sampleTicksMs(2 ** 32 / 4 + 1, 250)).toBe(4);
  });
});
