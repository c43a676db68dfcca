import { describe, expect, it } from "vitest";
import { FrameResampler } from "./resampler.ts";

function run(inputRate: number, outputRate: number, channels: number, input: number[]): number[][] {
  const frames: number[][] = [];
  new FrameResampler(inputRate, outputRate, channels).push(input, (frame) => frames.push([...frame]));
  return frames;
}

describe("FrameResampler", () => {
  it("averages pairs from 100 Hz to 50 Hz, per channel", () => {
    const out = run(100, 50, 2, [1, 10, 3, 30, 5, 50, 7, 70]);
    expect(out).toEqual([
      [2, 20],
      [6, 60],
    ]);
  });

  it("passes 50 Hz through unchanged", () => {
    expect(run(50, 50, 1, [4, 5, 6])).toEqual([[4], [5], [6]]);
  });

  it("handles a non-integer ratio: constant stays constant, count follows the ratio", () => {
    const out = run(75, 50, 1, new Array(300).fill(9));
    expect(out.length).toBe(200);
    for (const [v] of out) expect(v).toBeCloseTo(9, 9);
  });

  it("weights a straddling sample by its overlap (75 → 50 Hz: 1.5 samples per output)", () => {
    const out = run(75, 50, 1, [0, 3, 6, 9, 12, 15]);
    // First output covers samples 0 and half of sample 1: (0 + 0.5·3) / 1.5 = 1.
    expect(out[0]?.[0]).toBeCloseTo(1, 9);
    expect(out[1]?.[0]).toBeCloseTo((0.5 * 3 + 6) / 1.5, 9);
  });

  it("keeps state across pushes", () => {
    const resampler = new FrameResampler(100, 50, 1);
    const out: number[] = [];
    resampler.push([1], (f) => out.push(f[0] ?? 0));
    resampler.push([3, 5], (f) => out.push(f[0] ?? 0));
    expect(out).toEqual([2]);
  });

  it("refuses to upsample", () => {
    expect(() => new FrameResampler(40, 50, 1)).toThrow(/cannot resample/);
  });
});
