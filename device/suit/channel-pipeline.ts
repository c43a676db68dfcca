// Everything that happens to one EMG channel: the conditioning chain (band-pass, notch, detection band),
// envelope, electrode check, resting baseline, onset/offset detection, spectral indicators and the fatigue
// trend. Blocks are worked through hop by hop, so a lead fault changes the chain from the next hop on
// whatever the block length.

import type { ConditionedSegment } from "./channel-conditioner.ts";
import { ChannelConditioner, segmentSlice } from "./channel-conditioner.ts";
import type { SuitDspConfig } from "./config.ts";
import type { ElectrodeEvent, HopSignalStats } from "./electrode-check.ts";
import { ElectrodeCheck } from "./electrode-check.ts";
import type { MainsNotchSelector } from "./emg-filters.ts";
import { effectiveBand } from "./emg-filters.ts";
import { FatigueTrendTracker } from "./fatigue-trend.ts";
import { MovingEnvelope } from "./moving-envelope.ts";
import type { OffsetEvent, OnsetEvent } from "./onset-detector.ts";
import { OnsetDetector, onsetThresholds } from "./onset-detector.ts";
import { RestBaselineTracker } from "./rest-baseline.ts";
import { spectralIndicators, spectralWindowLength } from "./spectrum.ts";

export interface SpectralWindow {
  channel: number;
  /** Centre of the window (ms since stream start). */
  timeMs: number;
  medianHz: number;
  meanHz: number;
  /** True when the muscle was clearly active for the whole window: only these feed the fatigue trend. */
  active: boolean;
}

export interface ChannelBlockResult {
  /** The block band-passed (µV), for the mains detector. */
  band: Float64Array;
  envelopeTimesMs: number[];
  envelopeUv: number[];
  onsets: OnsetEvent[];
  offsets: OffsetEvent[];
  electrode: ElectrodeEvent[];
  spectra: SpectralWindow[];
  /** Rises judged sharp artefacts (electrode pops, cable crackle) rather than onsets. */
  rejectedRises: number;
}

/** Sees each block of a channel's band-passed and notched signal (µV), e.g. to measure mains residue. */
export type NotchedTap = (channel: number, notched: Float64Array) => void;

/** Per-hop raw statistics for the electrode check. */
function emptyHop() {
  return {
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    rail: 0,
    samples: 0,
    mains: 0,
    band: 0,
    /** Sum of squares of the detection-band samples. */
    detection: 0,
  };
}

/** Minimum active windows before a fatigue slope is reported. */
export const minFatigueWindows = 20;

