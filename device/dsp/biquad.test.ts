import { describe, expect, it } from "vitest";
import { Biquad, butterworthQs, FilterChain, gainAt, highPass, lowPass, notch } from "./biquad.ts";

describe("biquad design", () => {
  it("low-pass passes DC, is −3 dB at the corner and attenuates far above", () => {
    const c = lowPass(5, 100);
    expect(gainAt(c, 0, 100)).toBeCloseTo(1, 6);
    expect(gainAt(c, 5, 100)).toBeCloseTo(Math.SQRT1_2, 3);
    expect(gainAt(c, 40, 100)).toBeLessThan(0.02);
  });

  it("high-pass blocks DC and passes high frequencies", () => {
    const c = highPass(1, 50);
    expect(gainAt(c, 0, 50)).toBeCloseTo(0, 9);
    expect(gainAt(c, 1, 50)).toBeCloseTo(Math.SQRT1_2, 3);
    expect(gainAt(c, 10, 50)).toBeGreaterThan(0.99);
  });

  it("rejects a corner at or above Nyquist", () => {
    expect(() => lowPass(25, 50)).toThrow(/Nyquist/);
  });
});

describe("streaming filter", () => {
  it("matches the designed gain on a sine once settled", () => {
    const rate = 50;
    const chain = new FilterChain([highPass(0.5, rate), lowPass(5, rate)]);
    let peak = 0;
    for (let n = 0; n < 2000; n++) {
      const y = chain.step(Math.sin((2 * Math.PI * 2 * n) / rate));
      if (n > 1000) peak = Math.max(peak, Math.abs(y));
    }
    const expected = gainAt(highPass(0.5, rate), 2, rate) * gainAt(lowPass(5, rate), 2, rate);
    expect(peak).toBeCloseTo(expected, 2);
  });

  it("settle starts a high-pass at steady state: no step transient from a DC offset", () => {
    const filter = new Biquad(highPass(0.05, 10));
    filter.settle(3000);
    for (let n = 0; n < 50; n++) expect(Math.abs(filter.step(3000))).toBeLessThan(1e-6);
  });

  it("settle of a chain gives the low-pass its DC output", () => {
    const chain = new FilterChain([lowPass(1, 50), lowPass(1, 50)]);
    chain.settle(7);
    expect(chain.step(7)).toBeCloseTo(7, 9);
  });
});

describe("butterworthQs", () => {
  it("gives the textbook section Qs of a 4th-order Butterworth", () => {
    const [q1, q2] = butterworthQs(4);
    expect(q1).toBeCloseTo(0.5412, 3);
    expect(q2).toBeCloseTo(1.3066, 3);
  });
});

describe("notch", () => {
  it("removes the centre frequency and passes DC", () => {
    const c = notch(50, 1000, 2);
    expect(gainAt(c, 50, 1000)).toBeLessThan(1e-6);
    expect(gainAt(c, 0, 1000)).toBeCloseTo(1, 9);
  });
});
