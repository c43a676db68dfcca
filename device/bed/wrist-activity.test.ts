import { describe, expect, it } from "vitest";
import { WristActivityCounter } from "./wrist-activity.ts";

function samples(seconds: number, rate: number, shake: (t: number) => number): number[] {
  const out: number[] = [];
  for (let n = 0; n < seconds * rate; n++) {
    const t = n / rate;
    out.push(0.6, 0, 0.8 + shake(t)); // 1 g, tilted
  }
  return out;
}

describe("WristActivityCounter", () => {
  it("counts nothing for a still wrist, whatever its tilt", () => {
    const counts = new WristActivityCounter(32, 30).push(samples(120, 32, () => 0));
    expect(counts).toHaveLength(4);
    for (const c of counts) expect(c).toBe(0);
  });

  it("counts movement in the 0.3–1.6 Hz band, more for larger movement", () => {
    const counter = new WristActivityCounter(32, 30);
    const small = counter.push(samples(30, 32, (t) => 0.05 * Math.sin(2 * Math.PI * t)));
    const large = counter.push(samples(30, 32, (t) => 0.3 * Math.sin(2 * Math.PI * t)));
    expect(small[0]).toBeGreaterThan(0);
    expect(large[0]).toBeGreaterThan(5 * (small[0] ?? 0));
  });

  it("converts raw counts with countsPerG", () => {
    const inG = new WristActivityCounter(32, 30).push(
      samples(30, 32, (t) => 0.3 * Math.sin(2 * Math.PI * t)),
    );
    const raw = new WristActivityCounter(32, 30, 4096).push(
      samples(30, 32, (t) => 0.3 * Math.sin(2 * Math.PI * t)).map((v) => v * 4096),
    );
    expect(raw[0]).toBeCloseTo(inG[0] ?? 0, 6);
  });
});
