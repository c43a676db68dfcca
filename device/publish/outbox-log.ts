// Record format of the on-disk outbox: an append-only log in segment files.
//   record = length u32 LE | crc32 u32 LE | body[length]
//   body   = kind u8 (1 put, 2 done) | id f64 LE | put only: enqueuedMs f64 | flags u8 | topicLength u16 | topic | bytes
// A record whose length or CRC does not check out ends the readable part of a segment (a torn
// write from a crash); everything before it is recovered.
import { crc32 } from "node:zlib";

export const RECORD_PUT = 1;
export const RECORD_DONE = 2;
const FLAG_RETAIN = 1;
const FLAG_URGENT = 2;

export interface PutRecord {
  kind: typeof RECORD_PUT;
  id: number;
  enqueuedMs: number;
  retain: boolean;
  urgent: boolean;
  topic: string;
  bytes: Uint8Array;
}
export interface DoneRecord {
  kind: typeof RECORD_DONE;
  id: number;
}
export type OutboxRecord = PutRecord | DoneRecord;

function frame(body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(body.length, 0);
  head.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([head, body]);
}

export function encodeRecord(record: OutboxRecord): Buffer {
  if (record.kind === RECORD_DONE) {
    const body = Buffer.alloc(9);
    body.writeUInt8(RECORD_DONE, 0);
    body.writeDoubleLE(record.id, 1);
    return frame(body);
  }
  const topic = Buffer.from(record.topic, "utf8");
  const body = Buffer.alloc(20 + topic.length + record.bytes.length);
  body.writeUInt8(RECORD_PUT, 0);
  body.writeDoubleLE(record.id, 1);
  body.writeDoubleLE(record.enqueuedMs, 9);
  body.writeUInt8((record.retain ? FLAG_RETAIN : 0) | (record.urgent ? FLAG_URGENT : 0), 17);
  body.writeUInt16LE(topic.length, 18);
  topic.copy(body, 20);
  body.set(record.bytes, 20 + topic.length);
  return frame(body);
}

export interface LocatedRecord {
  record: OutboxRecord;
  /** Where the record starts in its segment, and its length with the 8-byte head. */
  offset: number;
  length: number;
}

/** Decodes records until the end or the first damaged record; returns how many bytes were valid. */
export function decodeRecords(data: Buffer): { records: LocatedRecord[]; validBytes: number } {
  const records: LocatedRecord[] = [];
  let at = 0;
  for (let record = decodeRecordAt(data, at); record; record = decodeRecordAt(data, at)) {
    records.push(record);
    at += record.length;
  }
  return { records, validBytes: at };
}

/** One record starting at `at`, or null when it is incomplete or damaged. */
export function decodeRecordAt(data: Buffer, at: number): LocatedRecord | null {
  if (at + 8 > data.length) return null;
  const length = data.readUInt32LE(at);
  if (length < 9 || at + 8 + length > data.length) return null;
  const body = data.subarray(at + 8, at + 8 + length);
  if (crc32(body) !== data.readUInt32LE(at + 4)) return null;
  const record = decodeBody(body);
  return record ? { record, offset: at, length: 8 + length } : null;
}

function decodeBody(body: Buffer): OutboxRecord | null {
  const kind = body.readUInt8(0);
  const id = body.readDoubleLE(1);
  if (kind === RECORD_DONE) return { kind, id };
  if (kind !== RECORD_PUT || body.length < 20) return null;
  const flags = body.readUInt8(17);
  const topicLength = body.readUInt16LE(18);
  if (20 + topicLength > body.length) return null;
  return {
    kind,
    id,
    enqueuedMs: body.readDoubleLE(9),
    retain: (flags & FLAG_RETAIN) !== 0,
    urgent: (flags & FLAG_URGENT) !== 0,
    topic: body.toString("utf8", 20, 20 + topicLength),
    bytes: new Uint8Array(body.subarray(20 + topicLength)),
  };
}
