import { describe, expect, it } from "vitest";
import {
  fftInPlace,
  isPowerOfTwo,
  powerSpectrum,
  spectralIndicators,
  spectralWindowLength,
} from "./spectrum.ts";
import { noiseBlock } from "./test-noise.ts";

const tone = (hz: number, fs: number, n: number, amplitude = 1) =>
  Float64Array.from({ length: n }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / fs));

describe("fftInPlace", () => {
  it("matches a direct DFT", () => {
    const x = noiseBlock(16, 1, 3);
    const re = x.slice();
    const im = new Float64Array(16);
    fftInPlace(re, im);
    for (let k = 0; k < 16; k++) {
      let sumRe = 0;
      let sumIm = 0;
      x.forEach((value, n) => {
        sumRe += value * Math.cos((2 * Math.PI * k * n) / 16);
        sumIm -= value * Math.sin((2 * Math.PI * k * n) / 16);
      });
      expect(re[k]).toBeCloseTo(sumRe, 9);
      expect(im[k]).toBeCloseTo(sumIm, 9);
    }
  });
});

describe("spectral indicators", () => {
  it("puts median and mean frequency of a sine on the sine", () => {
    const { medianHz, meanHz } = spectralIndicators(tone(100, 1000, 512), 1000, 20, 450);
    expect(medianHz).toBeGreaterThan(97);
    expect(medianHz).toBeLessThan(103);
    expect(meanHz).toBeCloseTo(100, -1);
  });

  it("puts the mean between two equal sines and the median where half the power lies", () => {
    const x = tone(60, 2000, 1024);
    const y = tone(180, 2000, 1024);
    const sum = x.map((value, i) => value + (y[i] ?? 0));
    const { medianHz, meanHz } = spectralIndicators(sum, 2000, 20, 450);
    expect(meanHz).toBeGreaterThan(115);
    expect(meanHz).toBeLessThan(125);
    expect(medianHz).toBeGreaterThan(60);
    expect(medianHz).toBeLessThan(180);
  });

  it("falls when the spectrum is compressed (the fatigue signature)", () => {
    const fresh = spectralIndicators(
      tone(120, 1000, 512).map((v, i) => v + 0.5 * Math.sin(i * 0.9)),
      1000,
      20,
      450,
    );
    const tired = spectralIndicators(
      tone(90, 1000, 512).map((v, i) => v + 0.5 * Math.sin(i * 0.6)),
      1000,
      20,
      450,
    );
    expect(tired.medianHz).toBeLessThan(fresh.medianHz);
    expect(tired.meanHz).toBeLessThan(fresh.meanHz);
  });

  it("gives the band centre for white noise", () => {
    const noise = noiseBlock(4096, 1, 9);
    const { medianHz, meanHz } = spectralIndicators(noise, 1000, 20, 450);
    expect(medianHz).toBeGreaterThan(200);
    expect(medianHz).toBeLessThan(270);
    expect(meanHz).toBeGreaterThan(200);
    expect(meanHz).toBeLessThan(270);
  });

  it("reports NaN rather than a number for a silent window", () => {
    expect(spectralIndicators(new Float64Array(256), 1000, 20, 450).medianHz).toBeNaN();
  });

  it("needs a power-of-two window and chooses one close to the requested duration", () => {
    expect(() => powerSpectrum(new Float64Array(100))).toThrow();
    expect(spectralWindowLength(256, 1000)).toBe(256);
    expect(spectralWindowLength(256, 4000)).toBe(1024);
    expect(isPowerOfTwo(spectralWindowLength(256, 1500))).toBe(true);
  });
});
