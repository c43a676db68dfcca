// The multi-channel suit EMG estimator: band-pass, mains detection and notch, then one ChannelPipeline per
// channel, and movement intention across channels. Pure: feed it interleaved ADC counts, get events back.
// Times are ms since the first sample fed; the pipeline layer maps them to wall time.

import type { Result } from "../../proto/index.ts";
import { BiquadCascade } from "../dsp/biquad.ts";
import type { NotchedTap, SpectralWindow } from "./channel-pipeline.ts";
import { ChannelPipeline } from "./channel-pipeline.ts";
import type { SuitDspConfig, SuitDspOverrides } from "./config.ts";
import { suitDspConfig } from "./config.ts";
import type { ElectrodeEvent } from "./electrode-check.ts";
import type { MainsHz } from "./emg-filters.ts";
import { designBandPass } from "./emg-filters.ts";
import type { FatigueTrend } from "./fatigue-trend.ts";
import type { IntentEvent } from "./intent-detector.ts";
import { IntentDetector, inDetectionOrder } from "./intent-detector.ts";
import { MainsDetector } from "./mains-detector.ts";
import type { OffsetEvent, OnsetEvent } from "./onset-detector.ts";

export interface EnvelopeFrame {
  timeMs: number;
  /** One envelope value per channel (µV). */
  envelopeUv: number[];
}

export interface SuitProcessorOutput {
  envelopes: EnvelopeFrame[];
  onsets: OnsetEvent[];
  offsets: OffsetEvent[];
  intents: IntentEvent[];
  electrode: ElectrodeEvent[];
  spectra: SpectralWindow[];
  /** Mains frequency the notch is using (null while both are applied). */
  mainsHz: MainsHz | null;
  /** Rises judged sharp artefacts (electrode pops, cable crackle) rather than onsets, all channels. */
  rejectedRises: number;
}

export class SuitEmgProcessor {
  private readonly bandPasses: BiquadCascade[];
  private readonly channels: ChannelPipeline[];
  private readonly mainsDetector: MainsDetector | null;
  private readonly intent: IntentDetector;
  /** Complete sample instants processed: the processor's clock. */
  private samplesFed = 0;
  private pending: number[] = [];
  /** Set by a gap: the band-pass starts the next block settled on its first sample (no DC step). */
  private settleBandPass = false;

  constructor(readonly config: SuitDspConfig) {
    const sections = designBandPass(config);
    this.bandPasses = Array.from({ length: config.channelCount }, () => new BiquadCascade(sections));
    this.channels = Array.from({ length: config.channelCount }, (_, c) => new ChannelPipeline(c, config));
    this.mainsDetector =
      config.notch.mode === "auto" ? new MainsDetector(config.sampleRateHz, config.channelCount) : null;
    this.intent = new IntentDetector(config.intent.groups, config.intent.quietBeforeMs);
  }

  static create(
    sampleRateHz: number,
    channelCount: number,
    overrides: SuitDspOverrides = {},
  ): Result<SuitEmgProcessor> {
    const config = suitDspConfig(sampleRateHz, channelCount, overrides);
    return config.ok ? { ok: true, value: new SuitEmgProcessor(config.value) } : config;
  }

  get mainsHz(): MainsHz | null {
    return this.channels[0]?.notch.mainsHz ?? null;
  }

  fatigueTrends(): FatigueTrend[] {
    return this.channels.map((channel) => channel.fatigue.trend);
  }

  electrodeOff(): boolean[] {
    return this.channels.map((channel) => channel.electrodeOff);
  }

  /**
   * The next samples do not continue the previous ones (samples were lost, or the suit paused): restarts
   * every filter, envelope and detector while keeping the mains decision, the resting baselines and the
   * fatigue trends, and suppresses onsets for `onset.gapSettleMs`. Returns the activations the gap
   * interrupted (offsets marked `interrupted`).
   */
  restartAfterGap(): OffsetEvent[] {
    this.pending = [];
    this.settleBandPass = true;
    for (const bandPass of this.bandPasses) bandPass.reset();
    if (this.mainsDetector && !this.mainsDetector.finished) this.mainsDetector.restartWindow();
    const offsets = this.channels.flatMap((channel) => channel.restartAfterGap() ?? []);
    for (const offset of offsets) this.intent.step({ kind: "offset", event: offset });
    const resumedAtMs = (this.samplesFed * 1000) / this.config.sampleRateHz;
    this.intent.restart(resumedAtMs + this.config.onset.gapSettleMs);
    return offsets;
  }

