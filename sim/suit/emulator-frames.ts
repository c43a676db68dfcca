// How the emulated suit puts its ADC output on the wire: sample-block payloads no larger than a frame
// allows, and what that costs in line rate. Pure.
import {
  CRC_BYTES,
  encodeSampleBlock,
  HEADER_BYTES,
  MAX_PAYLOAD_BYTES,
  SAMPLE_BLOCK_HEADER_BYTES,
} from "../../proto/sensor-frame/index.ts";

/** Sample instants per frame: as many as fit in one frame payload (15 at 8 channels, 30 at 4). */
export function instantsPerFrame(channels: number): number {
  return Math.min(255, Math.floor((MAX_PAYLOAD_BYTES - SAMPLE_BLOCK_HEADER_BYTES) / (2 * channels)));
}

/** Bytes on the line per second of EMG, framing included (status and HELLO frames add < 0.1 %). */
export function lineBytesPerSecond(rateHz: number, channels: number): number {
  const instants = instantsPerFrame(channels);
  const frameBytes = HEADER_BYTES + SAMPLE_BLOCK_HEADER_BYTES + 2 * channels * instants + CRC_BYTES;
  return (rateHz / instants) * frameBytes;
}

/** Lowest baud rate that carries the stream with 8N1 framing (10 bits per byte) and 20 % headroom. */
export function requiredBaud(rateHz: number, channels: number): number {
  return Math.ceil(lineBytesPerSecond(rateHz, channels) * 10 * 1.2);
}

/**
 * Encodes `instants` sample instants of interleaved counts (starting at instant `from`) as one sample-block
 * payload; `counter` is the suit's free-running 32-bit sample counter at the first of them.
 */
export function sampleBlockPayload(
  counts: Int16Array,
  channels: number,
  from: number,
  instants: number,
  counter: number,
  rateHz: number,
): Uint8Array {
  return encodeSampleBlock({
    firstSample: counter >>> 0,
    rateHz,
    channels,
    values: counts.subarray(from * channels, (from + instants) * channels),
  });
}
