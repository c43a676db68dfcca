// The suit's stateful analysis in the agent: feeds sample blocks to the EMG processor and turns its output
// into wire payloads (envelope windows, onset/offset/intention and electrode events, electrode alerts, raw
// batches when enabled, one summary per assist session), measures its own processing time, and takes the
// runtime commands "end_session" and "publish_raw". No I/O and no clock of its own: both are injected.
import { care, ok, type Result, rejected, type SampleBlock, type SuitStatus } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import type { OpenBatchJournal } from "../../publish/open-batch-journal.ts";
import type { SuitProcessorOutput } from "../../suit/index.ts";
import type { SensorAnalyzer, SensorCommand, Stamped } from "../sensor-definition.ts";
import { RawSampleBatcher } from "./raw-batches.ts";
import { stepSampleCounter } from "./sample-counter.ts";
import { SuitEventPayloads } from "./suit-events.ts";
import type { SuitReading } from "./suit-frames.ts";
import { type SessionEnd, SuitSession } from "./suit-session.ts";
import { channelName, type SuitSettings } from "./suit-settings.ts";
import {
  envelopeObservation,
  openSuitStream,
  processingBucket,
  type SuitStreamState,
} from "./suit-stream.ts";

export interface SuitAnalyzerContext {
  /** Monotonic ms (performance.now in the agent), for measuring processing time only. */
  monotonicMs(): number;
  counters?: { increment(name: string, by?: number): void };
  /** Keeps the open raw batch against a crash. */
  openBatchJournal?: OpenBatchJournal;
}

export class SuitAnalyzer implements SensorAnalyzer<SuitReading> {
  private readonly settings: SuitSettings;
  private readonly events: SuitEventPayloads;
  private readonly raw: RawSampleBatcher;
  private readonly nameOf: (channel: number) => string;
  private stream: SuitStreamState | null = null;
  private session: SuitSession | null = null;
  private lastStatus: SuitStatus | null = null;
  /** The suit said it stopped assisting: a jump of the sample counter before the next block is a pause, not a loss. */
  private paused = false;
  /** False after an "end_session" command until the suit reports a pause: no new session opens meanwhile. */
  private sessionArmed = true;
  private pending: OutgoingPayload[] = [];

  constructor(
    settings: SuitSettings,
    private readonly sensorId: string,
    private readonly context: SuitAnalyzerContext = { monotonicMs: () => 0 },
  ) {
    this.settings = { ...settings, channelNames: [...settings.channelNames] };
    this.nameOf = (channel) => channelName(this.settings, channel);
    this.events = new SuitEventPayloads(sensorId, this.nameOf);
    this.raw = new RawSampleBatcher(sensorId, context.openBatchJournal);
  }

  analyze(stamped: Stamped<SuitReading>): OutgoingPayload[] {
    const out = this.drainOutputs();
    const { reading } = stamped;
    if (reading.kind === "status") this.onStatus(reading.status, out);
    else this.onBlock(reading.block, stamped, out);
    return out;
  }

