// The points of recently spooled batches, kept in memory (bounded) so the drainer can send them
// without reading and decoding them back from disk. A batch that did not fit, or any batch after a
// restart, is simply read from the spool: this is a shortcut, never the only copy.
import type { Point } from "./sink.ts";

export class RecentBatches {
  readonly #maxPoints: number;
  /** Insertion order is id order: ids only grow. */
  readonly #byId = new Map<number, readonly Point[]>();
  #points = 0;

  constructor(maxPoints: number) {
    this.#maxPoints = maxPoints;
  }

  get points(): number {
    return this.#points;
  }

  remember(id: number, points: readonly Point[]): void {
    if (this.#points + points.length > this.#maxPoints) return;
    this.#byId.set(id, points);
    this.#points += points.length;
  }

  /** The points of batch `id`, if kept; they are forgotten here either way. */
  take(id: number): readonly Point[] | undefined {
    const points = this.#byId.get(id);
    if (points) {
      this.#byId.delete(id);
      this.#points -= points.length;
    }
    return points;
  }

  /** Forgets every batch up to `id` (finished without being read: a bound dropped it). */
  forgetThrough(id: number): void {
    for (const [kept, points] of this.#byId) {
      if (kept > id) break;
      this.#byId.delete(kept);
      this.#points -= points.length;
    }
  }
}
