// The HAL-style assist suit: multi-channel surface EMG as sample-block frames plus suit-status frames
// (docs/suit-integration.md). Raw samples are batched by the analyzer with a fixed sample period (not one
// row per reading), so the definition has no per-reading channels.
import { care, FrameType } from "../../../proto/index.ts";
import type { ObservationDraft, SensorDefinition, Stamped } from "../sensor-definition.ts";
import { RAW_STREAM } from "./raw-batches.ts";
import { createSuitTicksReader, sampleTicksMs } from "./sample-counter.ts";
import { SuitAnalyzer } from "./suit-analyzer.ts";
import { decodeSuitFrame, instantsOf, SUIT_FRAME_TYPES, type SuitReading } from "./suit-frames.ts";
import { parseSuitSettings, type SuitSettings } from "./suit-settings.ts";

/** Link and suit state per window (default 10 s): data completeness and the suit's own report. */
export function suitStatusObservation(window: readonly Stamped<SuitReading>[]): ObservationDraft {
  let blocks = 0;
  let samples = 0;
  let framesLost = 0;
  let status: Extract<SuitReading, { kind: "status" }>["status"] | null = null;
  for (const stamped of window) {
    framesLost += stamped.gapBefore;
    const reading = stamped.reading;
    if (reading.kind === "status") status = reading.status;
    else {
      blocks++;
      samples += instantsOf(reading.block);
    }
  }
  const fields = [
    { name: "blocks", value: blocks, unit: "count" },
    { name: "samples", value: samples, unit: "count" },
    { name: "frames_lost", value: framesLost, unit: "count" },
  ];
  if (status) {
    fields.push(
      { name: "assist_level", value: status.assistLevel, unit: "level" },
      { name: "mode", value: status.mode, unit: "code" },
      { name: "battery_pct", value: status.batteryPct, unit: "%" },
      { name: "assisting", value: status.assisting ? 1 : 0, unit: "bool" },
    );
  }
  const quality = framesLost > 0 ? care.v1.Quality.QUALITY_POOR : care.v1.Quality.QUALITY_GOOD;
  return { name: "suit_status", fields, quality };
}

export const suitDefinition: SensorDefinition<SuitReading, SuitSettings> = {
  kind: "suit",
  protoKind: care.v1.SensorKind.SENSOR_KIND_SUIT,
  frameType: FrameType.sampleBlock,
  frameTypes: SUIT_FRAME_TYPES,
  decode: decodeSuitFrame,
  // Stateless fallback (no unwrapping); the pipeline uses createTicksReader.
  ticksMs: (reading) =>
    reading.kind === "block"
      ? sampleTicksMs(reading.block.firstSample + instantsOf(reading.block) - 1, reading.block.rateHz)
      : 0,
  createTicksReader: () => {
    const read = createSuitTicksReader();
    return (reading) =>
      read(
        reading.kind === "block"
          ? {
              firstSample: reading.block.firstSample,
              rateHz: reading.block.rateHz,
              instants: instantsOf(reading.block),
            }
          : null,
      );
  },
  stream: RAW_STREAM,
  channels: [],
  defaultWindowMs: 10_000,
  parseSettings: parseSuitSettings,
  estimateWindow: (window) => suitStatusObservation(window),
  createAnalyzer: (settings, sensorId, context) => new SuitAnalyzer(settings, sensorId, context),
};
