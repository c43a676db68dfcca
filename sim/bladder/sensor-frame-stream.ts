// The sensor's outgoing byte stream: numbers frames, encodes them and injects line faults.
// No I/O: the caller writes `bytes` to the port (or not, when it is away) and logs the result.
import { CRC_BYTES, crc16, encodeFrame } from "../../proto/sensor-frame/index.ts";
import type { Rng } from "../random.ts";
import { type Corruption, corruptFrame, noiseBytes } from "./frame-corruption.ts";

export interface OutgoingFrame {
  type: number;
  /** Wire seq, wraps at 65536. */
  seq: number;
  /** Frames numbered since start, never wraps. */
  seqTotal: number;
  /** What to write: [separator][noise] frame, or [separator] damaged frame. */
  bytes: Uint8Array;
  corruption: Corruption | null;
  /** The frame itself will not arrive intact. */
  damaged: boolean;
  /** Noise bytes put before this frame so that the truncated frame sent before it is surely rejected. */
  separatorBytes: number;
}

export interface SensorFrameStreamOptions {
  /** Probability in [0, 1] that a frame is corrupted or preceded by noise. */
  corruptFrameRate: number;
  rng: Rng;
}

/** A truncated frame already written whose rejection depends on the bytes that follow it. */
interface PendingStub {
  stub: Uint8Array;
  frameBytes: number;
}

/**
 * A receiver reads a truncated frame's length byte and waits for that many bytes, so its CRC check
 * runs over the stub plus the start of whatever follows. Before writing those following bytes the
 * stream checks that the check fails, and puts a few noise bytes in between when it would not (a
 * false accept happens about once in 65 536 truncations, once in 256 when only the last byte is cut).
 */
export class SensorFrameStream {
  private seqTotal = 0;
  private pending: PendingStub | null = null;

  constructor(private readonly options: SensorFrameStreamOptions) {}

  get framesNumbered(): number {
    return this.seqTotal;
  }

  /**
   * Numbers and encodes the next frame. A frame that will not be transmitted (port away) still takes
   * its seq, as the sensor cannot know, but is never corrupted: nothing reaches the line.
   */
  next(type: number, payload: Uint8Array, transmit: boolean): OutgoingFrame {
    const seqTotal = this.seqTotal++;
    const seq = seqTotal & 0xffff;
    const frame = encodeFrame({ type, seq, payload });
    const corruption =
      transmit && this.options.rng.chance(this.options.corruptFrameRate)
        ? corruptFrame(frame, this.options.rng)
        : null;
    const damaged = corruption !== null && corruption.kind !== "noise";
    const out = corruption === null ? frame : damaged ? corruption.bytes : concat(corruption.bytes, frame);
    if (!transmit) return { type, seq, seqTotal, bytes: out, corruption, damaged, separatorBytes: 0 };
    const separator = this.pending === null ? new Uint8Array(0) : this.separatorBefore(this.pending, out);
    this.pending =
      corruption?.kind === "truncated" ? { stub: corruption.bytes, frameBytes: corruption.frameBytes } : null;
    const bytes = separator.length > 0 ? concat(separator, out) : out;
    return { type, seq, seqTotal, bytes, corruption, damaged, separatorBytes: separator.length };
  }

  /**
   * Noise to write just before closing so that a receiver can reject a truncated frame sent last
   * (it would otherwise wait forever for the rest). Empty when nothing is pending.
   */
  closingPadding(): Uint8Array {
    const padding =
      this.pending === null ? new Uint8Array(0) : this.separatorBefore(this.pending, new Uint8Array(0));
    this.pending = null;
    return padding;
  }

  /** Call when bytes were lost (port closed): the receiver's view of the stream starts over. */
  resetLine(): void {
    this.pending = null;
  }

  /** Noise (possibly none) such that stub + noise + following cannot pass as one frame. */
  private separatorBefore(pending: PendingStub, following: Uint8Array): Uint8Array {
    const stillNeeded = pending.frameBytes - pending.stub.length;
    const deficit = Math.max(0, stillNeeded - following.length);
    for (let extra = 0; ; extra++) {
      const separator = noiseBytes(this.options.rng, deficit + extra);
      const seen = concat(pending.stub, concat(separator, following)).subarray(0, pending.frameBytes);
      if (!passesCrc(seen)) return separator;
    }
  }
}

function passesCrc(frame: Uint8Array): boolean {
  const crcAt = frame.length - CRC_BYTES;
  return crc16(frame, 2, crcAt) === ((frame[crcAt] ?? 0) | ((frame[crcAt + 1] ?? 0) << 8));
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(first.length + second.length);
  bytes.set(first, 0);
  bytes.set(second, first.length);
  return bytes;
}
