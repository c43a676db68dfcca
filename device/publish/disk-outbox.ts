// The crash-safe outbox: every message is appended to a segment log before it counts as queued,
// and a "done" record follows when the broker acknowledged it (or a bound dropped it). After a
// crash or kill -9 the log is replayed and unacknowledged messages are sent again, in order.
// Segments whose messages are all done are deleted. fdatasync runs every `syncIntervalMs` so a
// power cut loses at most that much; a process crash loses nothing that write() returned for.
import {
  closeSync,
  fdatasyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { MemoryOutbox, type Outbox, type OutboxLimits, type OutboxMessage } from "./outbox.ts";
import { decodeRecords, encodeRecord, RECORD_PUT } from "./outbox-log.ts";

export interface DiskOutboxOptions extends OutboxLimits {
  dir: string;
  segmentBytes: number;
  syncIntervalMs: number;
}

interface Segment {
  name: string;
  live: Set<number>;
}

const segmentName = (number: number) => `segment-${String(number).padStart(12, "0")}.log`;
const segmentNumber = (name: string) => Number(name.slice("segment-".length, -".log".length));

export class DiskOutbox implements Outbox {
  private readonly index: MemoryOutbox;
  private readonly segments: Segment[] = [];
  private readonly segmentOf = new Map<number, Segment>();
  private fd: number | null = null;
  private activeBytes = 0;
  private lastSegmentNumber = 0;
  private syncTimer: NodeJS.Timeout;
  /** Records that could not be read back after a crash (a torn final write). */
  readonly recoveredTornBytes: number;

  constructor(private readonly options: DiskOutboxOptions) {
    mkdirSync(options.dir, { recursive: true });
    this.index = new MemoryOutbox(options);
    this.recoveredTornBytes = this.recover();
    this.index.onDropped = (id) => this.markDone(id);
    this.syncTimer = setInterval(() => this.sync(), options.syncIntervalMs);
    this.syncTimer.unref();
  }

  get size(): number {
    return this.index.size;
  }
  get bytes(): number {
    return this.index.bytes;
  }
  get dropped(): number {
    return this.index.dropped;
  }

  push(message: Omit<OutboxMessage, "id" | "enqueuedMs">, nowMs: number): void {
    const id = this.index.upcomingId;
    this.append(encodeRecord({ kind: RECORD_PUT, id, enqueuedMs: nowMs, ...message }), id);
    this.index.push(message, nowMs);
  }

  next(count: number, inFlight: ReadonlySet<number>): OutboxMessage[] {
    return this.index.next(count, inFlight);
  }

  ack(id: number): void {
    if (!this.segmentOf.has(id)) return;
    this.index.ack(id);
    this.markDone(id);
  }

  close(): void {
    clearInterval(this.syncTimer);
    this.sync();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private recover(): number {
    let torn = 0;
    const names = readdirSync(this.options.dir)
      .filter((n) => n.startsWith("segment-"))
      .sort();
    for (const name of names) {
      const path = join(this.options.dir, name);
      const data = readFileSync(path);
      const { records, validBytes } = decodeRecords(data);
      if (validBytes < data.length) {
        torn += data.length - validBytes;
        truncateSync(path, validBytes);
      }
      this.lastSegmentNumber = Math.max(this.lastSegmentNumber, segmentNumber(name));
      const segment: Segment = { name, live: new Set() };
      this.segments.push(segment);
      for (const record of records) {
        if (record.kind === RECORD_PUT) {
          const { kind: _kind, ...message } = record;
          this.index.restore(message);
          segment.live.add(record.id);
          this.segmentOf.set(record.id, segment);
        } else {
          const owner = this.segmentOf.get(record.id);
          owner?.live.delete(record.id);
          this.segmentOf.delete(record.id);
          this.index.ack(record.id);
        }
      }
    }
    this.deleteFinishedSegments();
    return torn;
  }

  private markDone(id: number): void {
    const owner = this.segmentOf.get(id);
    this.segmentOf.delete(id);
    if (!owner) return;
    owner.live.delete(id);
    this.append(encodeRecord({ kind: 2, id }), null);
    this.deleteFinishedSegments();
  }

  private append(record: Buffer, putId: number | null): void {
    if (this.fd === null || this.activeBytes >= this.options.segmentBytes) this.roll();
    const active = this.segments[this.segments.length - 1];
    if (this.fd === null || !active) throw new Error("outbox has no active segment");
    writeSync(this.fd, record);
    this.activeBytes += record.length;
    if (putId !== null) {
      active.live.add(putId);
      this.segmentOf.set(putId, active);
    }
  }

  private roll(): void {
    this.sync();
    if (this.fd !== null) closeSync(this.fd);
    const segment = { name: segmentName(++this.lastSegmentNumber), live: new Set<number>() };
    this.fd = openSync(join(this.options.dir, segment.name), "a");
    this.activeBytes = 0;
    this.segments.push(segment);
  }

  /** A segment can go once it holds no live message and is not the one being written. */
  private deleteFinishedSegments(): void {
    while (this.segments.length > 1 && this.segments[0]?.live.size === 0) {
      const finished = this.segments.shift();
      if (finished) rmSync(join(this.options.dir, finished.name), { force: true });
    }
  }

  private sync(): void {
    if (this.fd !== null) fdatasyncSync(this.fd);
  }
}
