// Messages wait here until the broker acknowledges them. Bounded by count and bytes: when full,
// the oldest ordinary message is dropped (and counted) before any alert; alerts are sent first.

export interface OutboxMessage {
  id: number;
  topic: string;
  bytes: Uint8Array;
  retain: boolean;
  urgent: boolean;
}

export interface OutboxLimits {
  maxMessages: number;
  maxBytes: number;
}

export interface Outbox {
  push(message: Omit<OutboxMessage, "id">): void;
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

  push(message: Omit<OutboxMessage, "id">): void {
    const entry = { ...message, id: this.nextId++ };
    (entry.urgent ? this.urgent : this.normal).set(entry.id, entry);
    this.totalBytes += entry.bytes.length;
    while (this.size > this.limits.maxMessages || this.totalBytes > this.limits.maxBytes) {
      if (!this.dropOldest()) break;
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
    this.ack(oldest.value.id);
    this.droppedCount++;
    return true;
  }
}