export class ChannelPipeline {
  private readonly conditioner: ChannelConditioner;
  readonly fatigue: FatigueTrendTracker;
  private readonly envelope: MovingEnvelope;
  /** Envelope of the detection band (the extra high-pass), which the onset detector and baseline use. */
  private readonly detectionEnvelope: MovingEnvelope;
  private readonly baseline: RestBaselineTracker;
  private readonly detector: OnsetDetector;
  private readonly electrode: ElectrodeCheck;
  private readonly spectral: { buffer: Float64Array; filled: number; hops: number; activeHops: number };
  private readonly msPerSample: number;
  private hop = emptyHop();
  private processed = 0;
  /** The lead looked faulty in the last hop (as far as the filters are concerned). */
  private leadFaulty = false;
  /** Onsets are suppressed until this time after a gap in the data (the filters and envelopes refill). */
  private settledAtMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly channel: number,
    private readonly config: SuitDspConfig,
  ) {
    const { envelope, baseline, sampleRateHz } = config;
    this.msPerSample = 1000 / sampleRateHz;
    this.conditioner = new ChannelConditioner(config);
    this.envelope = MovingEnvelope.fromMs(envelope.kind, envelope.windowMs, envelope.hopMs, sampleRateHz);
    this.detectionEnvelope = MovingEnvelope.fromMs(
      envelope.kind,
      envelope.windowMs,
      envelope.hopMs,
      sampleRateHz,
    );
    const hopMs = this.envelope.hopSamples * this.msPerSample;
    const hopsIn = (ms: number) => Math.max(1, Math.round(ms / hopMs));
    this.baseline = new RestBaselineTracker(
      hopsIn(baseline.historyS * 1000),
      baseline.percentile,
      hopsIn(baseline.updateEveryMs),
      hopsIn(baseline.warmupMs),
    );
    this.detector = new OnsetDetector(
      channel,
      config.onset,
      hopMs,
      this.envelope.windowSamples * this.msPerSample,
    );
    this.electrode = new ElectrodeCheck(channel, config.electrode, hopMs);
    this.fatigue = new FatigueTrendTracker(channel, minFatigueWindows);
    const spectralLength = spectralWindowLength(config.spectrum.windowMs, sampleRateHz);
    this.spectral = { buffer: new Float64Array(spectralLength), filled: 0, hops: 0, activeHops: 0 };
  }

  get notch(): MainsNotchSelector {
    return this.conditioner.notch;
  }

  get electrodeOff(): boolean {
    return this.electrode.isOff;
  }

  /**
   * The samples before and after this point are not contiguous (samples lost, or a pause): every filter,
   * envelope and the detector start again, keeping the mains decision, the resting baseline and the
   * fatigue trend. Returns the activation in progress, ended as interrupted.
   */
  restartAfterGap(): OffsetEvent | null {
    const atMs = this.processed * this.msPerSample;
    this.conditioner.restart();
    this.envelope.reset();
    this.detectionEnvelope.reset();
    this.hop = emptyHop();
    Object.assign(this.spectral, { filled: 0, hops: 0, activeHops: 0 });
    this.settledAtMs = atMs + this.config.onset.gapSettleMs;
    return this.detector.restart(atMs);
  }

  /** `raw` in ADC counts; the chain runs here, hop by hop. */
  process(raw: Float64Array, notchedTap?: NotchedTap): ChannelBlockResult {
    const n = raw.length;
    const result: ChannelBlockResult = {
      band: new Float64Array(n),
      envelopeTimesMs: [],
      envelopeUv: [],
      onsets: [],
      offsets: [],
      electrode: [],
      spectra: [],
      rejectedRises: 0,
    };
    const conditioned = { band: result.band, notched: new Float64Array(n), detection: new Float64Array(n) };
    for (let from = 0; from < n; ) {
      const to = Math.min(n, from + this.envelope.samplesToHop);
      const counts = raw.subarray(from, to);
      const segment = segmentSlice(conditioned, from, to);
      this.conditioner.run(counts, segment);
      this.processSegment(counts, segment, result);
      from = to;
    }
    notchedTap?.(this.channel, conditioned.notched);
    return result;
  }

  /** Samples up to the next hop at most, already conditioned: a hop completes only at the segment's end. */
  private processSegment(raw: Float64Array, segment: ConditionedSegment, result: ChannelBlockResult): void {
    const { band, notched, detection } = segment;
    const { adcMinCounts, adcMaxCounts } = this.config;
    for (let i = 0; i < raw.length; i++) {
      const rawValue = raw[i] ?? 0;
      const clean = notched[i] ?? 0;
      const removed = (band[i] ?? 0) - clean;
      const hop = this.hop;
      if (rawValue < hop.min) hop.min = rawValue;
      if (rawValue > hop.max) hop.max = rawValue;
      if (rawValue <= adcMinCounts + 1 || rawValue >= adcMaxCounts - 1) hop.rail++;
      hop.samples++;
      hop.mains += removed * removed;
      hop.band += (band[i] ?? 0) ** 2;
      hop.detection += (detection[i] ?? 0) ** 2;
      this.pushSpectral(clean, this.processed + i, result);
      this.detectionEnvelope.push(detection[i] ?? 0);
      if (this.envelope.push(clean)) this.completeHop(this.processed + i, result);
    }
    this.processed += raw.length;
  }

  /** Starts the chain in the steady state of the lead over `raw` (counts), the samples about to come. */
  primeBefore(raw: Float64Array): void {
    this.conditioner.primeBefore(raw);
  }

  private completeHop(lastSample: number, result: ChannelBlockResult): void {
    const timeMs = lastSample * this.msPerSample;
    const hopStartMs = (lastSample + 1 - this.hop.samples) * this.msPerSample;
    const detectionHopUv = Math.sqrt(this.hop.detection / Math.max(1, this.hop.samples));
    this.checkElectrode(hopStartMs, timeMs, result);
    result.envelopeTimesMs.push(timeMs);
    result.envelopeUv.push(this.envelope.value);
    this.detectActivation(timeMs, detectionHopUv, result);
  }

  private checkElectrode(hopStartMs: number, timeMs: number, result: ChannelBlockResult): void {
    const hop = this.hop;
    const stats: HopSignalStats = {
      rawMin: hop.min,
      rawMax: hop.max,
      railSamples: hop.rail,
      samples: hop.samples,
      mainsUv: Math.sqrt(hop.mains / Math.max(1, hop.samples)),
      bandUv: Math.sqrt(hop.band / Math.max(1, hop.samples)),
    };
    this.hop = emptyHop();
    const event = this.electrode.step(hopStartMs, timeMs, stats);
    if (event) result.electrode.push(event);
    // A floating lead is judged on powers smoothed over 100 ms; for the filters it has ended as soon as a
    // hop is no longer loud, so the notch stops ringing with its millivolts of mains at once.
    const fault = this.electrode.currentFault;
    const leadFaulty =
      fault !== null && (fault !== "noisy" || stats.bandUv >= this.config.electrode.noisyBandUv);
    if (this.leadFaulty && !leadFaulty) this.conditioner.leadReturned();
    this.leadFaulty = leadFaulty;
  }

  private detectActivation(timeMs: number, hopUv: number, result: ChannelBlockResult): void {
    const envelopeUv = this.detectionEnvelope.value;
    const suppressed = this.electrode.suppressed(timeMs) || timeMs < this.settledAtMs;
    if (!suppressed) this.baseline.push(envelopeUv);
    const baseline = this.baseline.baseline;
    const thresholds = baseline && !suppressed ? onsetThresholds(baseline, this.config.onset) : null;
    const wasActive = this.detector.active;
    const step = this.detector.step(timeMs, envelopeUv, thresholds, hopUv);
    if (step.onset) result.onsets.push(step.onset);
    if (step.rejected) result.rejectedRises++;
    if (step.offset) result.offsets.push(step.offset);
    if (wasActive && thresholds === null) {
      result.offsets.push({
        channel: this.channel,
        offsetMs: timeMs,
        detectedAtMs: timeMs,
        interrupted: true,
      });
    }
    // Only windows where the muscle is clearly on throughout say anything about its spectrum.
    const clearlyActive =
      thresholds !== null &&
      this.detector.active &&
      envelopeUv >= this.config.spectrum.minActivityRatio * (baseline?.levelUv ?? Number.POSITIVE_INFINITY);
    this.spectral.hops++;
    if (clearlyActive) this.spectral.activeHops++;
  }

  private pushSpectral(sample: number, sampleIndex: number, result: ChannelBlockResult): void {
    const spectral = this.spectral;
    spectral.buffer[spectral.filled++] = sample;
    if (spectral.filled < spectral.buffer.length) return;
    spectral.filled = 0;
    const { lowHz, highHz } = effectiveBand(this.config);
    const { medianHz, meanHz } = spectralIndicators(spectral.buffer, this.config.sampleRateHz, lowHz, highHz);
    const active = spectral.hops > 0 && spectral.activeHops === spectral.hops;
    spectral.hops = 0;
    spectral.activeHops = 0;
    const timeMs = (sampleIndex + 1 - spectral.buffer.length / 2) * this.msPerSample;
    if (active) this.fatigue.add(timeMs, medianHz);
    result.spectra.push({ channel: this.channel, timeMs, medianHz, meanHz, active });
  }
}
