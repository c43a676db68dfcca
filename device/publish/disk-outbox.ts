// The crash-safe outbox: every message is appended to a segment log before it counts as queued,
// and a "done" record follows when the broker acknowledged it (or a bound dropped it). After a
// crash or kill -9 the log is replayed and unacknowledged messages are sent again, in order.
// Only where each record lies is kept in memory; payloads are read back from disk when sent (the
// most recent ones come from a small cache). fdatasync runs every `syncIntervalMs`, so a power cut
// loses at most that much; a process crash loses nothing that write() returned for.
//
// The bytes bound is counted in file bytes. Finished segments are deleted from the front; when the
// front segment is pinned by a message still waiting (typically one alert), its live records are
// copied forward into the segment being written, synced, and only then is it deleted ("compaction").
// A crash in between leaves two copies of a record; recovery keeps the last one per id, ordered by id.
import {
  ageAcrossRestart,
  type IndexEntry,
  type NewOutboxMessage,
  type Outbox,
  type OutboxClock,
  OutboxIndex,
  type OutboxLimits,
  type OutboxMessage,
} from "./outbox.ts";
import { decodeRecordAt, decodeRecords, encodeRecord, RECORD_DONE, RECORD_PUT } from "./outbox-log.ts";
import { type Segment, SegmentFiles } from "./outbox-segments.ts";
import { RecentPayloads } from "./recent-payloads.ts";

export interface DiskOutboxOptions extends OutboxLimits {
  dir: string;
  segmentBytes: number;
  syncIntervalMs: number;
  clock: OutboxClock;
  /** Payloads of the latest messages kept in memory, so sending them needs no read. */
  recentCacheBytes?: number;
}

interface DiskEntry extends IndexEntry {
  readonly topic: string;
  readonly retain: boolean;
  /** Wall time at enqueue, written with every copy of the record. */
  readonly enqueuedMs: number;
  segment: Segment;
  offset: number;
  length: number;
}

export class DiskOutbox implements Outbox {
  private readonly index = new OutboxIndex<DiskEntry>();
  private readonly files: SegmentFiles;
  private readonly recent: RecentPayloads;
  private readonly topics = new Map<string, string>();
  private readonly syncTimer: NodeJS.Timeout;
  private liveBytes = 0;
  private droppedCount = 0;
  /** Bytes of a torn final write cut off at start-up. */
  readonly recoveredTornBytes: number;
  /** Messages whose record could not be read back (damaged on disk): dropped, also counted in `dropped`. */
  damaged = 0;
  /** Segments rewritten because a waiting message pinned them. */
  compactions = 0;
  /** Done records that could not be written (disk full): those messages may be sent again after a restart. */
  doneWriteFailures = 0;

  constructor(private readonly options: DiskOutboxOptions) {
    this.files = new SegmentFiles(options.dir, options.segmentBytes);
    this.recent = new RecentPayloads(options.recentCacheBytes ?? 1024 * 1024);
    this.recoveredTornBytes = this.recover();
    this.syncTimer = setInterval(() => this.files.sync(), options.syncIntervalMs);
    this.syncTimer.unref();
  }

  get size(): number {
    return this.index.size;
  }
  get bytes(): number {
    return this.files.bytes;
  }
  get dropped(): number {
    return this.droppedCount;
  }

  /** Throws when the record cannot be written (disk full): the message is then not in the outbox. */
  push(message: NewOutboxMessage): void {
    const id = this.index.upcomingId;
    const enqueuedMs = this.options.clock.now();
    const topic = this.intern(message.topic);
    const record = encodeRecord({ kind: RECORD_PUT, id, enqueuedMs, ...message, topic });
    const { segment, offset } = this.files.append(record);
    const entry: DiskEntry = {
      id,
      urgent: message.urgent,
      enqueuedMonoMs: this.options.clock.monotonic(),
      topic,
      retain: message.retain,
      enqueuedMs,
      segment,
      offset,
      length: record.length,
    };
    this.index.add(entry);
    this.track(entry);
    this.recent.put(id, message.bytes);
    this.enforceBounds();
  }

  next(count: number, inFlight: ReadonlySet<number>): OutboxMessage[] {
    const messages: OutboxMessage[] = [];
    for (const entry of this.index.pick(count, inFlight)) {
      const bytes = this.payloadOf(entry);
      if (bytes)
        messages.push({
          id: entry.id,
          topic: entry.topic,
          bytes,
          retain: entry.retain,
          urgent: entry.urgent,
        });
      else this.drop(entry, true);
    }
    return messages;
  }

  ack(id: number): void {
    const entry = this.index.remove(id);
    if (!entry) return;
    this.forget(entry);
    this.reclaim();
  }

  expire(): void {
    const { clock, maxAgeMs } = this.options;
    for (const entry of this.index.expired(clock.monotonic(), maxAgeMs)) this.drop(entry);
    this.reclaim();
  }

