import { describe, expect, it } from "vitest";
import { deriveSeed, Rng, seedRng } from "./random.ts";

const draw = (random: Rng, n: number) => Array.from({ length: n }, () => random.next());

describe("Rng", () => {
  it("repeats exactly for the same seed and stream, and differs for another", () => {
    expect(draw(Rng.fromSeed(42), 1000)).toEqual(draw(Rng.fromSeed(42), 1000));
    expect(draw(Rng.fromSeed(42), 5)).not.toEqual(draw(Rng.fromSeed(43), 5));
    expect(draw(Rng.fromSeed(42, "heart"), 5)).not.toEqual(draw(Rng.fromSeed(42, "breathing"), 5));
    expect(draw(Rng.fromSeed(42, 1), 5)).not.toEqual(draw(Rng.fromSeed(42, 2), 5));
  });

  it("resumes from a snapshot exactly where it left off", () => {
    const random = new Rng(seedRng(3));
    draw(random, 10);
    const resumed = new Rng(random.snapshot());
    expect(draw(resumed, 5)).toEqual(draw(random, 5));
  });

  it("derives different seeds for different labels", () => {
    expect(deriveSeed(1, "heart")).not.toBe(deriveSeed(1, "breathing"));
    expect(deriveSeed(1, "heart")).toBe(deriveSeed(1, "heart"));
  });

  it("gives forks that do not depend on how much the parent has drawn", () => {
    const fresh = Rng.fromSeed(7);
    const used = Rng.fromSeed(7);
    draw(used, 100);
    expect(draw(fresh.fork("noise"), 5)).toEqual(draw(used.fork("noise"), 5));
    expect(draw(fresh.fork("noise"), 5)).not.toEqual(draw(fresh.fork("mains"), 5));
  });

  it("draws uniforms in [0, 1), standard normals and exponentials with the right moments", () => {
    const random = Rng.fromSeed(1);
    const uniforms = draw(random, 20_000);
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect(uniforms.reduce((a, b) => a + b, 0) / uniforms.length).toBeCloseTo(0.5, 1);
    const normals = Array.from({ length: 20_000 }, () => random.normal());
    const mean = normals.reduce((a, b) => a + b, 0) / normals.length;
    const variance = normals.reduce((a, b) => a + (b - mean) ** 2, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeCloseTo(1, 1);
    const waits = Array.from({ length: 20_000 }, () => random.exponential(5));
    expect(waits.reduce((s, x) => s + x, 0) / waits.length).toBeCloseTo(5, 0);
  });

  it("picks, shuffles and draws integers covering both ends", () => {
    const random = Rng.fromSeed(5);
    const integers = Array.from({ length: 1000 }, () => random.int(4, 8));
    expect(new Set(integers)).toEqual(new Set([4, 5, 6, 7, 8]));
    expect(["a", "b"]).toContain(random.pick(["a", "b"]));
    expect(random.shuffled([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(() => random.pick([])).toThrow();
  });
});
