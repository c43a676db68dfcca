// Electrode-off detection from what a lifted electrode does to the signal: a flat line (amplifier lead-off
// clamp), samples pinned at an ADC rail, or a floating input that picks up huge mains and broadband noise.
// A suspicious hop suppresses onsets at once; "off" is declared after it persists, "on" after it has been
// clear for a while, followed by a blanking time while the filters settle.

import type { SuitDspConfig } from "./config.ts";

export type ElectrodeFault = "flat" | "saturated" | "noisy";

/** A single hop judged flat needs enough samples for the judgement to mean anything. */
const minSamplesForFlatHop = 8;
const noisySmoothingMs = 100;

export interface HopSignalStats {
  rawMin: number;
  rawMax: number;
  railSamples: number;
  samples: number;
  /** RMS of what the mains notch removed (µV). */
  mainsUv: number;
  /** RMS of the band-passed signal before the notch (µV). */
  bandUv: number;
}

export interface ElectrodeEvent {
  channel: number;
  /** When the fault began (off) or ended (on), ms since stream start. */
  atMs: number;
  detectedAtMs: number;
  state: "off" | "on";
  fault?: ElectrodeFault;
}

export class ElectrodeCheck {
  private readonly flatHops: number;
  private readonly recentMin: number[] = [];
  private readonly recentMax: number[] = [];
  private off = false;
  private faultySince: number | null = null;
  private cleanSince: number | null = null;
  private lastFault: ElectrodeFault = "flat";
  private blankedUntilMs = Number.NEGATIVE_INFINITY;
  private suspicious = false;
  private readonly smoothing: number;
  private smoothedMains = 0;
  private smoothedBand = 0;

  constructor(
    private readonly channel: number,
    private readonly config: SuitDspConfig["electrode"],
    hopMs: number,
  ) {
    this.flatHops = Math.max(1, Math.ceil(config.flatWindowMs / hopMs));
    this.smoothing = Math.min(1, hopMs / noisySmoothingMs);
  }

  get isOff(): boolean {
    return this.off;
  }

  /** True while onsets must not be trusted: off, suspicious right now, or settling after re-attachment. */
  suppressed(timeMs: number): boolean {
    return this.off || this.faultySince !== null || this.suspicious || timeMs < this.blankedUntilMs;
  }

  /** The fault the current hops show (before or after "off" is confirmed), or null when they look clean. */
  get currentFault(): ElectrodeFault | null {
    return this.faultySince === null ? null : this.lastFault;
  }

  private rememberRange(stats: HopSignalStats): void {
    this.recentMin.push(stats.rawMin);
    this.recentMax.push(stats.rawMax);
    if (this.recentMin.length > this.flatHops) {
      this.recentMin.shift();
      this.recentMax.shift();
    }
  }

  private fault(stats: HopSignalStats): ElectrodeFault | null {
    if (stats.samples > 0 && stats.railSamples >= this.config.railFraction * stats.samples)
      return "saturated";
    const spanCounts = Math.max(...this.recentMax) - Math.min(...this.recentMin);
    if (this.recentMin.length === this.flatHops && spanCounts <= this.config.flatCounts) return "flat";
    // A floating lead is loud and mostly mains; loud alone could be a very strong contraction.
    const bandUv = Math.sqrt(this.smoothedBand);
    const mainsDominated = Math.sqrt(this.smoothedMains) >= this.config.noisyMainsFraction * bandUv;
    if (bandUv >= this.config.noisyBandUv && mainsDominated) return "noisy";
    return null;
  }

  /**
   * Signs that appear within one hop of a lift-off, before a fault can be confirmed: a rail sample or a flat
   * hop. They only suppress onsets. (Loudness alone is not one: a 10 ms hop of a strong contraction can
   * exceed any fixed level.)
   */
  private suspiciousHop(stats: HopSignalStats): boolean {
    const flatHop =
      stats.samples >= minSamplesForFlatHop && stats.rawMax - stats.rawMin <= this.config.flatCounts;
    return stats.railSamples > 0 || flatHop;
  }

  /** One hop ending at `timeMs` that started at `hopStartMs`. */
  step(hopStartMs: number, timeMs: number, stats: HopSignalStats): ElectrodeEvent | null {
    this.rememberRange(stats);
    // Powers smoothed over ~100 ms: in one 10 ms hop the notch's share of a strong contraction varies a lot.
    this.smoothedMains += this.smoothing * (stats.mainsUv ** 2 - this.smoothedMains);
    this.smoothedBand += this.smoothing * (stats.bandUv ** 2 - this.smoothedBand);
    this.suspicious = this.suspiciousHop(stats);
    const fault = this.fault(stats);
    if (fault !== null) {
      this.lastFault = fault;
      this.cleanSince = null;
      this.faultySince ??= hopStartMs;
      if (!this.off && timeMs - this.faultySince >= this.config.confirmMs) {
        this.off = true;
        return { channel: this.channel, atMs: this.faultySince, detectedAtMs: timeMs, state: "off", fault };
      }
      return null;
    }
    this.faultySince = null;
    if (!this.off) return null;
    this.cleanSince ??= hopStartMs;
    if (timeMs - this.cleanSince < this.config.clearMs) return null;
    this.off = false;
    this.blankedUntilMs = timeMs + this.config.blankingMs;
    return {
      channel: this.channel,
      atMs: this.cleanSince,
      detectedAtMs: timeMs,
      state: "on",
      fault: this.lastFault,
    };
  }
}
