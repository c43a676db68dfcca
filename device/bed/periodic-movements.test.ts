import { describe, expect, it } from "vitest";
import { periodicBursts } from "./periodic-movements.ts";

const at = (times: readonly number[], durationS = 2) => times.map((startS) => ({ startS, durationS }));

describe("periodicBursts", () => {
  it("flags four or more short movements at regular 10–90 s intervals", () => {
    expect(periodicBursts(at([0, 25, 52, 76, 100]))).toEqual([true, true, true, true, true]);
    expect(periodicBursts(at([0, 25, 52]))).toEqual([false, false, false]); // too few
  });

  it("leaves irregular, too close, too far or long movements alone", () => {
    expect(periodicBursts(at([0, 12, 60, 70, 140])).some(Boolean)).toBe(false);
    expect(periodicBursts(at([0, 5, 10, 15, 20])).some(Boolean)).toBe(false);
    expect(periodicBursts(at([0, 100, 200, 300, 400])).some(Boolean)).toBe(false);
    expect(periodicBursts(at([0, 30, 60, 90, 120], 8)).some(Boolean)).toBe(false);
  });

  it("finds a series after restlessness, and not the restless part", () => {
    const flags = periodicBursts(at([0, 4, 50, 53, 100, 130, 160, 190, 220]));
    expect(flags).toEqual([false, false, false, false, true, true, true, true, true]);
  });
});
