// Messages wait here until the broker acknowledges them. Bounded by count, bytes and age: when full,
// the oldest ordinary message is dropped (and counted) before any alert; alerts are sent first.
// `OutboxIndex` is the order and the count/age bounds shared by both stores; it holds whatever entry
// a store needs (the memory store its payloads, the disk store only where each record lies).

export interface OutboxMessage {
  id: number;
  topic: string;
  bytes: Uint8Array;
  retain: boolean;
  urgent: boolean;
}
export type NewOutboxMessage = Omit<OutboxMessage, "id">;

export interface OutboxLimits {
  maxMessages: number;
  maxBytes: number;
  /** Messages older than this (by the monotonic clock) are dropped, counted. */
  maxAgeMs: number;
}

/** Wall time is only written down (for a restart); ages are measured on the monotonic clock. */
export interface OutboxClock {
  now(): number;
  monotonic(): number;
}

/** Before this the wall clock of a Pi without a real-time clock has not been set. */
const PLAUSIBLE_WALL_MS = Date.UTC(2025, 0, 1);

/**
 * Age of a message from before a restart, when the monotonic clock has started over. Only trusted
 * when both wall stamps are plausible and in order; otherwise the age starts again at zero, so a
 * clock that jumps (1970 at boot, then NTP) never makes the outbox drop everything.
 */
export function ageAcrossRestart(enqueuedWallMs: number, nowWallMs: number): number {
  if (enqueuedWallMs < PLAUSIBLE_WALL_MS || nowWallMs < PLAUSIBLE_WALL_MS) return 0;
  return Math.max(0, nowWallMs - enqueuedWallMs);
}

export interface Outbox {
  push(message: NewOutboxMessage): void;
  /** The next messages to send, urgent first, oldest first; skips ids already in flight. */
  next(count: number, inFlight: ReadonlySet<number>): OutboxMessage[];
  ack(id: number): void;
  /** Applies the age bound now; the agent also runs it on a timer, not only when a message arrives. */
  expire(): void;
  close(): void;
  readonly size: number;
  /** Bytes the store holds: payload bytes in memory, or file bytes on disk. */
  readonly bytes: number;
  readonly dropped: number;
  /** Figures for the device's retained status (outbox_size, outbox_bytes, outbox_dropped, …). */
  stats(): { name: string; value: number }[];
}

export interface IndexEntry {
  readonly id: number;
  readonly urgent: boolean;
  /** Monotonic time the message entered the outbox (estimated for messages from before a restart). */
  readonly enqueuedMonoMs: number;
}

export class OutboxIndex<Entry extends IndexEntry> {
  private readonly urgent = new Map<number, Entry>();
  private readonly normal = new Map<number, Entry>();
  private nextId = 1;

  get size(): number {
    return this.urgent.size + this.normal.size;
  }

  /** The id the next message will get. */
  get upcomingId(): number {
    return this.nextId;
  }

  /** Ids must rise in push order: recovery adds entries sorted by id. */
  add(entry: Entry): void {
    (entry.urgent ? this.urgent : this.normal).set(entry.id, entry);
    this.nextId = Math.max(this.nextId, entry.id + 1);
  }

  /** Makes sure no id up to `id` is handed out again (ids seen only in done records). */
  reserveThrough(id: number): void {
    this.nextId = Math.max(this.nextId, id + 1);
  }

  get(id: number): Entry | undefined {
    return this.urgent.get(id) ?? this.normal.get(id);
  }

  remove(id: number): Entry | undefined {
    const entry = this.get(id);
    if (entry) (entry.urgent ? this.urgent : this.normal).delete(id);
    return entry;
  }

  /** What a bound drops next: the oldest ordinary message, else the oldest alert. */
  dropCandidate(): Entry | undefined {
    const queue = this.normal.size > 0 ? this.normal : this.urgent;
    return queue.values().next().value;
  }

  /** Entries past the age bound, oldest first in each queue. */
  expired(nowMonoMs: number, maxAgeMs: number): Entry[] {
    const old: Entry[] = [];
    for (const queue of [this.normal, this.urgent]) {
      for (const entry of queue.values()) {
        if (nowMonoMs - entry.enqueuedMonoMs <= maxAgeMs) break;
        old.push(entry);
      }
    }
    return old;
  }

  pick(count: number, inFlight: ReadonlySet<number>): Entry[] {
    const picked: Entry[] = [];
    for (const queue of [this.urgent, this.normal]) {
      for (const entry of queue.values()) {
        if (picked.length >= count) return picked;
        if (!inFlight.has(entry.id)) picked.push(entry);
      }
    }
    return picked;
  }

  entries(): IterableIterator<Entry> {
    return [...this.urgent.values(), ...this.normal.values()].values();
  }
}

interface MemoryEntry extends IndexEntry {
  readonly message: OutboxMessage;
}

/** Memory only: lost on restart. Chosen explicitly (`outbox.store: "memory"`), never by default. */
export class MemoryOutbox implements Outbox {
  private readonly index = new OutboxIndex<MemoryEntry>();
  private totalBytes = 0;
  private droppedCount = 0;

  constructor(
    private readonly limits: OutboxLimits,
    private readonly clock: OutboxClock,
  ) {}

  get size(): number {
    return this.index.size;
  }
  get bytes(): number {
    return this.totalBytes;
  }
  get dropped(): number {
    return this.droppedCount;
  }

  push(message: NewOutboxMessage): void {
    const id = this.index.upcomingId;
    this.index.add({
      id,
      urgent: message.urgent,
      enqueuedMonoMs: this.clock.monotonic(),
      message: { ...message, id },
    });
    this.totalBytes += message.bytes.length;
    while (this.index.size > this.limits.maxMessages || this.totalBytes > this.limits.maxBytes) {
      const oldest = this.index.dropCandidate();
      if (!oldest) break;
      this.drop(oldest.id);
    }
    this.expire();
  }

  next(count: number, inFlight: ReadonlySet<number>): OutboxMessage[] {
    return this.index.pick(count, inFlight).map((entry) => entry.message);
  }

  ack(id: number): void {
    const entry = this.index.remove(id);
    if (entry) this.totalBytes -= entry.message.bytes.length;
  }

  expire(): void {
    for (const entry of this.index.expired(this.clock.monotonic(), this.limits.maxAgeMs)) this.drop(entry.id);
  }

  close(): void {}

  stats(): { name: string; value: number }[] {
    return [
      { name: "outbox_size", value: this.size },
      { name: "outbox_bytes", value: this.bytes },
      { name: "outbox_dropped", value: this.dropped },
    ];
  }

  private drop(id: number): void {
    this.ack(id);
    this.droppedCount++;
  }
}
