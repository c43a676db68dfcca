// What an assist suit sends besides HELLO: sample blocks of raw EMG counts and suit-status frames.
import {
  decodeSampleBlock,
  decodeSuitStatus,
  FrameType,
  type Result,
  rejected,
  type SampleBlock,
  type SuitStatus,
} from "../../../proto/index.ts";

export type SuitReading = { kind: "block"; block: SampleBlock } | { kind: "status"; status: SuitStatus };

export const SUIT_FRAME_TYPES: readonly number[] = [FrameType.sampleBlock, FrameType.suitStatus];

/** Rates the EMG estimators accept (device/suit/config.ts): a block outside them is bad data, not a crash. */
export const SUIT_MIN_RATE_HZ = 200;
export const SUIT_MAX_RATE_HZ = 4000;

export function decodeSuitFrame(payload: Uint8Array, frameType: number): Result<SuitReading> {
  if (frameType === FrameType.suitStatus) {
    const status = decodeSuitStatus(payload);
    return status.ok ? { ok: true, value: { kind: "status", status: status.value } } : status;
  }
  if (frameType !== FrameType.sampleBlock)
    return rejected(`suit sends no frame type 0x${frameType.toString(16)}`);
  const block = decodeSampleBlock(payload);
  if (!block.ok) return block;
  const { rateHz, values, channels } = block.value;
  if (rateHz < SUIT_MIN_RATE_HZ || rateHz > SUIT_MAX_RATE_HZ) {
    return rejected(`suit sample rate ${rateHz} Hz outside ${SUIT_MIN_RATE_HZ}–${SUIT_MAX_RATE_HZ} Hz`);
  }
  if (values.length === 0) return rejected(`suit sample block with no samples (${channels} channels)`);
  return { ok: true, value: { kind: "block", block: block.value } };
}

/** Sample instants in a block. */
export function instantsOf(block: SampleBlock): number {
  return block.values.length / block.channels;
}
