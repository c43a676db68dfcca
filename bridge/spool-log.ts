// The spool's segment files: append batches, read them back in order from a cursor, record how far
// they are finished, delete segments nobody needs, and recover all of it after a crash. Policy (what
// to drop, when to drain) lives in spooling-sink.ts; this file only keeps the files and the counts
// true. Synchronous file calls on purpose: a small writeSync costs microseconds, and with nothing
// async in here the drainer and the writers can never see a half-updated state.
import {
  closeSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  rmSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { SegmentReader } from "./spool-reader.ts";
import {
  type BatchRecord,
  decodeRecords,
  encodeBatchRecord,
  encodeDoneThroughRecord,
  RECORD_BATCH,
} from "./spool-record.ts";
import { countBatch, newSegment, recoverSegments, type Segment, segmentName } from "./spool-segment.ts";

export interface SpooledBatch extends Omit<BatchRecord, "kind"> {
  /** Number of the segment file that holds it. */
  readonly segment: number;
}

export interface SpoolCounts {
  readonly batches: number;
  readonly points: number;
}

export class SpoolLog {
  readonly #dir: string;
  readonly #segmentBytes: number;
  readonly #segments: Segment[] = [];
  #active: Segment | undefined;
  #fd: number | undefined;
  #dirty = false;
  #lastSegmentNumber = 0;
  #nextId = 1;
  #doneThrough = 0;
  #bytes = 0;
  #pending = { batches: 0, points: 0 };
  #cursor = { segment: 0, offset: 0 };
  readonly #reader: SegmentReader;
  /** Bytes cut off the end of segments at recovery: torn writes from a crash. */
  readonly tornBytes: number;

  constructor(dir: string, segmentBytes: number) {
    this.#dir = dir;
    this.#segmentBytes = segmentBytes;
    this.#reader = new SegmentReader(dir);
    mkdirSync(dir, { recursive: true });
    const recovered = recoverSegments(dir);
    this.tornBytes = recovered.tornBytes;
    this.#doneThrough = recovered.doneThrough;
    this.#nextId = recovered.doneThrough + 1;
    for (const segment of recovered.segments) {
      this.#segments.push(segment);
      this.#bytes += segment.bytes;
      this.#pending.batches += segment.batches - segment.finishedBatches;
      this.#pending.points += segment.points - segment.finishedPoints;
      this.#lastSegmentNumber = Math.max(this.#lastSegmentNumber, segment.number);
      this.#nextId = Math.max(this.#nextId, segment.lastId + 1);
    }
    this.#deleteFinishedSegments();
  }

  /** Bytes of all segment files. */
  get bytes(): number {
    return this.#bytes;
  }
  /** Batches (and their points) appended and not yet finished. */
  get pending(): SpoolCounts {
    return { ...this.#pending };
  }
  /** Every batch with an id up to this one is finished. */
  get doneThrough(): number {
    return this.#doneThrough;
  }
  get segmentCount(): number {
    return this.#segments.length;
  }
  /** When the newest batch of the oldest segment was appended, if that segment still has work. */
  get oldestSegmentNewestMs(): number | undefined {
    const head = this.#segments[0];
    return head && head.finishedBatches < head.batches ? head.lastAppendedMs : undefined;
  }

  /** Appends one batch; throws on an I/O error, leaving the log as it was. */
  append(payload: Uint8Array, pointCount: number, appendedMs: number): number {
    const id = this.#nextId;
    const record = encodeBatchRecord(id, appendedMs, pointCount, payload);
    const segment = this.#write(record);
    this.#nextId += 1;
    countBatch(segment, { id, appendedMs, pointCount });
    this.#pending.batches += 1;
    this.#pending.points += pointCount;
    return id;
  }

  /**
   * Marks batches finished. They must be the oldest unfinished ones, in order (the drainer reads them
   * that way); ones already finished are skipped. Returns what was newly finished.
   */
  finish(batches: readonly SpooledBatch[]): SpoolCounts {
    const done = { batches: 0, points: 0 };
    let through = this.#doneThrough;
    for (const batch of batches) {
      if (batch.id <= this.#doneThrough) continue;
      const segment = this.#segments.find((candidate) => candidate.number === batch.segment);
      if (segment) {
        segment.finishedBatches += 1;
        segment.finishedPoints += batch.pointCount;
      }
      done.batches += 1;
      done.points += batch.pointCount;
      through = Math.max(through, batch.id);
    }
    if (done.batches > 0) this.#advanceDoneThrough(through, done);
    return done;
  }

  /** Finishes and deletes the oldest segment, whatever it still holds; returns what that dropped. */
  dropOldestSegment(): SpoolCounts {
    const head = this.#segments[0];
    if (!head) return { batches: 0, points: 0 };
    if (head === this.#active) this.#closeActive();
    const dropped = {
      batches: head.batches - head.finishedBatches,
      points: head.points - head.finishedPoints,
    };
    head.finishedBatches = head.batches;
    head.finishedPoints = head.points;
    if (head.lastId > this.#doneThrough) this.#advanceDoneThrough(head.lastId, dropped);
    else this.#deleteFinishedSegments();
    return dropped;
  }

  /** The next unfinished batches after the cursor, up to about `maxPoints` points (at least one batch). */
  readBatches(maxPoints: number): SpooledBatch[] {
    const batches: SpooledBatch[] = [];
    let points = 0;
    while (points < maxPoints) {
      const segment = this.#segments.find((candidate) => candidate.number >= this.#cursor.segment);
      if (!segment) break;
      if (segment.number !== this.#cursor.segment) this.#cursor = { segment: segment.number, offset: 0 };
      if (this.#cursor.offset >= segment.bytes) {
        if (segment === this.#active) break;
        this.#cursor = { segment: segment.number + 1, offset: 0 };
        continue;
      }
      const start = this.#cursor.offset;
      const { records } = decodeRecords(this.#reader.readBlock(segment, start));
      // Recovery and our own appends only leave whole records, so this is damage made since: skip it.
      if (records.length === 0) this.#cursor.offset = segment.bytes;
      for (const { record, end } of records) {
        this.#cursor.offset = start + end;
        if (record.kind !== RECORD_BATCH || record.id <= this.#doneThrough) continue;
        batches.push({ ...record, segment: segment.number });
        points += record.pointCount;
        if (points >= maxPoints) break;
      }
    }
    return batches;
  }

  /** fdatasync of the segment being written, when anything was written since the last one. */
  sync(): void {
    if (this.#fd === undefined || !this.#dirty) return;
    fdatasyncSync(this.#fd);
    this.#dirty = false;
  }

  close(): void {
    this.#closeActive();
    this.#reader.close();
  }

  #advanceDoneThrough(through: number, finished: SpoolCounts): void {
    this.#doneThrough = through;
    this.#pending.batches -= finished.batches;
    this.#pending.points -= finished.points;
    // Not synced at once: a lost done record only replays batches, and replays change nothing.
    this.#write(encodeDoneThroughRecord(through));
    this.#deleteFinishedSegments();
  }

  #write(record: Buffer): Segment {
    if (this.#fd === undefined || !this.#active || this.#active.bytes >= this.#segmentBytes) this.#roll();
    const segment = this.#active as Segment;
    const fd = this.#fd as number;
    try {
      for (let written = 0; written < record.length; )
        written += writeSync(fd, record, written, record.length - written);
    } catch (error) {
      this.#abandonActive(segment);
      throw error;
    }
    segment.bytes += record.length;
    this.#bytes += record.length;
    this.#dirty = true;
    return segment;
  }

  #roll(): void {
    this.#closeActive();
    const segment = newSegment(++this.#lastSegmentNumber);
    this.#fd = openSync(join(this.#dir, segmentName(segment.number)), "a");
    this.#segments.push(segment);
    this.#active = segment;
    // The new file's directory entry must survive a power cut too.
    const dirFd = openSync(this.#dir, "r");
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }

  #closeActive(): void {
    if (this.#fd === undefined) return;
    const fd = this.#fd;
    this.#fd = undefined;
    this.#active = undefined;
    try {
      if (this.#dirty) fdatasyncSync(fd);
      this.#dirty = false;
    } finally {
      closeSync(fd);
    }
  }

  /** After a failed write: cut the partial record off so it cannot hide later appends, and move on. */
  #abandonActive(segment: Segment): void {
    try {
      truncateSync(join(this.#dir, segmentName(segment.number)), segment.bytes);
    } catch {}
    // Whatever came before the failed record should still be as safe as a roll makes it.
    try {
      fdatasyncSync(this.#fd as number);
    } catch {}
    try {
      closeSync(this.#fd as number);
    } catch {}
    this.#fd = undefined;
    this.#active = undefined;
  }

  /** Oldest segments go once every batch in them is finished; the one being written stays. */
  #deleteFinishedSegments(): void {
    for (let head = this.#segments[0]; head; head = this.#segments[0]) {
      if (head === this.#active || head.lastId > this.#doneThrough) break;
      this.#segments.shift();
      this.#bytes -= head.bytes;
      this.#reader.forget(head.number);
      rmSync(join(this.#dir, segmentName(head.number)), { force: true });
    }
  }
}
