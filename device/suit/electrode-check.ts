// Electrode-off detection from what a lifted electrode does to the signal: a flat line (amplifier lead-off
// clamp), samples pinned at an ADC rail, or a floating input that picks up huge mains and broadband noise.
// A suspicious hop suppresses onsets at once; "off" is declared after it persists, "on" after it has been
// clear for a while, followed by a blanking time while the filters settle.

import type { SuitDspConfig } from "./config.ts";

export type ElectrodeFault = "flat" | "saturated" | "noisy";

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

  constructor(
    private readonly channel: number,
    private readonly config: SuitDspConfig["electrode"],
    hopMs: number,
  ) {
    this.flatHops = Math.max(1, Math.ceil(config.flatWindowMs / hopMs));
  }

  get isOff(): boolean {
    return this.off;
  }

  /** True while onsets must not be trusted: off, suspicious right now, or settling after re-attachment. */
  suppressed(timeMs: number): boolean {
    return this.off || this.faultySince !== null || timeMs < this.blankedUntilMs;
  }

  private fault(stats: HopSignalStats): ElectrodeFault | null {
    this.recentMin.push(stats.rawMin);
    this.recentMax.push(stats.rawMax);
    if (this.recentMin.length > this.flatHops) {
      this.recentMin.shift();
      this.recentMax.shift();
    }
    if (stats.samples > 0 && stats.railSamples >= this.config.railFraction * stats.samples)
      return "saturated";
    const spanCounts = Math.max(...this.recentMax) - Math.min(...this.recentMin);
    if (this.recentMin.length === this.flatHops && spanCounts <= this.config.flatCounts) return "flat";
    if (stats.mainsUv >= this.config.noisyMainsUv || stats.bandUv >= this.config.noisyBandUv) return "noisy";
    return null;
  }

  /** One hop ending at `timeMs` that started at `hopStartMs`. */
  step(hopStartMs: number, timeMs: number, stats: HopSignalStats): ElectrodeEvent | null {
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
    const event: ElectrodeEvent = {
      channel: this.channel,
      atMs: this.cleanSince,
      detectedAtMs: timeMs,
      state: "on",
    };
    event.fault = this.lastFault;
    return event;
  }
}
