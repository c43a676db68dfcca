// Stream splices, as a BLE or serial loss makes them: random spans of 0.3–3 s never reach the processor,
// the sample counter jumps, and the agent calls `restartAfterGap()` before the next block (as
// device/sensors/suit/suit-analyzer.ts does). A second processor sees the session that way, fed from the
// same generated blocks as the main run; every onset and intention it reports from the splice to 1 s after
// it that the ground truth does not explain is counted against the splice.

import type { IntentEvent, OnsetEvent, SuitDspOverrides } from "../../device/suit/index.ts";
import { SuitEmgProcessor } from "../../device/suit/index.ts";
import type { SuitGroundTruth, SuitSampleBlock, SuitScenario } from "../../sim/suit/index.ts";
import { intervalsOverlap, Rng } from "../../sim/suit/index.ts";
import {
  electrodeMarginMs,
  intentMatchAfterMs,
  intentMatchBeforeMs,
  onsetMatchAfterMs,
  onsetMatchBeforeMs,
} from "./suit-metrics.ts";

/** One lost span, in session samples: [fromSample, toSample). */
export interface Splice {
  fromSample: number;
  toSample: number;
}

export const spliceDropMs = { min: 300, max: 3000 };
/** Splices come every 10–30 s, the first after 5 s (the estimators' own warm-up is not the point here). */
const spliceSpacingS = { min: 10, max: 30 };
const firstSpliceS = 5;
/** What counts as "at the splice": from the splice to this long after the data resumes. */
export const spliceWindowMs = 1000;

export function planSplices(scenario: SuitScenario): Splice[] {
  const random = Rng.fromSeed(scenario.seed, "accuracy-splices");
  const rate = scenario.sampleRateHz;
  const splices: Splice[] = [];
  let atS = firstSpliceS + random.uniform(0, spliceSpacingS.min);
  while (true) {
    const fromSample = Math.round(atS * rate);
    const toSample =
      fromSample + Math.round((random.uniform(spliceDropMs.min, spliceDropMs.max) * rate) / 1000);
    if (toSample >= (scenario.durationMs * rate) / 1000 - rate) break;
    splices.push({ fromSample, toSample });
    atS = toSample / rate + random.uniform(spliceSpacingS.min, spliceSpacingS.max);
  }
  return splices;
}

export interface SplicedRun {
  splices: Splice[];
  /** Events with their times moved from the processor's clock to the session's. */
  onsets: OnsetEvent[];
  intents: IntentEvent[];
}

/** Feeds a processor the session with the splices cut out, the way the agent would. */
export class SplicedFeeder {
  private readonly processor: SuitEmgProcessor;
  private readonly run: SplicedRun;
  /** Samples dropped so far: session sample = processor sample + dropped before it. */
  private readonly shifts: { fromProcSample: number; dropped: number }[] = [
    { fromProcSample: 0, dropped: 0 },
  ];
  private processorSamples = 0;
  private dropped = 0;

  /**
   * `announceGaps` false runs the processor straight across every splice, as an agent that did not notice
   * the loss would (for showing what the restart prevents).
   */
  constructor(
    scenario: SuitScenario,
    overrides: SuitDspOverrides,
    private readonly announceGaps = true,
  ) {
    const created = SuitEmgProcessor.create(scenario.sampleRateHz, scenario.channels.length, overrides);
    if (!created.ok) throw new Error(`invalid DSP config: ${created.reason}`);
    this.processor = created.value;
    this.run = { splices: planSplices(scenario), onsets: [], intents: [] };
  }

  feed(block: SuitSampleBlock): void {
    const channels = block.channelCount;
    let from = 0;
    while (from < block.sampleCount) {
      const at = block.startSample + from;
      const splice = this.run.splices.find(
        (s) => at < s.toSample && at + (block.sampleCount - from) > s.fromSample,
      );
      if (splice && at >= splice.fromSample) {
        // Inside a lost span: skip to its end; the processor hears of the gap before the next samples.
        const skip = Math.min(splice.toSample, block.startSample + block.sampleCount) - at;
        this.dropped += skip;
        from += skip;
        if (at + skip === splice.toSample) this.resume();
        continue;
      }
      const to = splice ? splice.fromSample - block.startSample : block.sampleCount;
      this.take(this.processor.process(block.counts.subarray(from * channels, to * channels)));
      this.processorSamples += to - from;
      from = to;
    }
  }

  finish(): SplicedRun {
    this.take(this.processor.finish());
    return this.run;
  }

  private resume(): void {
    if (this.announceGaps) this.processor.restartAfterGap();
    this.shifts.push({ fromProcSample: this.processorSamples, dropped: this.dropped });
  }

  private sessionMs(procMs: number): number {
    const rate = this.processor.config.sampleRateHz;
    const sample = (procMs * rate) / 1000;
    let dropped = 0;
    for (const shift of this.shifts) if (shift.fromProcSample <= sample) dropped = shift.dropped;
    return procMs + (dropped * 1000) / rate;
  }

  private take(output: { onsets: OnsetEvent[]; intents: IntentEvent[] }): void {
    for (const onset of output.onsets) {
      this.run.onsets.push({
        ...onset,
        onsetMs: this.sessionMs(onset.onsetMs),
        detectedAtMs: this.sessionMs(onset.detectedAtMs),
      });
    }
    for (const intent of output.intents) {
      this.run.intents.push({
        ...intent,
        onsetMs: this.sessionMs(intent.onsetMs),
        detectedAtMs: this.sessionMs(intent.detectedAtMs),
      });
    }
  }
}

export interface SpliceScore {
  splices: number;
  falseOnsets: number;
  falseIntents: number;
}

/**
 * Onsets and intentions detected from a splice to `spliceWindowMs` after the data resumed that match no
 * true activation (the harness's onset window) or movement start, away from electrode lift-offs.
 */
export function scoreSplices(run: SplicedRun, truth: SuitGroundTruth, rateHz: number): SpliceScore {
  const windows = run.splices.map((s) => [
    (s.fromSample * 1000) / rateHz,
    (s.toSample * 1000) / rateHz + spliceWindowMs,
  ]);
  const atSplice = (ms: number) => windows.some(([from = 0, to = 0]) => ms >= from && ms <= to);
  const nearLiftOff = (channel: number, fromMs: number, toMs: number) =>
    truth.electrodeOff.some(
      (off) =>
        off.channel === channel &&
        intervalsOverlap(fromMs, toMs, off.startMs - electrodeMarginMs, off.endMs + electrodeMarginMs),
    );
  const explained = (onset: OnsetEvent) =>
    (truth.activations[onset.channel] ?? []).some(
      (a) =>
        onset.onsetMs >= a.onsetMs - onsetMatchBeforeMs &&
        onset.onsetMs <= Math.min(a.offsetMs, a.onsetMs + onsetMatchAfterMs),
    );
  const falseOnsets = run.onsets.filter(
    (o) => atSplice(o.detectedAtMs) && !nearLiftOff(o.channel, o.onsetMs, o.detectedAtMs) && !explained(o),
  );
  const falseIntents = run.intents.filter(
    (i) =>
      atSplice(i.detectedAtMs) &&
      !nearLiftOff(i.channel, i.onsetMs, i.detectedAtMs) &&
      !truth.movements.some(
        (m) => i.onsetMs >= m.startMs - intentMatchBeforeMs && i.onsetMs <= m.startMs + intentMatchAfterMs,
      ),
  );
  return { splices: run.splices.length, falseOnsets: falseOnsets.length, falseIntents: falseIntents.length };
}
