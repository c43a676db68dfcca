import { describe, expect, it } from "vitest";
import {
  createSuitTicksReader,
  initialSampleCounter,
  type SampleCounterStep,
  sampleTicksMs,
  stepSampleCounter,
} from "./sample-counter.ts";

function steps(blocks: [number, number][]): SampleCounterStep[] {
  let state = initialSampleCounter;
  return blocks.map(([first, instants]) => {
    const [next, step] = stepSampleCounter(state, first, instants);
    state = next;
    return step;
  });
}

describe("the suit's sample counter", () => {
  it("unwraps the 32-bit counter across the wrap", () => {
    const top = 2 ** 32 - 10;
    const result = steps([
      [top, 10],
      [0, 10],
      [10, 10],
    ]);
    expect(result.map((s) => s.firstIndex)).toEqual([top, 2 ** 32, 2 ** 32 + 10]);
    expect(result.map((s) => s.skipped)).toEqual([0, 0, 0]);
  });

  it("counts skipped instants, also when the skip crosses the wrap", () => {
    const result = steps([
      [2 ** 32 - 30, 10],
      [15, 10],
    ]);
    expect(result[1]).toEqual({ firstIndex: 2 ** 32 + 15, skipped: 35, restarted: false });
  });

  it("treats a step back as a restart of the suit, not as 4 billion lost samples", () => {
    const result = steps([
      [5000, 10],
      [100, 10],
    ]);
    expect(result[1]).toEqual({ firstIndex: 100, skipped: 0, restarted: true });
  });

  it("gives ms ticks wrapping at 2^32, as the sensor clock expects", () => {
    expect(sampleTicksMs(2000, 2000)).toBe(1000);
    expect(sampleTicksMs(2 ** 33 + 2, 2000)).toBe(1);
  });

  it("stamps a block at its last sample and a status frame not at all", () => {
    const read = createSuitTicksReader();
    expect(read({ firstSample: 2 ** 32 - 2, rateHz: 1000, instants: 4 })).toBe((2 ** 32 + 1) % 2 ** 32);
    expect(read(null)).toBeNull();
    expect(read({ firstSample: 2, rateHz: 1000, instants: 4 })).toBe(5);
  });
});
