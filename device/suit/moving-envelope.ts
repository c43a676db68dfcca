// Amplitude envelope of the filtered EMG over a trailing window, reported once per hop.
// RMS follows signal power (the usual choice for onset detection); ARV, the mean of the full-wave
// rectified signal, is the classic alternative and less sensitive to single large spikes.

import type { EnvelopeKind } from "./config.ts";

/** Full-wave rectification. */
export function rectify(samples: Float64Array): Float64Array {
  const out = new Float64Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = Math.abs(samples[i] ?? 0);
  return out;
}

export class MovingEnvelope {
  private readonly ring: Float64Array;
  private index = 0;
  private filled = 0;
  private sum = 0;
  private sinceHop = 0;
  private sinceResum = 0;

  constructor(
    readonly kind: EnvelopeKind,
    readonly windowSamples: number,
    readonly hopSamples: number,
  ) {
    this.ring = new Float64Array(Math.max(1, windowSamples));
  }

  static fromMs(kind: EnvelopeKind, windowMs: number, hopMs: number, sampleRateHz: number): MovingEnvelope {
    const windowSamples = Math.max(1, Math.round((windowMs * sampleRateHz) / 1000));
    const hopSamples = Math.max(1, Math.round((hopMs * sampleRateHz) / 1000));
    return new MovingEnvelope(kind, windowSamples, Math.min(hopSamples, windowSamples));
  }

  /** Adds one sample; returns true when a hop completes and `value` is fresh. */
  push(sample: number): boolean {
    const contribution = this.kind === "rms" ? sample * sample : Math.abs(sample);
    this.sum += contribution - (this.ring[this.index] ?? 0);
    this.ring[this.index] = contribution;
    this.index = (this.index + 1) % this.ring.length;
    if (this.filled < this.ring.length) this.filled++;
    // A running sum drifts by rounding; recompute it exactly once per window length.
    if (++this.sinceResum >= this.ring.length) {
      this.sinceResum = 0;
      this.sum = this.ring.reduce((total, value) => total + value, 0);
    }
    if (++this.sinceHop < this.hopSamples) return false;
    this.sinceHop = 0;
    return true;
  }

  /** Samples still to come before the next hop completes. */
  get samplesToHop(): number {
    return this.hopSamples - this.sinceHop;
  }

  /** Forgets every sample (a gap in the data): the window refills and hops count from the next sample. */
  reset(): void {
    this.ring.fill(0);
    this.index = 0;
    this.filled = 0;
    this.sum = 0;
    this.sinceHop = 0;
    this.sinceResum = 0;
  }

  /** Envelope over the samples seen so far in the window (RMS or mean rectified value). */
  get value(): number {
    if (this.filled === 0) return 0;
    const mean = Math.max(0, this.sum) / this.filled;
    return this.kind === "rms" ? Math.sqrt(mean) : mean;
  }

  /** Envelope of a whole block in one call: one value per completed hop. */
  processBlock(samples: Float64Array): number[] {
    const values: number[] = [];
    for (const sample of samples) if (this.push(sample)) values.push(this.value);
    return values;
  }
}
