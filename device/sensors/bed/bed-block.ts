// A bed sensor's sample block (proto/sensor-frame: FrameType.sampleBlock) as the agent accepts it, and
// its sensor time: a block is stamped at its last instant, the moment the sensor could have sent it, so
// only the transport delay separates ticks from arrival.
import { decodeSampleBlock, type Result, rejected, type SampleBlock } from "../../../proto/index.ts";
import { initialSampleIndex, sampleTicksMs, stepSampleIndex } from "./sample-index.ts";

/** What the estimators accept (device/bed/bed-config.ts). */
export const BED_MIN_RATE_HZ = 50;
export const BED_MAX_RATE_HZ = 1000;
export const BED_MAX_CHANNELS = 4;

export function instantsOf(block: SampleBlock): number {
  return block.values.length / block.channels;
}

/** Whole microseconds for every accepted rate (checked in decodeBedBlock). */
export function periodUs(block: Pick<SampleBlock, "rateHz">): number {
  return 1e6 / block.rateHz;
}

export function decodeBedBlock(payload: Uint8Array): Result<SampleBlock> {
  const decoded = decodeSampleBlock(payload);
  if (!decoded.ok) return decoded;
  const { rateHz, channels, values } = decoded.value;
  if (rateHz < BED_MIN_RATE_HZ || rateHz > BED_MAX_RATE_HZ)
    return rejected(`bed sample rate ${rateHz} Hz outside ${BED_MIN_RATE_HZ}–${BED_MAX_RATE_HZ} Hz`);
  // Raw batches carry a fixed period in whole µs; any other rate would drift within a batch.
  if (1e6 % rateHz !== 0) return rejected(`bed sample rate ${rateHz} Hz has no whole-µs period`);
  if (channels > BED_MAX_CHANNELS) return rejected(`bed sample block with ${channels} channels (1–4)`);
  if (values.length === 0) return rejected("bed sample block with no samples");
  return decoded;
}

/** Sensor ticks of each block for the frame stamper, one reader per stream (it unwraps the counter). */
export function createBedTicksReader(): (block: SampleBlock) => number {
  let state = initialSampleIndex;
  return (block) => {
    const instants = instantsOf(block);
    const [next, step] = stepSampleIndex(state, { ...block, instants });
    state = next;
    return sampleTicksMs(step.firstIndex + instants - 1, block.rateHz);
  };
}
