// Record format of the bridge's spool: an append-only log in segment files, framed like the device
// outbox (docs/bridge-delivery.md).
//   record = length u32 LE | crc32 u32 LE | body[length]
//   body   = kind u8 | id f64 LE | batch only: appendedMs f64 LE | pointCount u32 LE | payload
// kind 1 (batch) carries one write()'s points encoded by spool-codec.ts; kind 2 (done-through) says
// that every batch with an id up to and including `id` is finished (drained to the store or dropped by
// a bound). Draining and dropping both work from the oldest end, so "finished" is always a prefix and
// one watermark replaces a done record per batch.
// A record whose length or CRC does not check out ends the readable part of a segment: a torn write
// from a crash. Everything before it is recovered.
import { crc32 } from "node:zlib";

export const RECORD_BATCH = 1;
export const RECORD_DONE_THROUGH = 2;
export const FRAME_BYTES = 8;
const BATCH_HEAD_BYTES = 21;
const DONE_BODY_BYTES = 9;
/** Larger lengths are damage, not data: no single write() comes near it. */
const MAX_BODY_BYTES = 1 << 30;

export interface BatchRecord {
  readonly kind: typeof RECORD_BATCH;
  readonly id: number;
  readonly appendedMs: number;
  readonly pointCount: number;
  readonly payload: Uint8Array;
}

export interface DoneThroughRecord {
  readonly kind: typeof RECORD_DONE_THROUGH;
  readonly id: number;
}

export type SpoolRecord = BatchRecord | DoneThroughRecord;

/** A decoded record and the offset just past it, relative to the decoded buffer. */
export interface LocatedRecord {
  readonly record: SpoolRecord;
  readonly end: number;
}

/** Fills in the frame of a record whose body is already in place after FRAME_BYTES. */
function frame(record: Buffer): Buffer {
  record.writeUInt32LE(record.length - FRAME_BYTES, 0);
  record.writeUInt32LE(crc32(record.subarray(FRAME_BYTES)), 4);
  return record;
}

export function encodeBatchRecord(
  id: number,
  appendedMs: number,
  pointCount: number,
  payload: Uint8Array,
): Buffer {
  const record = Buffer.allocUnsafe(FRAME_BYTES + BATCH_HEAD_BYTES + payload.length);
  record.writeUInt8(RECORD_BATCH, FRAME_BYTES);
  record.writeDoubleLE(id, FRAME_BYTES + 1);
  record.writeDoubleLE(appendedMs, FRAME_BYTES + 9);
  record.writeUInt32LE(pointCount, FRAME_BYTES + 17);
  record.set(payload, FRAME_BYTES + BATCH_HEAD_BYTES);
  return frame(record);
}

export function encodeDoneThroughRecord(id: number): Buffer {
  const record = Buffer.allocUnsafe(FRAME_BYTES + DONE_BODY_BYTES);
  record.writeUInt8(RECORD_DONE_THROUGH, FRAME_BYTES);
  record.writeDoubleLE(id, FRAME_BYTES + 1);
  return frame(record);
}

/** Length of the record starting at `at`, frame included, or undefined when its header is damaged. */
export function recordLengthAt(data: Buffer, at: number): number | undefined {
  if (at + FRAME_BYTES > data.length) return undefined;
  const length = data.readUInt32LE(at);
  return length < DONE_BODY_BYTES || length > MAX_BODY_BYTES ? undefined : FRAME_BYTES + length;
}

/**
 * Decodes records from the start of `data` until its end or the first damaged or incomplete record.
 * `validBytes` is where the readable part ends. Payloads are views into `data`, not copies.
 */
export function decodeRecords(data: Buffer): { records: LocatedRecord[]; validBytes: number } {
  const records: LocatedRecord[] = [];
  let at = 0;
  for (;;) {
    const length = recordLengthAt(data, at);
    if (length === undefined || at + length > data.length) break;
    const body = data.subarray(at + FRAME_BYTES, at + length);
    if (crc32(body) !== data.readUInt32LE(at + 4)) break;
    const record = decodeBody(body);
    if (!record) break;
    at += length;
    records.push({ record, end: at });
  }
  return { records, validBytes: at };
}

function decodeBody(body: Buffer): SpoolRecord | undefined {
  const kind = body.readUInt8(0);
  const id = body.readDoubleLE(1);
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  if (kind === RECORD_DONE_THROUGH) return body.length === DONE_BODY_BYTES ? { kind, id } : undefined;
  if (kind !== RECORD_BATCH || body.length < BATCH_HEAD_BYTES) return undefined;
  return {
    kind,
    id,
    appendedMs: body.readDoubleLE(9),
    pointCount: body.readUInt32LE(17),
    payload: body.subarray(BATCH_HEAD_BYTES),
  };
}
