// The payloads of the latest messages, bounded by bytes: while the broker is reachable a message is
// sent right after it is written, so keeping the last few in memory saves reading them back.
// The oldest entry goes first when the bound is reached; a miss only costs a read from disk.

export class RecentPayloads {
  private readonly payloads = new Map<number, Uint8Array>();
  private heldBytes = 0;

  constructor(private readonly maxBytes: number) {}

  get bytes(): number {
    return this.heldBytes;
  }

  put(id: number, bytes: Uint8Array): void {
    if (bytes.length > this.maxBytes) return;
    this.delete(id);
    this.payloads.set(id, bytes);
    this.heldBytes += bytes.length;
    for (const [oldId, old] of this.payloads) {
      if (this.heldBytes <= this.maxBytes) break;
      this.payloads.delete(oldId);
      this.heldBytes -= old.length;
    }
  }

  get(id: number): Uint8Array | undefined {
    return this.payloads.get(id);
  }

  delete(id: number): void {
    const bytes = this.payloads.get(id);
    if (!bytes) return;
    this.payloads.delete(id);
    this.heldBytes -= bytes.length;
  }
}
