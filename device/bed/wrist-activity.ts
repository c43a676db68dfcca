// Activity counts per epoch from a 3-axis wrist accelerometer, so the same sleep/wake scorer runs on
// what many evaluators bring. Method in the spirit of ActiGraph counts (Brønd JC, Andersen LB,
// Arvidsson D. Generating ActiGraph counts from raw acceleration recorded by an alternative monitor.
// Med Sci Sports Exerc 2017;49(11):2351–2360): band-pass the acceleration to the band of human
// movement (0.29–1.63 Hz is the pass band they describe), rectify, drop a small dead band, sum.
// It is NOT bit-compatible with ActiGraph counts: the scale below is our calibration, chosen on the
// simulator (best sleep/wake agreement in a sweep of 250–1600 on development seeds, see
// docs/bed-estimators.md).
import { FilterChain, highPass, lowPass } from "../dsp/biquad.ts";

export const wristCountParameters = {
  lowHz: 0.29,
  highHz: 1.63,
  /** Rectified band-passed acceleration below this (g) is sensor noise, not movement. */
  deadBandG: 0.01,
  /** Counts per g·s of rectified, band-passed acceleration above the dead band. */
  countsPerGSecond: 550,
} as const;

export class WristActivityCounter {
  private readonly band: FilterChain;
  private readonly samplesPerEpoch: number;
  private sum = 0;
  private inEpoch = 0;
  private started = false;

  /** `countsPerG` converts the input to g (e.g. 4096 for ±8 g int16). */
  constructor(
    private readonly sampleRateHz: number,
    epochS: number,
    private readonly countsPerG = 1,
  ) {
    const p = wristCountParameters;
    this.band = new FilterChain([highPass(p.lowHz, sampleRateHz), lowPass(p.highHz, sampleRateHz)]);
    this.samplesPerEpoch = Math.round(epochS * sampleRateHz);
  }

  /** Interleaved x, y, z; returns the counts of every epoch completed by this block. */
  push(interleaved: ArrayLike<number>): number[] {
    const completed: number[] = [];
    const p = wristCountParameters;
    for (let i = 0; i + 2 < interleaved.length; i += 3) {
      const x = (interleaved[i] ?? 0) / this.countsPerG;
      const y = (interleaved[i + 1] ?? 0) / this.countsPerG;
      const z = (interleaved[i + 2] ?? 0) / this.countsPerG;
      const magnitude = Math.sqrt(x * x + y * y + z * z) - 1;
      if (!this.started) {
        this.band.settle(magnitude);
        this.started = true;
      }
      const moving = Math.abs(this.band.step(magnitude)) - p.deadBandG;
      if (moving > 0) this.sum += moving / this.sampleRateHz;
      if (++this.inEpoch === this.samplesPerEpoch) {
        completed.push(this.sum * p.countsPerGSecond);
        this.sum = 0;
        this.inEpoch = 0;
      }
    }
    return completed;
  }
}
