// The under-mattress bed sensor as a sensor kind: sample blocks of 1–4 load channels at 50–1000 Hz
// (FrameType.sampleBlock, over serial, BLE or Firmata), analysed by BedSensorAnalyzer. Raw samples are
// batched by the analyzer with a fixed sample period (no per-reading channels); the generic window
// observation is a cheap load summary per minute.
import { care, FrameType, type SampleBlock } from "../../../proto/index.ts";
import type { ObservationDraft, SensorDefinition, Stamped } from "../sensor-definition.ts";
import { createBedTicksReader, decodeBedBlock, instantsOf } from "./bed-block.ts";
import { BED_RAW_STREAM } from "./bed-raw-batches.ts";
import { createBedSensorAnalyzer } from "./bed-sensor-analyzer.ts";
import { type BedSettings, parseBedSettings } from "./bed-settings.ts";
import { sampleTicksMs } from "./sample-index.ts";

/** Total load over the window (sum of channels, kg): what the bed carried, for dashboards and checks. */
export function bedLoadWindow(
  window: readonly Stamped<SampleBlock>[],
  settings: BedSettings,
): ObservationDraft {
  let instants = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { reading } of window) {
    const { values, channels } = reading;
    for (let i = 0; i < values.length; i += channels) {
      let total = 0;
      for (let c = 0; c < channels; c++) total += values[i + c] ?? 0;
      sum += total;
      min = Math.min(min, total);
      max = Math.max(max, total);
      instants++;
    }
  }
  const kg = (counts: number) => counts / settings.countsPerKg;
  const fields = [{ name: "instants", value: instants, unit: "count" }];
  if (instants > 0)
    fields.push(
      { name: "mean_kg", value: kg(sum / instants), unit: "kg" },
      { name: "min_kg", value: kg(min), unit: "kg" },
      { name: "max_kg", value: kg(max), unit: "kg" },
    );
  return {
    name: "bed_load_window",
    fields,
    quality: instants > 0 ? care.v1.Quality.QUALITY_GOOD : care.v1.Quality.QUALITY_NO_CONTACT,
  };
}

export const bedDefinition: SensorDefinition<SampleBlock, BedSettings> = {
  kind: "bed",
  protoKind: care.v1.SensorKind.SENSOR_KIND_BED,
  frameType: FrameType.sampleBlock,
  decode: (payload) => decodeBedBlock(payload),
  // The stateful reader below unwraps the counter first; this is the same without that (callers that
  // stamp one block on its own).
  ticksMs: (block) => sampleTicksMs(block.firstSample + instantsOf(block) - 1, block.rateHz),
  createTicksReader: createBedTicksReader,
  stream: BED_RAW_STREAM,
  // Blocks carry many instants each: the analyzer batches them itself (bed-raw-batches.ts).
  channels: [],
  defaultWindowMs: 60_000,
  parseSettings: parseBedSettings,
  estimateWindow: bedLoadWindow,
  createAnalyzer: createBedSensorAnalyzer,
};
