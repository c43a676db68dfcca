// Vitals, events, alerts and the night from a bed's sample blocks. Wraps the pure BedAnalyzer
// (device/bed), which counts time in samples fed; wall times come from the block being analysed
// (stamped at its last instant by the sensor clock mapping), so they follow the mapping as it improves.
// Lost samples are bridged by holding the last value, which keeps the analyzer's time axis on the
// sensor's sample counter; a long loss or a sensor restart starts the analysis over (announced as an
// "analysis_restart" event).
import type { SampleBlock } from "../../../proto/index.ts";
import {
  type BedAnalysisOutput,
  BedAnalyzer,
  type BedAnalyzerOptions,
  type BedEpoch,
  type BedEvent,
  SleepWakeStream,
} from "../../bed/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { BedAlerts } from "./bed-alerts.ts";
import { instantsOf } from "./bed-block.ts";
import { NightRecorder } from "./bed-night.ts";
import {
  alertPayload,
  epochObservation,
  eventPayload,
  type NightReport,
  nightObservation,
  sleepObservation,
} from "./bed-payloads.ts";
import { analyzerGain, type BedSettings } from "./bed-settings.ts";
import type { SampleIndexStep } from "./sample-index.ts";

export class BedVitals {
  private analyzer: BedAnalyzer | null = null;
  private rateHz = 0;
  private channels = 0;
  /** Sample instants fed to the current analyzer, bridged ones included. */
  private fed = 0;
  private lastInstant: Float64Array = new Float64Array(0);
  private readonly gain: number;
  private readonly alerts: BedAlerts;
  private readonly night: NightRecorder;
  /** Live sleep/wake, and the wall time of each epoch it has yet to score (at most its delay). */
  private liveSleep: SleepWakeStream;
  private pendingSleep: { epoch: BedEpoch; startMs: number }[] = [];

  constructor(
    private readonly settings: BedSettings,
    private readonly sensorId: string,
  ) {
    this.gain = analyzerGain(settings);
    this.alerts = new BedAlerts(sensorId, settings.alertKinds);
    this.night = new NightRecorder(settings);
    this.liveSleep = new SleepWakeStream(settings.epochS);
  }

  /** One block whose last instant has wall time `lastInstantMs`; returns what it completed. */
  process(block: SampleBlock, step: SampleIndexStep, lastInstantMs: number): OutgoingPayload[] {
    const out: OutgoingPayload[] = [];
    const restart = this.restartReason(block, step);
    if (restart !== null) this.restart(block, restart, lastInstantMs, out);
    const analyzer = this.analyzer;
    if (!analyzer) return out;
    // Events decided on bridged samples still count: a loss of a few seconds must not hide a bed exit.
    const results =
      restart === null && step.lostBefore > 0 ? [this.bridgeLoss(analyzer, step.lostBefore)] : [];
    results.push(analyzer.push(this.scaled(block.values)));
    this.fed += instantsOf(block);
    this.lastInstant = this.scaled(block.values.subarray(block.values.length - block.channels));
    // Analyzer time t (s since its first sample) → wall time, anchored on this block's last instant.
    const lastS = (this.fed - 1) / this.rateHz;
    const wallOf = (timeS: number) => lastInstantMs - (lastS - timeS) * 1000;
    for (const result of results) {
      for (const event of result.events) this.onEvent(event, wallOf(event.timeS), out);
      for (const epoch of result.epochs) {
        const startMs = wallOf(epoch.startS);
        out.push(epochObservation(this.sensorId, epoch, startMs));
        this.scoreLive(epoch, startMs, out);
        const report = this.night.add(epoch, startMs);
        if (report) out.push(nightObservation(this.sensorId, report));
      }
    }
    return out;
  }

  /** The night so far, for a summary on command; null before anybody was on the bed. */
  nightSoFar(): NightReport | null {
    return this.night.report("command");
  }

  /** Adds the epoch to the live scorer; publishes the flag of the epoch it scored, if any. */
  private scoreLive(epoch: BedEpoch, startMs: number, out: OutgoingPayload[]): void {
    this.pendingSleep.push({ epoch, startMs });
    const score = this.liveSleep.push(epoch);
    if (!score) return;
    const index = this.pendingSleep.findIndex((pending) => pending.epoch === score.epoch);
    const scored = this.pendingSleep[index];
    this.pendingSleep = this.pendingSleep.slice(index + 1);
    if (scored)
      out.push(
        sleepObservation(this.sensorId, score, scored.startMs, epoch.durationS, this.liveSleep.delayS),
      );
  }

  private onEvent(event: BedEvent, wallMs: number, out: OutgoingPayload[]): void {
    out.push(eventPayload(this.sensorId, event.kind, wallMs));
    for (const change of this.alerts.onEvent(event, wallMs)) out.push(alertPayload(this.sensorId, change));
  }

  private restartReason(block: SampleBlock, step: SampleIndexStep): string | null {
    if (this.rateHz === 0) return "start";
    if (step.restarted) return "the sensor restarted";
    if (block.rateHz !== this.rateHz || block.channels !== this.channels) return "the sample format changed";
    if (step.lostBefore > this.settings.maxBridgedGapS * this.rateHz)
      return `${(step.lostBefore / this.rateHz).toFixed(1)} s of samples were lost`;
    return null;
  }

  private restart(block: SampleBlock, reason: string, wallMs: number, out: OutgoingPayload[]): void {
    const created = BedAnalyzer.create(this.analyzerOptions(block));
    this.analyzer = created.ok ? created.value : null;
    const detail = created.ok ? reason : `${reason}; cannot analyse: ${created.reason}`;
    if (reason !== "start" || !created.ok)
      out.push(eventPayload(this.sensorId, "analysis_restart", wallMs, detail));
    this.rateHz = block.rateHz;
    this.channels = block.channels;
    this.fed = 0;
    // Epochs of the old analysis are not scored live: their successors will never come.
    this.liveSleep = new SleepWakeStream(this.settings.epochS);
    this.pendingSleep = [];
  }

  /** Settings that do not fit this block's channel count fall back to the estimators' defaults. */
  private analyzerOptions(block: SampleBlock): BedAnalyzerOptions {
    const { epochS, noBreathingS, upperChannels, emptyBaselineCounts } = this.settings;
    const options: BedAnalyzerOptions = {
      sampleRateHz: block.rateHz,
      channels: block.channels,
      epochS,
      noBreathingS,
    };
    if (upperChannels !== null && upperChannels <= block.channels) options.upperChannels = upperChannels;
    if (emptyBaselineCounts?.length === block.channels)
      options.emptyBaseline = emptyBaselineCounts.map((count) => count * this.gain);
    return options;
  }

  /** Holds the last value over lost instants, so later samples keep their place on the time axis. */
  private bridgeLoss(analyzer: BedAnalyzer, instants: number): BedAnalysisOutput {
    const held = new Float64Array(instants * this.channels);
    for (let i = 0; i < instants; i++) held.set(this.lastInstant, i * this.channels);
    this.fed += instants;
    return analyzer.push(held);
  }

  private scaled(values: Int16Array): Float64Array {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = (values[i] ?? 0) * this.gain;
    return out;
  }
}
