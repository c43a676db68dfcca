/** The last rejected inputs with their reasons, bounded; older ones are dropped and counted. */
export interface DeadLetter {
  timeMs: number;
  source: string;
  reason: string;
  hex: string;
}

export class DeadLetterRing {
  private readonly entries: DeadLetter[] = [];
  dropped = 0;

  constructor(private readonly capacity: number) {}

  add(entry: DeadLetter): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) {
      this.entries.shift();
      this.dropped++;
    }
  }

  recent(): readonly DeadLetter[] {
    return this.entries;
  }
}

export function toHex(bytes: Uint8Array, maxBytes = 64): string {
  return Buffer.from(bytes.subarray(0, maxBytes)).toString("hex") + (bytes.length > maxBytes ? "…" : "");
}
