import { describe, expect, it } from "vitest";
import { MovingEnvelope, rectify } from "./moving-envelope.ts";

function sine(amplitude: number, frequencyHz: number, sampleRateHz: number, seconds: number): Float64Array {
  const n = Math.round(sampleRateHz * seconds);
  return Float64Array.from(
    { length: n },
    (_, i) => amplitude * Math.sin((2 * Math.PI * frequencyHz * i) / sampleRateHz),
  );
}

describe("rectify", () => {
  it("takes the absolute value of every sample", () => {
    expect(Array.from(rectify(Float64Array.from([-2, 0, 3, -0.5])))).toEqual([2, 0, 3, 0.5]);
  });
});

describe("MovingEnvelope", () => {
  it("gives A/√2 for the RMS of a sine", () => {
    const envelope = MovingEnvelope.fromMs("rms", 100, 10, 1000);
    const values = envelope.processBlock(sine(100, 80, 1000, 1));
    expect(values.at(-1)).toBeCloseTo(100 / Math.SQRT2, 0);
  });

  it("gives 2A/π for the mean rectified value of a sine", () => {
    const envelope = MovingEnvelope.fromMs("arv", 200, 10, 2000);
    const values = envelope.processBlock(sine(100, 80, 2000, 1));
    expect(values.at(-1)).toBeCloseTo((2 * 100) / Math.PI, 0);
  });

  it("reports once per hop, whatever the block size", () => {
    const whole = MovingEnvelope.fromMs("rms", 100, 10, 1000).processBlock(sine(10, 50, 1000, 1));
    const split = MovingEnvelope.fromMs("rms", 100, 10, 1000);
    const signal = sine(10, 50, 1000, 1);
    const pieces = [
      ...split.processBlock(signal.subarray(0, 333)),
      ...split.processBlock(signal.subarray(333)),
    ];
    expect(whole).toHaveLength(100);
    expect(pieces.map((v) => v.toFixed(9))).toEqual(whole.map((v) => v.toFixed(9)));
  });

  it("follows a step within one window and forgets it after one window", () => {
    const envelope = MovingEnvelope.fromMs("rms", 100, 10, 1000);
    const loud = envelope.processBlock(sine(100, 80, 1000, 0.5));
    const quiet = envelope.processBlock(new Float64Array(200));
    expect(loud.at(-1)).toBeGreaterThan(60);
    expect(quiet[9]).toBe(0);
  });
});
