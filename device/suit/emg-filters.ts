// The surface-EMG conditioning chain: a Butterworth band-pass (20–450 Hz, the SENIAM/De Luca
// recommendation: below 20 Hz is mostly motion artefact, above ~450 Hz little EMG power remains) and
// mains notches. The upper edge is clamped below Nyquist so the same chain works from 200 to 4000 Hz.

import type { BiquadCoefficients } from "../dsp/biquad.ts";
import { BiquadCascade, butterworthQs, highPass, lowPass, notch } from "../dsp/biquad.ts";
import type { SuitDspConfig } from "./config.ts";

/** The highest usable band-pass edge or notch frequency, as a fraction of the sampling rate. */
export const maxEdgeFractionOfRate = 0.45;

export type MainsHz = 50 | 60;

export function effectiveBand(config: SuitDspConfig): { lowHz: number; highHz: number } {
  const highHz = Math.min(config.bandPass.highHz, maxEdgeFractionOfRate * config.sampleRateHz);
  return { lowHz: Math.min(config.bandPass.lowHz, highHz / 2), highHz };
}

export function designBandPass(config: SuitDspConfig): BiquadCoefficients[] {
  const { lowHz, highHz } = effectiveBand(config);
  const qs = butterworthQs(config.bandPass.order);
  return [
    ...qs.map((q) => highPass(lowHz, config.sampleRateHz, q)),
    ...qs.map((q) => lowPass(highHz, config.sampleRateHz, q)),
  ];
}

/** The onset detector's extra high-pass, or no sections when disabled or above the band. */
export function designDetectionHighPass(config: SuitDspConfig): BiquadCoefficients[] {
  const cutoffHz = config.onset.highPassHz;
  if (cutoffHz <= effectiveBand(config).lowHz || cutoffHz >= effectiveBand(config).highHz / 2) return [];
  return butterworthQs(4).map((q) => highPass(cutoffHz, config.sampleRateHz, q));
}

/**
 * Cascaded notches at the mains fundamental and its harmonics below the band edge. The grid frequency is
 * off nominal by up to ±0.1 Hz and a harmonic h is off by h times that, so harmonic h gets h times the
 * bandwidth; two stages keep ≥ 35 dB at the worst deviation (see docs/suit-estimators.md).
 */
export function designMainsNotch(config: SuitDspConfig, mainsHz: MainsHz): BiquadCoefficients[] {
  const { sampleRateHz } = config;
  const { bandwidthHz, stages, highestHarmonic } = config.notch;
  const sections: BiquadCoefficients[] = [];
  for (let harmonic = 1; harmonic <= highestHarmonic; harmonic++) {
    const frequency = harmonic * mainsHz;
    if (frequency > maxEdgeFractionOfRate * sampleRateHz) break;
    for (let i = 0; i < stages; i++) sections.push(notch(frequency, sampleRateHz, harmonic * bandwidthHz));
  }
  return sections;
}

/**
 * Applies the mains notch that the configuration or the detector chose. While undecided (auto mode before
 * detection) it applies both the 50 and the 60 Hz notch, and keeps each single chain warm so switching to
 * the chosen one causes no transient.
 */
export class MainsNotchSelector {
  private readonly chains = new Map<MainsHz, BiquadCascade>();
  private readonly secondOfBoth: BiquadCascade | null;
  private chosen: MainsHz | null;
  private readonly scratch = { buffer: new Float64Array(0) };

  constructor(
    config: SuitDspConfig,
    private readonly enabled: boolean,
  ) {
    const mode = config.notch.mode;
    this.chosen = mode === 50 || mode === 60 ? mode : null;
    for (const hz of [50, 60] as const) this.chains.set(hz, new BiquadCascade(designMainsNotch(config, hz)));
    this.secondOfBoth = this.chosen === null ? new BiquadCascade(designMainsNotch(config, 60)) : null;
  }

  get mainsHz(): MainsHz | null {
    return this.chosen;
  }

  choose(mainsHz: MainsHz): void {
    this.chosen = mainsHz;
  }

  /** Drops stored energy, e.g. the ringing a notch keeps after a floating lead's huge mains stops. */
  reset(): void {
    for (const chain of this.chains.values()) chain.reset();
    this.secondOfBoth?.reset();
  }

  processInPlace(samples: Float64Array): void {
    if (!this.enabled) return;
    if (this.chosen !== null) {
      this.chains.get(this.chosen)?.processInPlace(samples);
      return;
    }
    if (this.scratch.buffer.length < samples.length) this.scratch.buffer = new Float64Array(samples.length);
    const copy = this.scratch.buffer.subarray(0, samples.length);
    copy.set(samples);
    this.chains.get(60)?.processInPlace(copy);
    this.chains.get(50)?.processInPlace(samples);
    this.secondOfBoth?.processInPlace(samples);
  }
}

/**
 * Band-pass plus a fixed notch choice (null = both 50 and 60 Hz), for one channel: what a channel's signal
 * goes through once the mains frequency is known. Used to measure rejection on a mains-only signal.
 */
export class EmgConditioner {
  private readonly cascade: BiquadCascade;

  constructor(config: SuitDspConfig, mainsHz: MainsHz | null) {
    const notches =
      mainsHz === null
        ? [...designMainsNotch(config, 50), ...designMainsNotch(config, 60)]
        : designMainsNotch(config, mainsHz);
    this.cascade = new BiquadCascade([
      ...designBandPass(config),
      ...(config.notch.mode === "off" ? [] : notches),
    ]);
  }

  processInPlace(samples: Float64Array): void {
    this.cascade.processInPlace(samples);
  }
}