  drainOutputs(): OutgoingPayload[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** End of the stream (agent stopping): what is held goes out, and an open session is summarised. */
  flush(): OutgoingPayload[] {
    const out = this.drainOutputs();
    this.closeSession("agent_stop", out);
    this.closeStream(out);
    return out;
  }

  applyCommand(command: SensorCommand): Result<string> {
    if (command.kind === "end_session") {
      const session = this.session;
      if (!session) return rejected("no assist session in progress");
      this.closeSession("command", this.pending);
      this.sessionArmed = false;
      return ok(`session ended after ${(session.durationMs / 1000).toFixed(1)} s`);
    }
    if (command.kind === "publish_raw") {
      const enabled = command.args.enabled;
      if (enabled !== "true" && enabled !== "false")
        return rejected('publish_raw needs enabled "true" or "false"');
      this.settings.publishRaw = enabled === "true";
      if (!this.settings.publishRaw) this.pending.push(...this.raw.flush(this.settings));
      return ok(`raw EMG publishing ${this.settings.publishRaw ? "on" : "off"}`);
    }
    return rejected(`unknown suit command "${command.kind}" (end_session, publish_raw)`);
  }

  private onStatus(status: SuitStatus, out: OutgoingPayload[]): void {
    this.lastStatus = status;
    this.session?.noteStatus(status);
    if (status.assisting) return;
    this.paused = true;
    this.sessionArmed = true;
    // Nothing follows until the suit assists again: what is held goes out now, not at the next session.
    if (this.stream) {
      this.handleOutput(this.stream, this.stream.processor.finish(), out);
      for (const summary of this.stream.windows.flush()) this.publishWindow(this.stream, summary, out);
    }
    out.push(...this.raw.flush(this.settings));
    this.closeSession("suit", out);
  }

  private onBlock(block: SampleBlock, stamped: Stamped<SuitReading>, out: OutgoingPayload[]): void {
    const stream = this.streamFor(block, out);
    if (!stream) return;
    const instants = block.values.length / block.channels;
    const [counter, step] = stepSampleCounter(stream.counter, block.firstSample, instants);
    stream.counter = counter;
    const periodMs = 1000 / block.rateHz;
    // The block is stamped at its last sample instant (see sample-counter.ts).
    const startWallMs = stamped.timeMs - (instants - 1) * periodMs;
    // Skipped samples are lost when frames were lost or the suit never said it paused.
    const lost = step.skipped > 0 && (stamped.gapBefore > 0 || !this.paused) ? step.skipped : 0;
    if (lost > 0) this.context.counters?.increment("suit_samples_lost", lost);
    this.paused = false;
    if (stream.samplesFed > 0 && (step.skipped > 0 || step.restarted))
      this.restartAfterGap(stream, lost, startWallMs, out);
    if (!this.session && this.sessionArmed && this.lastStatus?.assisting !== false) {
      this.session = new SuitSession(startWallMs, block.channels, this.lastStatus);
    }
    this.session?.noteBlock(stamped.timeMs + periodMs, instants, lost);
    if (this.settings.publishRaw)
      out.push(...this.raw.add(block, step.firstIndex, startWallMs, lost, this.settings));
    stream.timeline.note(stream.samplesFed * periodMs, startWallMs);
    const started = this.context.monotonicMs();
    const result = stream.processor.process(block.values);
    const elapsedMs = this.context.monotonicMs() - started;
    stream.samplesFed += instants;
    this.handleOutput(stream, result, out);
    stream.windows.addProcessing(elapsedMs);
  }

  /**
   * The block does not continue the previous one (samples lost, a pause, or a suit restart): the processor
   * must not run across the splice. Interrupted activations end where the data stopped (still mapped by
   * the timeline's previous piece); a loss is published as a "stream_gap" event and marks its window.
   */
  private restartAfterGap(
    stream: SuitStreamState,
    lost: number,
    resumedWallMs: number,
    out: OutgoingPayload[],
  ): void {
    const stoppedAtMs = stream.timeline.toWallMs((stream.samplesFed * 1000) / stream.rateHz);
    for (const offset of stream.processor.restartAfterGap())
      out.push(this.events.offset(offset, stoppedAtMs));
    if (lost === 0) return;
    stream.windows.noteGap(lost);
    out.push(this.events.gap(lost, resumedWallMs - (lost * 1000) / stream.rateHz, resumedWallMs));
  }

  private streamFor(block: SampleBlock, out: OutgoingPayload[]): SuitStreamState | null {
    if (this.stream?.rateHz === block.rateHz && this.stream.channels === block.channels) return this.stream;
    if (this.stream) {
      this.closeSession("stream_change", out);
      this.closeStream(out);
    }
    const opened = openSuitStream(block.rateHz, block.channels, this.settings);
    if (!opened.ok) {
      this.context.counters?.increment("suit_blocks_unprocessable");
      return null;
    }
    this.stream = opened.value;
    if (this.stream.missingIntentChannels > 0)
      this.context.counters?.increment("suit_intent_channels_missing", this.stream.missingIntentChannels);
    return this.stream;
  }

  private handleOutput(stream: SuitStreamState, result: SuitProcessorOutput, out: OutgoingPayload[]): void {
    const wall = (procMs: number) => stream.timeline.toWallMs(procMs);
    if (result.rejectedRises > 0)
      this.context.counters?.increment("suit_rises_rejected", result.rejectedRises);
    for (const frame of result.envelopes) {
      for (const summary of stream.windows.addEnvelope(frame)) this.publishWindow(stream, summary, out);
    }
    for (const spectrum of result.spectra) {
      stream.windows.addSpectrum(spectrum);
      this.session?.noteSpectrum(spectrum, wall(spectrum.timeMs));
    }
    for (const onset of result.onsets) {
      out.push(this.events.onset(onset, wall(onset.onsetMs)));
      this.session?.noteOnset(onset.channel);
    }
    for (const offset of result.offsets) out.push(this.events.offset(offset, wall(offset.offsetMs)));
    for (const intent of result.intents) {
      out.push(this.events.intent(intent, wall(intent.onsetMs)));
      this.session?.noteIntent();
    }
    for (const change of result.electrode) {
      out.push(...this.events.electrode(change, wall(change.atMs)));
      if (change.state === "off") this.session?.noteElectrodeOff();
    }
    if (!stream.mainsReported && result.mainsHz !== null) {
      stream.mainsReported = true;
      out.push(this.events.mains(result.mainsHz, wall(stream.samplesFed * (1000 / stream.rateHz))));
    }
  }

  private publishWindow(
    stream: SuitStreamState,
    summary: Parameters<typeof envelopeObservation>[2],
    out: OutgoingPayload[],
  ) {
    const counters = this.context.counters;
    counters?.increment("suit_windows_processed");
    counters?.increment("suit_processing_us_total", Math.round(summary.processingMs * 1000));
    counters?.increment(processingBucket(summary.processingMs));
    out.push(envelopeObservation(this.sensorId, stream, summary, this.settings, this.nameOf));
  }

  private closeSession(end: SessionEnd, out: OutgoingPayload[]): void {
    const session = this.session;
    this.session = null;
    if (!session) return;
    out.push({
      observation: {
        sensorId: this.sensorId,
        sensorKind: care.v1.SensorKind.SENSOR_KIND_SUIT,
        name: "suit_session",
        timeMs: Math.round(session.startWallMs),
        windowMs: Math.round(session.durationMs),
        fields: session.fields(end, this.nameOf),
        quality: care.v1.Quality.QUALITY_GOOD,
      },
    });
  }

  private closeStream(out: OutgoingPayload[]): void {
    const stream = this.stream;
    if (!stream) return;
    this.handleOutput(stream, stream.processor.finish(), out);
    for (const summary of stream.windows.flush()) this.publishWindow(stream, summary, out);
    out.push(...this.raw.flush(this.settings));
    this.stream = null;
  }
}