  /**
   * Interleaved samples (channel 0, 1, …, of sample 0, then sample 1, …) in ADC counts. A trailing partial
   * sample instant is kept and completed by the next call. `notchedTap`, when given, sees each channel's
   * band-passed and notched samples (for measuring what the notch leaves, not needed to run).
   */
  process(interleaved: ArrayLike<number>, notchedTap?: NotchedTap): SuitProcessorOutput {
    const raw = this.deinterleave(interleaved);
    if (this.settleBandPass && (raw[0]?.length ?? 0) > 0) this.primeBandPasses(raw);
    this.samplesFed += raw[0]?.length ?? 0;
    const bands = raw.map((samples, c) => {
      const band = new Float64Array(samples.length);
      for (let i = 0; i < samples.length; i++) band[i] = (samples[i] ?? 0) * this.config.uvPerCount;
      this.bandPasses[c]?.processInPlace(band);
      return band;
    });
    this.updateMains(bands);
    const results = this.channels.map((channel, c) =>
      channel.process(raw[c] ?? new Float64Array(0), bands[c] ?? new Float64Array(0), notchedTap),
    );
    const onsets = results.flatMap((result) => result.onsets);
    const offsets = results.flatMap((result) => result.offsets);
    const intents = inDetectionOrder(onsets, offsets).flatMap((activation) => this.intent.step(activation));
    const times = results[0]?.envelopeTimesMs ?? [];
    return {
      envelopes: times.map((timeMs, hop) => ({
        timeMs,
        envelopeUv: results.map((result) => result.envelopeUv[hop] ?? 0),
      })),
      onsets: onsets.sort((a, b) => a.onsetMs - b.onsetMs),
      offsets: offsets.sort((a, b) => a.offsetMs - b.offsetMs),
      intents,
      electrode: results.flatMap((result) => result.electrode).sort((a, b) => a.atMs - b.atMs),
      spectra: results.flatMap((result) => result.spectra),
      mainsHz: this.mainsHz,
      rejectedRises: results.reduce((sum, result) => sum + result.rejectedRises, 0),
    };
  }

  private deinterleave(interleaved: ArrayLike<number>): Float64Array[] {
    const channelCount = this.config.channelCount;
    const values = this.pending.length > 0 ? [...this.pending, ...Array.from(interleaved)] : interleaved;
    const instants = Math.floor(values.length / channelCount);
    const raw = Array.from({ length: channelCount }, () => new Float64Array(instants));
    for (let i = 0; i < instants; i++) {
      for (let c = 0; c < channelCount; c++) {
        const target = raw[c];
        if (target) target[i] = values[i * channelCount + c] ?? 0;
      }
    }
    this.pending = Array.from(
      { length: values.length - instants * channelCount },
      (_, k) => values[instants * channelCount + k] ?? 0,
    );
    return raw;
  }

  /**
   * Brings each restarted band-pass to its steady state for a constant input at the first sample's level,
   * so the electrode's DC offset does not enter as a step: a constant fed for `primeMs` leaves a residue
   * below 1e-6 of the level (the slowest pole of the 20 Hz high-pass decays with ≈ 21 ms).
   */
  private primeBandPasses(raw: Float64Array[]): void {
    this.settleBandPass = false;
    const primeMs = 400;
    const level = new Float64Array(Math.ceil((primeMs * this.config.sampleRateHz) / 1000));
    raw.forEach((samples, c) => {
      level.fill((samples[0] ?? 0) * this.config.uvPerCount);
      this.bandPasses[c]?.processInPlace(level);
    });
  }

  private updateMains(bands: Float64Array[]): void {
    if (!this.mainsDetector || this.mainsDetector.finished) return;
    const decided = this.mainsDetector.update(bands).decided;
    if (decided !== null) for (const channel of this.channels) channel.notch.choose(decided);
  }
}

/** The same estimator as a step function: `(state, samples) → [state, output]`; the state is updated in place. */
export function stepSuitEmg(
  state: SuitEmgProcessor,
  interleaved: ArrayLike<number>,
): [SuitEmgProcessor, SuitProcessorOutput] {
  return [state, state.process(interleaved)];
}
