// The multi-channel suit EMG estimator: band-pass, mains detection and notch, then one ChannelPipeline per
// channel, and movement intention across channels. Pure: feed it interleaved ADC counts, get events back.
// Times are ms since the first sample fed; the pipeline layer maps them to wall time.

import type { Result } from "../../proto/index.ts";
import type { ChannelBlockResult, NotchedTap, SpectralWindow } from "./channel-pipeline.ts";
import { ChannelPipeline } from "./channel-pipeline.ts";
import type { SuitDspConfig, SuitDspOverrides } from "./config.ts";
import { suitDspConfig } from "./config.ts";
import type { ElectrodeEvent } from "./electrode-check.ts";
import type { MainsHz } from "./emg-filters.ts";
import type { FatigueTrend } from "./fatigue-trend.ts";
import type { IntentEvent } from "./intent-detector.ts";
import { IntentDetector, inDetectionOrder } from "./intent-detector.ts";
import { MainsDetector } from "./mains-detector.ts";
import { primeWindowSamples } from "./mains-priming.ts";
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

function emptyOutput(mainsHz: MainsHz | null): SuitProcessorOutput {
  return {
    envelopes: [],
    onsets: [],
    offsets: [],
    intents: [],
    electrode: [],
    spectra: [],
    mainsHz,
    rejectedRises: 0,
  };
}

/** Two consecutive outputs as one. */
function joinOutputs(first: SuitProcessorOutput, second: SuitProcessorOutput): SuitProcessorOutput {
  return {
    envelopes: [...first.envelopes, ...second.envelopes],
    onsets: [...first.onsets, ...second.onsets],
    offsets: [...first.offsets, ...second.offsets],
    intents: [...first.intents, ...second.intents],
    electrode: [...first.electrode, ...second.electrode],
    spectra: [...first.spectra, ...second.spectra],
    mainsHz: second.mainsHz,
    rejectedRises: first.rejectedRises + second.rejectedRises,
  };
}

export class SuitEmgProcessor {
  private readonly channels: ChannelPipeline[];
  private readonly mainsDetector: MainsDetector | null;
  private readonly intent: IntentDetector;
  /** Complete sample instants processed: the processor's clock. */
  private samplesFed = 0;
  private pending: number[] = [];
  /**
   * The first samples after a start or a gap, held until there are enough to prime the filters on
   * (mains-priming.ts); null once primed.
   */
  private held: Float64Array[] | null;
  /** Output of held samples processed early (at a gap), returned with the next call. */
  private carried: SuitProcessorOutput | null = null;

  constructor(readonly config: SuitDspConfig) {
    this.held = this.emptyHold();
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
    this.carried = this.finish();
    this.held = this.emptyHold();
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
    const raw = this.hold(this.deinterleave(interleaved));
    return this.afterCarried(raw ? this.run(raw, notchedTap) : emptyOutput(this.mainsHz));
  }

  /**
   * Processes what is still held for priming (the stream ends, or pauses, less than a prime window after
   * its start or a gap): the filters are primed on what there is.
   */
  finish(notchedTap?: NotchedTap): SuitProcessorOutput {
    const held = this.held;
    this.held = null;
    if (!held || (held[0]?.length ?? 0) === 0) return this.afterCarried(emptyOutput(this.mainsHz));
    this.primeChannels(held);
    return this.afterCarried(this.run(held, notchedTap));
  }

  /** `output` preceded by what a gap processed early, if anything. */
  private afterCarried(output: SuitProcessorOutput): SuitProcessorOutput {
    const carried = this.carried;
    this.carried = null;
    return carried ? joinOutputs(carried, output) : output;
  }

  private emptyHold(): Float64Array[] {
    return Array.from({ length: this.config.channelCount }, () => new Float64Array(0));
  }

  /** Adds the samples to the hold; returns them (with what was held) once there are enough to prime on. */
  private hold(raw: Float64Array[]): Float64Array[] | null {
    const held = this.held;
    if (!held) return raw;
    const joined = raw.map((samples, c) => {
      const before = held[c] ?? new Float64Array(0);
      const out = new Float64Array(before.length + samples.length);
      out.set(before);
      out.set(samples, before.length);
      return out;
    });
    if ((joined[0]?.length ?? 0) < primeWindowSamples(this.config, this.mainsHz)) {
      this.held = joined;
      return null;
    }
    this.held = null;
    this.primeChannels(joined);
    return joined;
  }

  private primeChannels(raw: Float64Array[]): void {
    const window = primeWindowSamples(this.config, this.mainsHz);
    raw.forEach((samples, c) => {
      this.channels[c]?.primeBefore(samples.subarray(0, window));
    });
  }

  private run(raw: Float64Array[], notchedTap?: NotchedTap): SuitProcessorOutput {
    this.samplesFed += raw[0]?.length ?? 0;
    const results: ChannelBlockResult[] = this.channels.map((channel, c) =>
      channel.process(raw[c] ?? new Float64Array(0), notchedTap),
    );
    this.updateMains(results.map((result) => result.band));
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
