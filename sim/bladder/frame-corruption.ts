// Line faults the emulator injects on purpose, each shaped so that a receiver's FrameAssembler
// (proto/sensor-frame) reacts in exactly one countable way (docs/bladder-simulator.md, "Corruption"):
//   bit_flip   1–3 bits flipped after the length byte   → 1 bad_crc, frameBytes − 1 noise bytes
//   truncated  only the first k ≥ 3 bytes are sent       → 1 bad_crc, k − 1 noise bytes
//   noise      n bytes, never 0xA5 or 0x5A, between frames → n noise bytes
// CRC-16/CCITT-FALSE detects every error of up to 3 bits in frames this short (Hamming distance 4 up
// to 32 751 data bits), and no corrupted byte run contains a sync pair after its first byte, so the
// assembler never mistakes a piece of a corrupted frame for the start of another one.
import { HEADER_BYTES, SYNC_0, SYNC_1 } from "../../proto/sensor-frame/index.ts";
import type { Rng } from "../random.ts";

export type CorruptionKind = "bit_flip" | "truncated" | "noise";

export type Corruption =
  | { kind: "bit_flip"; bytes: Uint8Array; frameBytes: number; flippedBits: number[] }
  | { kind: "truncated"; bytes: Uint8Array; frameBytes: number; keptBytes: number }
  | { kind: "noise"; bytes: Uint8Array; noiseBytes: number };

/** Bit flips start after sync and length: a changed length would change how many bytes the receiver waits for. */
const FIRST_FLIPPABLE_BYTE = 3;
const MIN_KEPT_BYTES = 3;
const ATTEMPTS = 8;
const MAX_NOISE_BYTES = 16;

/** True when a sync pair starts anywhere in [from, bytes.length − 1). */
export function containsSync(bytes: Uint8Array, from = 1): boolean {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] === SYNC_0 && bytes[i + 1] === SYNC_1) return true;
  }
  return false;
}

/** Random bytes that can never form or complete a sync pair. */
export function noiseBytes(rng: Rng, count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let byte = rng.int(0, 255);
    while (byte === SYNC_0 || byte === SYNC_1) byte = rng.int(0, 255);
    bytes[i] = byte;
  }
  return bytes;
}

function flipBits(frame: Uint8Array, rng: Rng): Corruption | null {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const bytes = frame.slice();
    const firstBit = FIRST_FLIPPABLE_BYTE * 8;
    const flippedBits = new Set<number>();
    const count = rng.int(1, 3);
    while (flippedBits.size < count) flippedBits.add(rng.int(firstBit, frame.length * 8 - 1));
    for (const bit of flippedBits) {
      const index = bit >> 3;
      bytes[index] = (bytes[index] ?? 0) ^ (0x80 >> (bit & 7));
    }
    if (!containsSync(bytes)) {
      return {
        kind: "bit_flip",
        bytes,
        frameBytes: frame.length,
        flippedBits: [...flippedBits].sort((a, b) => a - b),
      };
    }
  }
  return null;
}

function truncate(frame: Uint8Array, rng: Rng): Corruption | null {
  if (frame.length <= MIN_KEPT_BYTES) return null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const keptBytes = rng.int(MIN_KEPT_BYTES, frame.length - 1);
    const bytes = frame.slice(0, keptBytes);
    if (!containsSync(bytes)) return { kind: "truncated", bytes, frameBytes: frame.length, keptBytes };
  }
  return null;
}

export function noise(rng: Rng): Corruption {
  const count = rng.int(1, MAX_NOISE_BYTES);
  return { kind: "noise", bytes: noiseBytes(rng, count), noiseBytes: count };
}

/**
 * One corruption of an encoded frame, kind chosen uniformly. Falls back to noise (the frame itself
 * then goes out intact) in the rare case a frame cannot be damaged without leaving a sync pair inside.
 */
export function corruptFrame(frame: Uint8Array, rng: Rng): Corruption {
  if (frame.length < HEADER_BYTES) throw new RangeError("not an encoded frame");
  const kind = rng.pick<CorruptionKind>(["bit_flip", "truncated", "noise"]);
  const damaged =
    kind === "bit_flip" ? flipBits(frame, rng) : kind === "truncated" ? truncate(frame, rng) : null;
  return damaged ?? noise(rng);
}
