// Firmata reports each enabled analog input as its own message, all of them once per sampling interval.
// These two pure pieces turn those reports into sample-block frames (proto/sensor-frame), so a sensor on
// Firmata is decoded by the same definition and pipeline as one on a serial line: transport, framing and
// decoder stay independent.
import {
  encodeFrame,
  encodeSampleBlock,
  FrameType,
  MAX_PAYLOAD_BYTES,
  SAMPLE_BLOCK_HEADER_BYTES,
} from "../../proto/index.ts";

/**
 * Collects one value per configured analog channel into a sample instant. An instant is complete when
 * every channel reported. A channel reporting twice first means another channel's report of that round
 * was lost: the round is given up as a lost instant (null), never completed with a value held from
 * before, so the gap shows in the sample counter downstream instead of being bridged. Nothing is emitted
 * until every channel has reported once (reporting is switched on one channel at a time).
 */
export class AnalogInstantAssembler {
  private readonly latest: number[];
  private seen = 0;
  private everSeen = 0;
  private readonly all: number;

  constructor(private readonly channels: readonly number[]) {
    this.latest = channels.map(() => 0);
    this.all = (1 << channels.length) - 1;
  }

  /** Returns the rounds this report ended, in order: an instant, or null for a round that lost a report. */
  add(channel: number, value: number): (number[] | null)[] {
    const index = this.channels.indexOf(channel);
    if (index < 0) return [];
    const bit = 1 << index;
    const out: (number[] | null)[] = [];
    if (this.seen & bit) {
      if (this.everSeen === this.all) out.push(null);
      this.seen = 0;
    }
    this.latest[index] = value;
    this.seen |= bit;
    this.everSeen |= bit;
    if (this.seen === this.all) {
      this.seen = 0;
      if (this.everSeen === this.all) out.push([...this.latest]);
    }
    return out;
  }

  reset(): void {
    this.seen = 0;
    this.everSeen = 0;
  }
}

/** Instants per frame: about a tenth of a second, within the frame's 250-byte payload. */
export function instantsPerBlock(channels: number, rateHz: number): number {
  const fit = Math.floor((MAX_PAYLOAD_BYTES - SAMPLE_BLOCK_HEADER_BYTES) / (2 * channels));
  return Math.max(1, Math.min(fit, Math.round(rateHz / 10)));
}

/**
 * Numbers instants with a 32-bit sample counter (restarting at 0 with each connection, as an Arduino
 * resets when its port opens) and frames them as sample blocks with a 16-bit frame counter that runs on
 * across connections (so a reconnect is a restart, not a lost range).
 */
export class SampleBlockFramer {
  private pending: number[] = [];
  private firstSample = 0;
  private nextSample = 0;
  private frameSeq = 0;
  private readonly perBlock: number;

  constructor(
    private readonly channels: number,
    private readonly rateHz: number,
  ) {
    this.perBlock = instantsPerBlock(channels, rateHz);
  }

  /** Returns an encoded frame when the instant completed a block. */
  add(instant: readonly number[]): Uint8Array | null {
    if (this.pending.length === 0) this.firstSample = this.nextSample;
    this.pending.push(...instant);
    this.nextSample = (this.nextSample + 1) >>> 0;
    return this.pending.length >= this.perBlock * this.channels ? this.flush() : null;
  }

  /**
   * An instant that was lost: the block so far goes out, and the counter moves on past the lost instant,
   * so the next block starts after a gap the pipeline counts as lost samples.
   */
  skip(): Uint8Array | null {
    const frame = this.flush();
    this.nextSample = (this.nextSample + 1) >>> 0;
    return frame;
  }

  /** The partial block as a frame, if any. */
  flush(): Uint8Array | null {
    if (this.pending.length === 0) return null;
    const payload = encodeSampleBlock({
      firstSample: this.firstSample,
      rateHz: this.rateHz,
      channels: this.channels,
      values: Int16Array.from(this.pending),
    });
    this.pending = [];
    const frame = encodeFrame({ type: FrameType.sampleBlock, seq: this.frameSeq, payload });
    this.frameSeq = (this.frameSeq + 1) & 0xffff;
    return frame;
  }

  /** A new connection: the sample counter starts over (a pending partial block must be flushed first). */
  restartCounter(): void {
    this.pending = [];
    this.nextSample = 0;
  }
}