  stats(): { name: string; value: number }[] {
    return [
      { name: "outbox_size", value: this.size },
      { name: "outbox_bytes", value: this.bytes },
      { name: "outbox_dropped", value: this.dropped },
      { name: "outbox_damaged", value: this.damaged },
      { name: "outbox_compactions", value: this.compactions },
      { name: "outbox_done_write_failures", value: this.doneWriteFailures },
      { name: "outbox_recovered_torn_bytes", value: this.recoveredTornBytes },
    ];
  }

  close(): void {
    clearInterval(this.syncTimer);
    this.files.close();
  }

  /**
   * Count bound, then the bytes bound on live records (below maxBytes by one segment, which leaves
   * compaction room to copy forward), then age; then the file bytes are brought back under maxBytes.
   */
  private enforceBounds(): void {
    const { maxMessages, maxBytes, segmentBytes } = this.options;
    const liveLimit = maxBytes - Math.min(segmentBytes, maxBytes / 2);
    while (this.index.size > maxMessages || this.liveBytes > liveLimit) {
      const oldest = this.index.dropCandidate();
      if (!oldest) break;
      this.drop(oldest);
    }
    this.expire();
  }

  /** Deletes finished front segments; while the files exceed maxBytes, compacts or drops at the front. */
  private reclaim(): void {
    for (;;) {
      const front = this.files.segments[0];
      if (!front || front === this.files.active) return;
      if (front.liveCount === 0) {
        this.files.delete(front);
        continue;
      }
      if (this.files.bytes <= this.options.maxBytes) return;
      if (front.size > front.liveBytes) {
        if (!this.compact(front)) return;
      } else {
        const oldest = this.index.dropCandidate();
        if (!oldest) return;
        this.drop(oldest);
      }
    }
  }

  /** Copies the front segment's waiting records forward, syncs them, then deletes the segment. */
  private compact(front: Segment): boolean {
    const moving = [...this.index.entries()].filter((entry) => entry.segment === front);
    moving.sort((a, b) => a.id - b.id);
    try {
      for (const entry of moving) {
        const bytes = this.payloadOf(entry);
        if (!bytes) {
          this.drop(entry, true);
          continue;
        }
        const record = encodeRecord({ kind: RECORD_PUT, ...entry, bytes });
        const { segment, offset } = this.files.append(record);
        this.untrack(entry);
        Object.assign(entry, { segment, offset, length: record.length });
        this.track(entry);
      }
      this.files.sync();
    } catch {
      // Disk full: the copies made so far are valid, the original stays; try again on the next change.
      return false;
    }
    this.files.delete(front);
    this.compactions++;
    return true;
  }

  private payloadOf(entry: DiskEntry): Uint8Array | null {
    const cached = this.recent.get(entry.id);
    if (cached) return cached;
    const found = decodeRecordAt(this.files.read(entry.segment, entry.offset, entry.length), 0);
    return found?.record.kind === RECORD_PUT && found.record.id === entry.id ? found.record.bytes : null;
  }

  private drop(entry: DiskEntry, damaged = false): void {
    if (!this.index.remove(entry.id)) return;
    this.droppedCount++;
    if (damaged) this.damaged++;
    this.forget(entry);
  }

  private forget(entry: DiskEntry): void {
    this.untrack(entry);
    this.recent.delete(entry.id);
    try {
      this.files.append(encodeRecord({ kind: RECORD_DONE, id: entry.id }));
    } catch {
      this.doneWriteFailures++;
    }
  }

  private track(entry: DiskEntry): void {
    entry.segment.liveCount++;
    entry.segment.liveBytes += entry.length;
    this.liveBytes += entry.length;
  }

  private untrack(entry: DiskEntry): void {
    entry.segment.liveCount--;
    entry.segment.liveBytes -= entry.length;
    this.liveBytes -= entry.length;
  }

  /** Topics repeat (a handful per agent): one string each instead of one per waiting message. */
  private intern(topic: string): string {
    const known = this.topics.get(topic);
    if (known !== undefined) return known;
    if (this.topics.size < 1024) this.topics.set(topic, topic);
    return topic;
  }

  private recover(): number {
    const found = new Map<number, DiskEntry>();
    let torn = 0;
    let highestId = 0;
    const { clock } = this.options;
    for (const { segment, data } of this.files.existing()) {
      const { records, validBytes } = decodeRecords(data);
      if (validBytes < data.length) {
        torn += data.length - validBytes;
        this.files.truncate(segment, validBytes);
      }
      for (const { record, offset, length } of records) {
        highestId = Math.max(highestId, record.id);
        const earlier = found.get(record.id);
        if (earlier) this.untrack(earlier);
        found.delete(record.id);
        if (record.kind !== RECORD_PUT) continue;
        const age = ageAcrossRestart(record.enqueuedMs, clock.now());
        const entry: DiskEntry = {
          id: record.id,
          urgent: record.urgent,
          enqueuedMonoMs: clock.monotonic() - age,
          topic: this.intern(record.topic),
          retain: record.retain,
          enqueuedMs: record.enqueuedMs,
          segment,
          offset,
          length,
        };
        found.set(record.id, entry);
        this.track(entry);
      }
    }
    for (const entry of [...found.values()].sort((a, b) => a.id - b.id)) this.index.add(entry);
    this.index.reserveThrough(highestId);
    this.reclaim();
    return torn;
  }
}
