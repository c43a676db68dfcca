import { describe, expect, it } from "vitest";
import { deriveSeed, exponential, gaussianSource, mulberry32, randomInt } from "./random.ts";

describe("random", () => {
  it("mulberry32 is deterministic per seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it("derives different streams for different labels", () => {
    expect(deriveSeed(1, "heart")).not.toBe(deriveSeed(1, "breathing"));
    expect(deriveSeed(1, "heart")).toBe(deriveSeed(1, "heart"));
  });

  it("draws standard normals and exponentials with the right moments", () => {
    const normal = gaussianSource(mulberry32(7));
    const xs = Array.from({ length: 20_000 }, normal);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeCloseTo(1, 1);
    const random = mulberry32(8);
    const waits = Array.from({ length: 20_000 }, () => exponential(random, 5));
    expect(waits.reduce((s, x) => s + x, 0) / waits.length).toBeCloseTo(5, 0);
  });

  it("randomInt covers both ends", () => {
    const random = mulberry32(1);
    const seen = new Set(Array.from({ length: 200 }, () => randomInt(random, 0, 3)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});
