// Messages wait here until the broker acknowledges them. Bounded by count and bytes: when full,
// the oldest ordinary message is dropped (and counted) before any alert; alerts are sent first.

export interface OutboxMessage {
  id: number;
  /** Wall time the message entered the outbox; the age bound drops by it. */
  enqueuedMs: number;
  topic: string;
  bytes: Uint8Array;
  retain: boolean;
  urgent: boolean;
}

export interface OutboxLimits {
  maxMessages: number;
  maxBytes: number;
  /** Messages older than this are dropped (counted) when the next message arrives. */
  maxAgeMs: number;
}

export interface Outbox {
  push(message: Omit<OutboxMessage, "id" | "enqueuedMs">, nowMs: number): void;
  /** The next messages to send, urgent first, oldest first; skips ids already in flight. */
  next(count: number, inFlight: ReadonlySet<number>): OutboxMessage[];
  ack(id: number): void;
  readonly size: number;
  readonly bytes: number;
  readonly dropped: number;
}

export class MemoryOutbox implements Outbox {
  private readonly urgent = new Map<number, OutboxMessage>();
  private readonly normal = new Map<number, OutboxMessage>();
  private nextId = 1;
  private totalBytes = 0;
  private droppedCount = 0;

  /** Called for every message the bounds remove, so a durable store can record it. */
  onDropped: (id: number) => void = () => undefined;

  constructor(private readonly limits: OutboxLimits) {}

  get size(): number {
    return this.urgent.size + this.normal.size;
  }
  get bytes(): number {
    return this.totalBytes;
  }
  get dropped(): number {
    return this.droppedCount;
  }

  push(message: Omit<OutboxMessage, "id" | "enqueuedMs">, nowMs: number): void {
    this.restore({ ...message, id: this.nextId, enqueuedMs: nowMs });
    this.enforceBounds(nowMs);
  }

  /** Puts back a message with its original id (recovery after a restart). */
  restore(message: OutboxMessage): void {
    (message.urgent ? this.urgent : this.normal).set(message.id, message);
    this.totalBytes += message.bytes.length;
    this.nextId = Math.max(this.nextId, message.id + 1);
  }

  /** The id the next pushed message will get. */
  get upcomingId(): number {
    return this.nextId;
  }

  enforceBounds(nowMs: number): void {
    while (this.size > this.limits.maxMessages || this.totalBytes > this.limits.maxBytes) {
      if (!this.dropOldest()) break;
    }
    for (const queue of [this.normal, this.urgent]) {
      for (const message of queue.values()) {
        if (nowMs - message.enqueuedMs <= this.limits.maxAgeMs) break;
        this.drop(message.id);
      }
    }
  }

  next(count: number, inFlight: ReadonlySet<number>): OutboxMessage[] {
    const picked: OutboxMessage[] = [];
    for (const queue of [this.urgent, this.normal]) {
      for (const message of queue.values()) {
        if (picked.length >= count) return picked;
        if (!inFlight.has(message.id)) picked.push(message);
      }
    }
    return picked;
  }

  ack(id: number): void {
    const message = this.urgent.get(id) ?? this.normal.get(id);
    if (!message) return;
    this.totalBytes -= message.bytes.length;
    this.urgent.delete(id);
    this.normal.delete(id);
  }

  private dropOldest(): boolean {
    const queue = this.normal.size > 0 ? this.normal : this.urgent;
    const oldest = queue.values().next();
    if (oldest.done) return false;
    this.drop(oldest.value.id);
    return true;
  }

  private drop(id: number): void {
    this.ack(id);
    this.droppedCount++;
    this.onDropped(id);
  }
}
