// One channel's conditioning chain: band-pass, mains notch and the onset detector's extra high-pass, and
// how it (re)starts. A narrow notch has a long memory (≈ 0.1 s per 3 Hz stage): started from zero with
// mains on the lead, or left holding a floating lead's millivolts of mains, it lets mains through for
// hundreds of ms. So the chain is started in the steady state of what the lead carries (a fitted lead
// model, mains-priming.ts): at the start and after a gap (the processor holds the first samples for it),
// and a moment after a faulty lead is back (from its first clean samples). Samples at an ADC rail never
// enter the chain.

import { BiquadCascade } from "../dsp/biquad.ts";
import type { SuitDspConfig } from "./config.ts";
import { designBandPass, designDetectionHighPass, MainsNotchSelector } from "./emg-filters.ts";
import { fitLeadModel, mainsLineFrequencies, primeWindowSamples, syntheticPast } from "./mains-priming.ts";

/** A constant settles the band-pass to < 1e-6 within this (slowest pole of the 20 Hz high-pass: ≈ 21 ms). */
const levelSettleMs = 400;
/** The lines' run-in: two 3 Hz notch stages (≈ 106 ms time constant each) settle to ≈ −75 dB. */
const linesRunInMs = 1200;

export interface ConditionedSegment {
  /** Band-passed (µV). */
  band: Float64Array;
  /** Band-passed and notched: the EMG the envelope and spectra use. */
  notched: Float64Array;
  /** Notched and high-passed for the onset detector. */
  detection: Float64Array;
}

/** The samples `from` up to `to` (exclusive; the end when omitted) of every signal of a segment. */
export function segmentSlice(segment: ConditionedSegment, from: number, to?: number): ConditionedSegment {
  return {
    band: segment.band.subarray(from, to),
    notched: segment.notched.subarray(from, to),
    detection: segment.detection.subarray(from, to),
  };
}

/**
 * Writes the counts into `uv` in µV, with samples at an ADC rail replaced by the last sample within range:
 * a railed sample says nothing about the skin, and a step to the rail (8 mV) would ring through every
 * filter. The electrode check still sees the raw counts. Returns the last sample within range.
 */
function holdRails(
  raw: Float64Array,
  config: SuitDspConfig,
  lastBefore: number | null,
  uv: Float64Array,
): number | null {
  const { adcMinCounts, adcMaxCounts, uvPerCount } = config;
  let last = lastBefore;
  for (let i = 0; i < raw.length; i++) {
    const count = raw[i] ?? 0;
    const railed = count <= adcMinCounts + 1 || count >= adcMaxCounts - 1;
    if (!railed || last === null) last = count * uvPerCount;
    uv[i] = last;
  }
  return last;
}

export class ChannelConditioner {
  readonly notch: MainsNotchSelector;
  private readonly bandPass: BiquadCascade;
  private readonly detectionFilter: BiquadCascade;
  /** Clean samples collected after a lead came back, until there are enough to fit. */
  private reattach: { window: Float64Array; filled: number } | null = null;
  /** Times the chain was started in a fitted steady state. */
  primes = 0;
  /** The last sample within the ADC range (µV): what the filters see instead of a sample at a rail. */
  private lastInRangeUv: number | null = null;

  constructor(private readonly config: SuitDspConfig) {
    this.bandPass = new BiquadCascade(designBandPass(config));
    this.notch = new MainsNotchSelector(config, config.notch.mode !== "off");
    this.detectionFilter = new BiquadCascade(designDetectionHighPass(config));
  }

  /**
   * Filters contiguous samples (ADC counts) through the whole chain into `out` (arrays of the same length);
   * re-primes within them when a lead is back.
   */
  run(counts: Float64Array, out: ConditionedSegment): void {
    this.lastInRangeUv = holdRails(counts, this.config, this.lastInRangeUv, out.band);
    const split = this.reattach ? this.reattach.window.length - this.reattach.filled : counts.length;
    if (split >= counts.length) {
      this.filter(out);
      return;
    }
    this.filter(segmentSlice(out, 0, split));
    this.filter(segmentSlice(out, split));
  }

  /** A gap in the data: everything restarts; the processor primes it again from the first samples after. */
  restart(): void {
    this.bandPass.reset();
    this.resetNarrowFilters();
    this.reattach = null;
  }

  /** Starts the chain in the steady state of the lead over `counts`, the samples about to be filtered. */
  primeBefore(counts: Float64Array): void {
    const uv = new Float64Array(counts.length);
    holdRails(counts, this.config, this.lastInRangeUv, uv);
    this.prime(uv, 0);
  }

  /**
   * A faulty lead is back: the notch forgets the fault now (a floating lead left millivolts of mains in it),
   * and the chain is primed on the first clean samples, which also ends the band-pass's ringing.
   */
  leadReturned(): void {
    this.resetNarrowFilters();
    this.reattach = {
      window: new Float64Array(primeWindowSamples(this.config, this.notch.mainsHz)),
      filled: 0,
    };
  }

  /** `out.band` holds the segment's input (µV, rails held) and is filtered in place. */
  private filter(out: ConditionedSegment): void {
    // The re-attach window wants the input, which the band-pass overwrites.
    this.collect(out.band);
    this.bandPass.processInPlace(out.band);
    out.notched.set(out.band);
    this.notch.processInPlace(out.notched);
    out.detection.set(out.notched);
    this.detectionFilter.processInPlace(out.detection);
    // A window completed here primes the chain for the sample after it.
    const reattach = this.reattach;
    if (reattach && reattach.filled === reattach.window.length) {
      this.reattach = null;
      this.prime(reattach.window, reattach.window.length);
    }
  }

  private collect(rawUv: Float64Array): void {
    const reattach = this.reattach;
    if (!reattach) return;
    reattach.window.set(rawUv.subarray(0, reattach.window.length - reattach.filled), reattach.filled);
    reattach.filled = Math.min(reattach.window.length, reattach.filled + rawUv.length);
  }

  /** Fits the lead over `windowUv`; the chain takes the model's steady state as of window index `nextIndex`. */
  private prime(windowUv: Float64Array, nextIndex: number): void {
    this.primes++;
    const mainsHz = this.notch.mainsHz;
    const model = fitLeadModel(
      windowUv,
      this.config.sampleRateHz,
      mainsLineFrequencies(this.config, mainsHz),
    );
    const past = syntheticPast(model, nextIndex, this.samples(linesRunInMs));
    this.runInLevel(model.levelUv + model.slopeUvPerSample * nextIndex);
    this.bandPass.processInPlace(past);
    this.notch.reset();
    this.notch.processInPlace(past);
    this.detectionFilter.reset();
  }

  private resetNarrowFilters(): void {
    this.notch.reset();
    this.detectionFilter.reset();
  }

  private runInLevel(levelUv: number): void {
    this.bandPass.reset();
    this.bandPass.processInPlace(new Float64Array(this.samples(levelSettleMs)).fill(levelUv));
  }

  private samples(ms: number): number {
    return Math.ceil((ms * this.config.sampleRateHz) / 1000);
  }
}
