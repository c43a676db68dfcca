// Reassembles sensor frames from an arbitrary chunking of the byte stream.
// Pure state machine: feed chunks, get frames and rejects. A bad CRC or impossible length is
// reported once and the search for the next sync resumes one byte after the rejected start,
// so a corrupt frame never swallows the good frame behind it.
import { crc16 } from "./crc16.ts";
import {
  CRC_BYTES,
  HEADER_BYTES,
  MAX_FRAME_BYTES,
  MAX_PAYLOAD_BYTES,
  type SensorFrame,
  SYNC_0,
  SYNC_1,
} from "./frame.ts";

export type AssembledItem =
  | { ok: true; value: SensorFrame }
  | { ok: false; reason: "bad_crc" | "bad_length" | "noise"; bytes: Uint8Array };

export interface FrameAssemblerCounters {
  frames: number;
  badCrc: number;
  badLength: number;
  noiseBytes: number;
}

export class FrameAssembler {
  private buffer = new Uint8Array(MAX_FRAME_BYTES * 4);
  private length = 0;
  readonly counters: FrameAssemblerCounters = { frames: 0, badCrc: 0, badLength: 0, noiseBytes: 0 };

  /** Adds bytes and returns every frame or reject they complete, in stream order. */
  push(chunk: Uint8Array): AssembledItem[] {
    const items: AssembledItem[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      const room = this.buffer.length - this.length;
      const take = Math.min(room, chunk.length - offset);
      this.buffer.set(chunk.subarray(offset, offset + take), this.length);
      this.length += take;
      offset += take;
      this.drain(items);
    }
    return items;
  }

  private drain(items: AssembledItem[]): void {
    let start = 0;
    for (;;) {
      const sync = this.findSync(start);
      if (sync > start) this.reportNoise(items, start, sync);
      start = sync;
      if (this.length - start < HEADER_BYTES) break;
      const payloadLength = this.buffer[start + 2] ?? 0;
      if (payloadLength > MAX_PAYLOAD_BYTES) {
        this.counters.badLength++;
        items.push({
          ok: false,
          reason: "bad_length",
          bytes: this.buffer.slice(start, start + HEADER_BYTES),
        });
        start += 1;
        continue;
      }
      const frameLength = HEADER_BYTES + payloadLength + CRC_BYTES;
      if (this.length - start < frameLength) break;
      const crcAt = start + HEADER_BYTES + payloadLength;
      const expected = (this.buffer[crcAt] ?? 0) | ((this.buffer[crcAt + 1] ?? 0) << 8);
      if (crc16(this.buffer, start + 2, crcAt) !== expected) {
        this.counters.badCrc++;
        items.push({ ok: false, reason: "bad_crc", bytes: this.buffer.slice(start, start + frameLength) });
        start += 1;
        continue;
      }
      this.counters.frames++;
      items.push({ ok: true, value: this.frameAt(start, payloadLength) });
      start += frameLength;
    }
    this.buffer.copyWithin(0, start, this.length);
    this.length -= start;
  }

  /** Index of the next sync pair at or after `from`; keeps a trailing lone SYNC_0 for the next chunk. */
  private findSync(from: number): number {
    for (let i = from; i < this.length; i++) {
      if (this.buffer[i] !== SYNC_0) continue;
      if (i + 1 >= this.length || this.buffer[i + 1] === SYNC_1) return i;
    }
    return this.length;
  }

  private reportNoise(items: AssembledItem[], from: number, to: number): void {
    this.counters.noiseBytes += to - from;
    items.push({ ok: false, reason: "noise", bytes: this.buffer.slice(from, to) });
  }

  private frameAt(start: number, payloadLength: number): SensorFrame {
    const seq = (this.buffer[start + 4] ?? 0) | ((this.buffer[start + 5] ?? 0) << 8);
    const payload = this.buffer.slice(start + HEADER_BYTES, start + HEADER_BYTES + payloadLength);
    return { type: this.buffer[start + 3] ?? 0, seq, payload };
  }
}
