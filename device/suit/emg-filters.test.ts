import { describe, expect, it } from "vitest";
import { BiquadCascade, cascadeMagnitude } from "../dsp/biquad.ts";
import type { SuitDspConfig } from "./config.ts";
import { suitDspConfig } from "./config.ts";
import { designBandPass, designMainsNotch, effectiveBand } from "./emg-filters.ts";

function config(sampleRateHz: number): SuitDspConfig {
  const result = suitDspConfig(sampleRateHz, 1);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Gain measured by filtering a sine and comparing RMS after the transient, in dB. */
function measuredGainDb(cascade: BiquadCascade, frequencyHz: number, sampleRateHz: number): number {
  const n = Math.round(sampleRateHz * 12);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.sin((2 * Math.PI * frequencyHz * i) / sampleRateHz);
  cascade.processInPlace(x);
  let power = 0;
  const from = Math.round(sampleRateHz * 6);
  for (let i = from; i < n; i++) power += (x[i] ?? 0) ** 2;
  return 10 * Math.log10(power / (n - from) / 0.5);
}

describe("EMG band-pass", () => {
  it("passes the EMG band and is -3 dB at the 20 Hz edge", () => {
    const sections = designBandPass(config(1000));
    expect(20 * Math.log10(cascadeMagnitude(sections, 100, 1000))).toBeCloseTo(0, 1);
    expect(20 * Math.log10(cascadeMagnitude(sections, 20, 1000))).toBeCloseTo(-3, 0);
    expect(20 * Math.log10(cascadeMagnitude(sections, 5, 1000))).toBeLessThan(-45);
  });

  it("clamps the upper edge below Nyquist at low sampling rates", () => {
    expect(effectiveBand(config(200)).highHz).toBe(90);
    expect(effectiveBand(config(4000)).highHz).toBe(450);
    const sections = designBandPass(config(200));
    expect(Math.abs(20 * Math.log10(cascadeMagnitude(sections, 60, 200)))).toBeLessThan(1);
  });

  it("is stable at 4000 Hz (the 20 Hz poles sit close to the unit circle)", () => {
    const gain = measuredGainDb(new BiquadCascade(designBandPass(config(4000))), 150, 4000);
    expect(gain).toBeCloseTo(0, 0);
  });
});

describe("mains notch", () => {
  for (const sampleRateHz of [200, 1000, 2000, 4000]) {
    for (const mainsHz of [50, 60] as const) {
      it(`attenuates ${mainsHz} Hz by at least 40 dB at ${sampleRateHz} Hz (measured on a sine)`, () => {
        const notch = new BiquadCascade(designMainsNotch(config(sampleRateHz), mainsHz));
        expect(measuredGainDb(notch, mainsHz, sampleRateHz)).toBeLessThan(-40);
      });
    }
  }

  for (const sampleRateHz of [200, 1000, 4000]) {
    it(`still removes ≥ 30 dB at ${sampleRateHz} Hz when the grid is 0.2 Hz off nominal`, () => {
      for (const mainsHz of [50, 60] as const) {
        const sections = designMainsNotch(config(sampleRateHz), mainsHz);
        expect(measuredGainDb(new BiquadCascade(sections), mainsHz + 0.2, sampleRateHz)).toBeLessThan(-30);
        expect(measuredGainDb(new BiquadCascade(sections), mainsHz - 0.2, sampleRateHz)).toBeLessThan(-30);
      }
    });
  }

  it("notches the third harmonic too, with a width that follows the harmonic's larger deviation", () => {
    const sections = designMainsNotch(config(1000), 60);
    expect(measuredGainDb(new BiquadCascade(sections), 180.6, 1000)).toBeLessThan(-30);
  });

  it("leaves the EMG band away from the mains lines nearly untouched", () => {
    const sections = designMainsNotch(config(1000), 50);
    expect(Math.abs(20 * Math.log10(cascadeMagnitude(sections, 80, 1000)))).toBeLessThan(0.5);
    expect(Math.abs(20 * Math.log10(cascadeMagnitude(sections, 120, 1000)))).toBeLessThan(0.5);
  });

  it("agrees with the analytic response", () => {
    const sections = designMainsNotch(config(1000), 50);
    const measured = measuredGainDb(new BiquadCascade(sections), 53, 1000);
    expect(measured).toBeCloseTo(20 * Math.log10(cascadeMagnitude(sections, 53, 1000)), 1);
  });
});
