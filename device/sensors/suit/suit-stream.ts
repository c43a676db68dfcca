// The per-rate state of the suit's EMG stream: the processor, its mapping to wall time, the envelope
// windows and the sample counter. A new rate or channel count starts a new stream state.
import { care, type Result } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { type SuitDspOverrides, SuitEmgProcessor } from "../../suit/index.ts";
import { EnvelopeWindows, type WindowSummary } from "./envelope-windows.ts";
import { ProcessorTimeline } from "./processor-timeline.ts";
import { initialSampleCounter, type SampleCounterState } from "./sample-counter.ts";
import { resolveIntentGroups, type SuitSettings } from "./suit-settings.ts";

export interface SuitStreamState {
  rateHz: number;
  channels: number;
  processor: SuitEmgProcessor;
  timeline: ProcessorTimeline;
  windows: EnvelopeWindows;
  counter: SampleCounterState;
  /** Sample instants fed to the processor: its clock. */
  samplesFed: number;
  mainsReported: boolean;
  /** Channel names of the intention groups this stream does not have. */
  missingIntentChannels: number;
}

/**
 * What the suit's settings ask of the EMG processor for a stream of `channelCount` channels. The accuracy
 * harness builds its processors through this too, so its figures are those of a configurable agent.
 */
export function suitDspOverrides(
  settings: SuitSettings,
  channelCount: number,
): { overrides: SuitDspOverrides; missingIntentChannels: number } {
  const overrides: SuitDspOverrides = { uvPerCount: settings.uvPerCount, notch: { mode: settings.notch } };
  if (settings.intentGroups.length === 0) return { overrides, missingIntentChannels: 0 };
  const { groups, missing } = resolveIntentGroups(settings, channelCount);
  return { overrides: { ...overrides, intent: { groups } }, missingIntentChannels: missing };
}

export function openSuitStream(
  rateHz: number,
  channels: number,
  settings: SuitSettings,
): Result<SuitStreamState> {
  const { overrides, missingIntentChannels } = suitDspOverrides(settings, channels);
  const processor = SuitEmgProcessor.create(rateHz, channels, overrides);
  if (!processor.ok) return processor;
  return {
    ok: true,
    value: {
      rateHz,
      channels,
      processor: processor.value,
      timeline: new ProcessorTimeline(),
      windows: new EnvelopeWindows(settings.envelopeWindowMs, channels),
      counter: initialSampleCounter,
      samplesFed: 0,
      mainsReported: false,
      missingIntentChannels,
    },
  };
}

/** Upper bounds (ms) of the per-window processing-time histogram published as status counters. */
export const PROCESSING_BUCKETS_MS = [0.5, 1, 2, 5, 10] as const;

/** Counter name of the histogram bucket a window's processing time falls into (buckets are not cumulative). */
export function processingBucket(ms: number): string {
  const bound = PROCESSING_BUCKETS_MS.find((limit) => ms <= limit);
  const label = (limit: number) => String(limit).replace(".", "_");
  return bound === undefined
    ? `suit_window_processing_gt_${label(PROCESSING_BUCKETS_MS[PROCESSING_BUCKETS_MS.length - 1] ?? 10)}ms`
    : `suit_window_processing_le_${label(bound)}ms`;
}

export function envelopeObservation(
  sensorId: string,
  stream: SuitStreamState,
  summary: WindowSummary,
  settings: SuitSettings,
  nameOf: (channel: number) => string,
): OutgoingPayload {
  const fields: care.v1.Field.$Properties[] = [];
  for (let c = 0; c < stream.channels; c++) {
    const name = nameOf(c);
    fields.push({ name: `${name}_rms_uv`, value: summary.rmsUv[c] ?? 0, unit: "uV" });
    const median = summary.medianHz[c];
    const mean = summary.meanHz[c];
    if (median !== null && median !== undefined)
      fields.push({ name: `${name}_mdf_hz`, value: median, unit: "Hz" });
    if (mean !== null && mean !== undefined) fields.push({ name: `${name}_mnf_hz`, value: mean, unit: "Hz" });
  }
  const off = stream.processor.electrodeOff().filter(Boolean).length;
  fields.push(
    { name: "electrodes_off", value: off, unit: "count" },
    { name: "processing_ms", value: summary.processingMs, unit: "ms" },
    { name: "processing_max_block_ms", value: summary.maxBlockProcessingMs, unit: "ms" },
  );
  if (summary.gapSamples > 0) fields.push({ name: "gap_samples", value: summary.gapSamples, unit: "count" });
  const quality =
    off === stream.channels
      ? care.v1.Quality.QUALITY_NO_CONTACT
      : off > 0 || summary.gapSamples > 0
        ? care.v1.Quality.QUALITY_POOR
        : care.v1.Quality.QUALITY_GOOD;
  return {
    observation: {
      sensorId,
      sensorKind: care.v1.SensorKind.SENSOR_KIND_SUIT,
      name: "suit_envelope",
      timeMs: Math.round(stream.timeline.toWallMs(summary.startProcMs)),
      windowMs: settings.envelopeWindowMs,
      fields,
      quality,
    },
  };
}
