// Condenses the processor's 10 ms envelope hops into one summary per window (250 ms by default), so the
// message rate stays a few per second: RMS per channel, the spectral indicators reported in the window and
// the time the agent spent processing the window's samples. Windows are aligned on processor time.
import type { EnvelopeFrame, SpectralWindow } from "../../suit/index.ts";

export interface WindowSummary {
  startProcMs: number;
  endProcMs: number;
  /** RMS over the window per channel (µV): the root of the mean squared 100 ms envelope. */
  rmsUv: number[];
  /** Median / mean frequency of the spectral windows completed in this window (Hz), null when none. */
  medianHz: (number | null)[];
  meanHz: (number | null)[];
  hops: number;
  /** Agent time spent processing the blocks that fell into this window (ms). */
  processingMs: number;
  maxBlockProcessingMs: number;
  /** Sample instants lost inside this window (the data is spliced there). */
  gapSamples: number;
}

interface OpenWindow {
  index: number;
  /** Processor time of the first hop: the start of a window reopened after a flush. */
  firstHopMs: number;
  /** Its index was flushed before (a pause): it starts at its first hop, so its time differs from the first part's. */
  resumed: boolean;
  sumSquares: Float64Array;
  hops: number;
  medianSum: Float64Array;
  meanSum: Float64Array;
  spectra: Uint16Array;
  processingMs: number;
  maxBlockMs: number;
  gapSamples: number;
}

export class EnvelopeWindows {
  private open: OpenWindow | null = null;
  private lastClosedIndex = Number.NEGATIVE_INFINITY;
  /** Lost samples not yet attributed: they go to the window of the next hop (the one the gap falls in). */
  private pendingGapSamples = 0;

  constructor(
    private readonly windowMs: number,
    private readonly channelCount: number,
  ) {}

  /** Adds one hop; returns the windows it closed (at most one unless hops were skipped). */
  addEnvelope(frame: EnvelopeFrame): WindowSummary[] {
    const index = Math.floor(frame.timeMs / this.windowMs);
    const closed: WindowSummary[] = [];
    if (this.open && index > this.open.index) {
      closed.push(this.summarise(this.open));
      this.open = null;
    }
    this.open ??= this.emptyWindow(index, frame.timeMs);
    const window = this.open;
    window.gapSamples += this.pendingGapSamples;
    this.pendingGapSamples = 0;
    frame.envelopeUv.forEach((value, c) => {
      if (c < this.channelCount) window.sumSquares[c] = (window.sumSquares[c] ?? 0) + value * value;
    });
    window.hops++;
    return closed;
  }

  /** A spectral window completed now: it is reported with the open summary window. */
  addSpectrum(spectrum: SpectralWindow): void {
    const window = this.open;
    if (!window || spectrum.channel >= this.channelCount) return;
    window.medianSum[spectrum.channel] = (window.medianSum[spectrum.channel] ?? 0) + spectrum.medianHz;
    window.meanSum[spectrum.channel] = (window.meanSum[spectrum.channel] ?? 0) + spectrum.meanHz;
    window.spectra[spectrum.channel] = (window.spectra[spectrum.channel] ?? 0) + 1;
  }

  /** Samples were lost before the next hop. */
  noteGap(samples: number): void {
    this.pendingGapSamples += samples;
  }

  addProcessing(ms: number): void {
    if (!this.open) return;
    this.open.processingMs += ms;
    this.open.maxBlockMs = Math.max(this.open.maxBlockMs, ms);
  }

  /** Closes the open window (end of stream or of the processor's life). */
  flush(): WindowSummary[] {
    const open = this.open;
    this.open = null;
    return open ? [this.summarise(open)] : [];
  }

  private emptyWindow(index: number, firstHopMs: number): OpenWindow {
    const n = this.channelCount;
    return {
      index,
      firstHopMs,
      resumed: index <= this.lastClosedIndex,
      sumSquares: new Float64Array(n),
      hops: 0,
      medianSum: new Float64Array(n),
      meanSum: new Float64Array(n),
      spectra: new Uint16Array(n),
      processingMs: 0,
      maxBlockMs: 0,
      gapSamples: 0,
    };
  }

  private summarise(window: OpenWindow): WindowSummary {
    this.lastClosedIndex = Math.max(this.lastClosedIndex, window.index);
    const perChannel = (sums: Float64Array) =>
      Array.from(sums, (sum, c) => ((window.spectra[c] ?? 0) > 0 ? sum / (window.spectra[c] ?? 1) : null));
    return {
      startProcMs: window.resumed ? window.firstHopMs : window.index * this.windowMs,
      endProcMs: (window.index + 1) * this.windowMs,
      rmsUv: Array.from(window.sumSquares, (sum) => Math.sqrt(sum / Math.max(1, window.hops))),
      medianHz: perChannel(window.medianSum),
      meanHz: perChannel(window.meanSum),
      hops: window.hops,
      processingMs: window.processingMs,
      maxBlockProcessingMs: window.maxBlockMs,
      gapSamples: window.gapSamples,
    };
  }
}
