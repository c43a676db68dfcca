// What the spool knows about each segment file, and how it rebuilds that after a restart: read every
// segment, cut off a torn tail, count batches, and find the done-through watermark.
import { readdirSync, readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { type BatchRecord, decodeRecords, RECORD_BATCH, RECORD_DONE_THROUGH } from "./spool-record.ts";

export interface Segment {
  readonly number: number;
  bytes: number;
  batches: number;
  points: number;
  finishedBatches: number;
  finishedPoints: number;
  /** 0 while the segment holds no batch. */
  firstId: number;
  lastId: number;
  lastAppendedMs: number;
}

export const segmentName = (number: number) => `segment-${String(number).padStart(12, "0")}.log`;
const SEGMENT_FILE = /^segment-(\d{12})\.log$/;

export const newSegment = (number: number): Segment => ({
  number,
  bytes: 0,
  batches: 0,
  points: 0,
  finishedBatches: 0,
  finishedPoints: 0,
  firstId: 0,
  lastId: 0,
  lastAppendedMs: Number.NEGATIVE_INFINITY,
});

export function countBatch(segment: Segment, record: Omit<BatchRecord, "kind" | "payload">): void {
  segment.batches += 1;
  segment.points += record.pointCount;
  if (segment.firstId === 0) segment.firstId = record.id;
  segment.lastId = record.id;
  segment.lastAppendedMs = record.appendedMs;
}

export interface RecoveredSegments {
  /** Oldest first, finished counts filled in. */
  readonly segments: Segment[];
  readonly doneThrough: number;
  /** Bytes cut off the end of segments: torn writes from a crash. */
  readonly tornBytes: number;
}

export function recoverSegments(dir: string): RecoveredSegments {
  let tornBytes = 0;
  let doneThrough = 0;
  const segments: Segment[] = [];
  const names = readdirSync(dir)
    .filter((name) => SEGMENT_FILE.test(name))
    .sort();
  for (const name of names) {
    const path = join(dir, name);
    const data = readFileSync(path);
    const { records, validBytes } = decodeRecords(data);
    if (validBytes < data.length) {
      tornBytes += data.length - validBytes;
      truncateSync(path, validBytes);
    }
    const segment = newSegment(Number(SEGMENT_FILE.exec(name)?.[1]));
    segment.bytes = validBytes;
    for (const { record } of records) {
      if (record.kind === RECORD_DONE_THROUGH) doneThrough = Math.max(doneThrough, record.id);
      else countBatch(segment, record);
    }
    segments.push(segment);
  }
  for (const segment of segments) countFinished(dir, segment, doneThrough);
  return { segments, doneThrough, tornBytes };
}

/** Whole segments are finished or not; only the one the watermark cuts through is read again. */
function countFinished(dir: string, segment: Segment, doneThrough: number): void {
  if (segment.lastId <= doneThrough) {
    segment.finishedBatches = segment.batches;
    segment.finishedPoints = segment.points;
    return;
  }
  if (segment.firstId === 0 || segment.firstId > doneThrough) return;
  for (const { record } of decodeRecords(readFileSync(join(dir, segmentName(segment.number)))).records) {
    if (record.kind !== RECORD_BATCH || record.id > doneThrough) continue;
    segment.finishedBatches += 1;
    segment.finishedPoints += record.pointCount;
  }
}
