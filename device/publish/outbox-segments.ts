// The files of the outbox log: numbered segments in one folder, the newest one open for appending.
// Knows bytes and offsets, not messages. A new segment's folder entry is fsynced, so a power cut
// cannot lose the file of data that was synced into it.
import {
  closeSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

export interface Segment {
  readonly number: number;
  /** File bytes, torn tail cut off. */
  size: number;
  /** Put records of messages still in the outbox: how many, and their bytes. */
  liveCount: number;
  liveBytes: number;
  fd: number | null;
}

const segmentName = (number: number) => `segment-${String(number).padStart(12, "0")}.log`;
const SEGMENT_FILE = /^segment-(\d{12})\.log$/;

export class SegmentFiles {
  /** Oldest first; the last one is the one being written once `append` has run. */
  readonly segments: Segment[] = [];
  private writable: Segment | null = null;
  private lastNumber = 0;
  private totalBytes = 0;

  constructor(
    private readonly dir: string,
    private readonly segmentBytes: number,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get active(): Segment | null {
    return this.writable;
  }

  /** Reads every existing segment, oldest first, one at a time (never the whole log in memory). */
  *existing(): Generator<{ segment: Segment; data: Buffer }> {
    const numbers = readdirSync(this.dir)
      .map((name) => SEGMENT_FILE.exec(name)?.[1])
      .filter((digits): digits is string => digits !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    for (const number of numbers) {
      const data = readFileSync(this.pathOf(number));
      const segment: Segment = { number, size: data.length, liveCount: 0, liveBytes: 0, fd: null };
      this.segments.push(segment);
      this.totalBytes += data.length;
      this.lastNumber = Math.max(this.lastNumber, number);
      yield { segment, data };
    }
  }

  /** Cuts a segment back to its readable part (a torn final write). */
  truncate(segment: Segment, validBytes: number): void {
    truncateSync(this.pathOf(segment.number), validBytes);
    this.totalBytes -= segment.size - validBytes;
    segment.size = validBytes;
  }

  /** Appends one record to the active segment (rolling first when it is full); returns where it went. */
  append(record: Buffer): { segment: Segment; offset: number } {
    if (!this.writable || this.writable.size >= this.segmentBytes) this.roll();
    const segment = this.writable;
    if (!segment || segment.fd === null) throw new Error("outbox has no writable segment");
    const offset = segment.size;
    writeSync(segment.fd, record);
    segment.size += record.length;
    this.totalBytes += record.length;
    return { segment, offset };
  }

  read(segment: Segment, offset: number, length: number): Buffer {
    segment.fd ??= openSync(this.pathOf(segment.number), "r");
    const buffer = Buffer.alloc(length);
    const read = readSync(segment.fd, buffer, 0, length, offset);
    return read === length ? buffer : buffer.subarray(0, read);
  }

  /** Removes a segment's file; the caller made sure nothing in it is still needed. */
  delete(segment: Segment): void {
    if (segment === this.writable) throw new Error("cannot delete the segment being written");
    if (segment.fd !== null) closeSync(segment.fd);
    segment.fd = null;
    rmSync(this.pathOf(segment.number), { force: true });
    this.segments.splice(this.segments.indexOf(segment), 1);
    this.totalBytes -= segment.size;
  }

  sync(): void {
    if (this.writable?.fd != null) fdatasyncSync(this.writable.fd);
  }

  close(): void {
    this.sync();
    for (const segment of this.segments) {
      if (segment.fd !== null) closeSync(segment.fd);
      segment.fd = null;
    }
    this.writable = null;
  }

  private roll(): void {
    this.sync();
    const number = ++this.lastNumber;
    // a+: appends always go to the end, and the same descriptor reads records back.
    const segment: Segment = {
      number,
      size: 0,
      liveCount: 0,
      liveBytes: 0,
      fd: openSync(this.pathOf(number), "a+"),
    };
    this.syncFolder();
    this.segments.push(segment);
    this.writable = segment;
  }

  private syncFolder(): void {
    const fd = openSync(this.dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  private pathOf(number: number): string {
    return join(this.dir, segmentName(number));
  }
}
