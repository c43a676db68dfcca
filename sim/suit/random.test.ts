import { describe, expect, it } from "vitest";
import { SeededRandom } from "./random.ts";

const draw = (random: SeededRandom, n: number) => Array.from({ length: n }, () => random.uniform());

describe("SeededRandom", () => {
  it("repeats exactly for the same seed and differs for another", () => {
    expect(draw(new SeededRandom(42), 5)).toEqual(draw(new SeededRandom(42), 5));
    expect(draw(new SeededRandom(42), 5)).not.toEqual(draw(new SeededRandom(43), 5));
  });

  it("gives forks that do not depend on how much the parent has drawn", () => {
    const fresh = new SeededRandom(7);
    const used = new SeededRandom(7);
    draw(used, 100);
    expect(draw(fresh.fork("noise"), 5)).toEqual(draw(used.fork("noise"), 5));
    expect(draw(fresh.fork("noise"), 5)).not.toEqual(draw(fresh.fork("mains"), 5));
  });

  it("draws uniform values in [0, 1) with the right mean, and standard normals", () => {
    const random = new SeededRandom(1);
    const uniforms = draw(random, 20000);
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect(uniforms.reduce((a, b) => a + b, 0) / uniforms.length).toBeCloseTo(0.5, 1);
    const normals = Array.from({ length: 20000 }, () => random.gaussian());
    const mean = normals.reduce((a, b) => a + b, 0) / normals.length;
    const variance = normals.reduce((a, b) => a + (b - mean) ** 2, 0) / normals.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });

  it("picks, shuffles and draws integers within bounds", () => {
    const random = new SeededRandom(5);
    const integers = Array.from({ length: 1000 }, () => random.integer(4, 8));
    expect(new Set(integers)).toEqual(new Set([4, 5, 6, 7, 8]));
    expect(["a", "b"]).toContain(random.pick(["a", "b"]));
    expect(random.shuffled([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(() => random.pick([])).toThrow();
  });
});
