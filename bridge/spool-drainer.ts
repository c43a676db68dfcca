// Moves spooled batches to the store, oldest first, one request at a time: take up to drainMaxPoints
// points of batches from the front of the queue, write them, mark them finished, repeat. While a
// request is out, the next batches are read and decoded (the queue holds up to two requests' worth),
// so that work overlaps with the store's. Batches appended recently come from memory (RecentBatches)
// rather than from disk. While the store is down the same request is retried with exponential
// backoff (jitter, cap) for as long as it takes; the age bound is checked before every attempt. A
// request the store refuses (HTTP 400) is retried one batch at a time so only the batches it refuses
// on their own are set aside (reported as refused, then finished).
import type { Timers } from "./batching-sink.ts";
import type { Logger } from "./log.ts";
import { type BackoffPolicy, backoffDelayMs } from "./retry.ts";
import type { Point, PointSink } from "./sink.ts";
import { SinkWriteError } from "./sink.ts";
import { decodePoints } from "./spool-codec.ts";
import type { SpoolCounts, SpooledBatch, SpoolLog } from "./spool-log.ts";
import { RecentBatches } from "./spool-recent.ts";

export type SpoolDropReason = "bytes" | "age" | "damaged";

export interface RefusedBatch {
  readonly id: number;
  readonly appendedMs: number;
  readonly pointCount: number;
  /** The batch as spooled (spool-codec.ts JSON), for the dead letters. */
  readonly payload: Uint8Array;
  readonly reason: string;
}

export interface SpoolObserver {
  spooled(points: number): void;
  drained(counts: SpoolCounts): void;
  dropped(counts: SpoolCounts, reason: SpoolDropReason): void;
  refused(batch: RefusedBatch): void;
  replayed(counts: SpoolCounts): void;
}

export interface SpoolDrainerOptions {
  readonly maxAgeMs: number;
  /** Points per write to the store (the store splits them into requests as it likes). */
  readonly drainMaxPoints: number;
  /** Points of recent batches kept in memory for the drainer. */
  readonly memoryMaxPoints: number;
  readonly retry: BackoffPolicy;
  readonly now: () => number;
  readonly random: () => number;
  readonly timers: Timers;
  readonly observer: SpoolObserver;
  readonly log: Logger;
}

interface ChunkEntry {
  readonly batch: SpooledBatch;
  /** Undefined when the batch could not be decoded: it is finished without a write. */
  readonly points: readonly Point[] | undefined;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const countOf = (entries: readonly ChunkEntry[]): SpoolCounts => ({
  batches: entries.length,
  points: entries.reduce((sum, entry) => sum + entry.batch.pointCount, 0),
});

export class SpoolDrainer {
  readonly #log: SpoolLog;
  readonly #inner: PointSink;
  readonly #options: SpoolDrainerOptions;
  /** Batches read and decoded, oldest first. */
  #queue: ChunkEntry[] = [];
  readonly #recent: RecentBatches;
  /** After a refusal: one batch per write up to this id. */
  #oneAtATimeThrough = 0;
  #failures = 0;
  #stopping = false;
  #wake: (() => void) | undefined;
  #woken = false;
  #cancelSleep: (() => void) | undefined;
  #idleWaiters: Array<() => void> = [];
  #running: Promise<void> = Promise.resolve();

  constructor(log: SpoolLog, inner: PointSink, options: SpoolDrainerOptions) {
    this.#log = log;
    this.#inner = inner;
    this.#options = options;
    this.#recent = new RecentBatches(options.memoryMaxPoints);
  }

  start(): void {
    this.#running = this.#run();
  }

  /** Batch `id` was appended with these points. */
  remember(id: number, points: readonly Point[]): void {
    this.#recent.remember(id, points);
  }

  /** New batches were appended. */
  wake(): void {
    // Remembered, so an append between a fruitless read and the wait is not missed.
    this.#woken = true;
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  /** Resolves when nothing is left to drain. */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Finishes the write in flight, if any, and stops; what is left stays spooled for the next start. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.wake();
    this.#cancelSleep?.();
    await this.#running;
  }

  /** Drops whole segments whose newest batch is older than maxAgeMs. */
  expireSegments(nowMs: number): void {
    const limit = nowMs - this.#options.maxAgeMs;
    for (let newest = this.#log.oldestSegmentNewestMs; newest !== undefined && newest < limit; ) {
      this.report(this.#log.dropOldestSegment(), "age");
      newest = this.#log.oldestSegmentNewestMs;
    }
  }

  report(counts: SpoolCounts, reason: SpoolDropReason): void {
    if (counts.batches === 0) return;
    this.#options.observer.dropped(counts, reason);
    this.#options.log.warn("spool bound reached; dropped the oldest batches", { reason, ...counts });
  }

  async #run(): Promise<void> {
    while (!this.#stopping) {
      try {
        if (!(await this.#step()) && !this.#woken)
          await new Promise<void>((resolve) => (this.#wake = resolve));
      } catch (error) {
        // A bug or a file error, not a store outage: keep the data, say so, and try again later.
        this.#options.log.error("spool drainer failed; retrying", { error: describe(error) });
        await this.#backoff();
      }
    }
  }

  /** One write attempt; false when there is nothing to do until the next append. */
  async #step(): Promise<boolean> {
    this.#woken = false;
    this.#settleExpired();
    if (this.#queue.length === 0) {
      this.#topUp();
      if (this.#queue.length === 0) {
        this.#notifyIdle();
        return false;
      }
      // Fresh batches may be old already (read after a long outage); if all of them were, read on.
      this.#settleExpired();
      if (this.#queue.length === 0) return true;
    }
    const take = this.#front();
    const points = take.flatMap((entry) => entry.points ?? []);
    try {
      if (points.length > 0) await this.#writeAndPrefetch(points);
    } catch (error) {
      await this.#failed(take, error);
      return true;
    }
    if (this.#failures > 0) this.#options.log.info("store reachable again; draining the spool");
    this.#failures = 0;
    this.#finish(take, "drained");
    return true;
  }

  async #writeAndPrefetch(points: readonly Point[]): Promise<void> {
    const written = this.#inner.write(points);
    // After this turn of the event loop the request is on its way; prepare the next one meanwhile.
    const prefetch = setImmediate(() => {
      try {
        this.#topUp();
      } catch (error) {
        this.#options.log.error("spool read-ahead failed", { error: describe(error) });
      }
    });
    try {
      await written;
    } finally {
      clearImmediate(prefetch);
    }
  }

  /** The next request: whole batches up to drainMaxPoints, at least one. */
  #front(): ChunkEntry[] {
    if ((this.#queue[0]?.batch.id ?? 0) <= this.#oneAtATimeThrough) return this.#queue.slice(0, 1);
    let points = 0;
    let count = 0;
    for (const entry of this.#queue) {
      if (count > 0 && points + entry.batch.pointCount > this.#options.drainMaxPoints) break;
      points += entry.batch.pointCount;
      count += 1;
    }
    return this.#queue.slice(0, count);
  }

  /** Reads ahead until the queue holds two requests' worth of points (or the log is exhausted). */
  #topUp(): void {
    if (this.#stopping) return;
    const queued = this.#queue.reduce((sum, entry) => sum + entry.batch.pointCount, 0);
    const wanted = 2 * this.#options.drainMaxPoints - queued;
    if (wanted > 0) this.#queue.push(...this.#read(wanted));
  }

  async #failed(take: readonly ChunkEntry[], error: unknown): Promise<void> {
    if (error instanceof SinkWriteError && error.permanent) {
      if (take.length > 1) {
        this.#oneAtATimeThrough = take[take.length - 1]?.batch.id ?? 0;
        return;
      }
      const entry = take[0] as ChunkEntry;
      if (entry.batch.id > this.#log.doneThrough)
        this.#options.observer.refused({ ...entry.batch, reason: error.message });
      this.#finish(take, "refused");
      return;
    }
    if (!(error instanceof SinkWriteError))
      this.#options.log.error("store sink threw", { error: describe(error) });
    else if (this.#failures === 0)
      this.#options.log.warn("store unavailable; keeping batches spooled", { error: error.message });
    this.#failures += 1;
    await this.#backoff();
  }

  /** Marks the front of the queue finished and counts what was not already finished by a bound. */
  #finish(take: readonly ChunkEntry[], outcome: "drained" | "refused" | "age"): void {
    const fresh = take.filter((entry) => entry.batch.id > this.#log.doneThrough);
    this.#queue = this.#queue.slice(take.length);
    this.#log.finish(take.map((entry) => entry.batch));
    const damaged = fresh.filter((entry) => entry.points === undefined);
    const written = fresh.filter((entry) => entry.points !== undefined);
    if (damaged.length > 0) this.report(countOf(damaged), "damaged");
    if (written.length === 0) return;
    if (outcome === "drained") this.#options.observer.drained(countOf(written));
    else if (outcome === "age") this.report(countOf(written), "age");
  }

  /** Applies the age bound, and forgets batches a bound already finished, before each attempt. */
  #settleExpired(): void {
    const now = this.#options.now();
    this.expireSegments(now);
    const doneThrough = this.#log.doneThrough;
    this.#recent.forgetThrough(doneThrough);
    this.#queue = this.#queue.filter((entry) => entry.batch.id > doneThrough);
    const limit = now - this.#options.maxAgeMs;
    let expired = 0;
    while (expired < this.#queue.length && (this.#queue[expired]?.batch.appendedMs ?? 0) < limit) expired++;
    if (expired > 0) this.#finish(this.#queue.slice(0, expired), "age");
  }

  #read(maxPoints: number): ChunkEntry[] {
    return this.#log.readBatches(maxPoints).map((batch) => {
      const recent = this.#recent.take(batch.id);
      if (recent) return { batch, points: recent };
      const decoded = decodePoints(batch.payload);
      if (decoded.ok) return { batch, points: decoded.value };
      this.#options.log.error("spooled batch cannot be decoded; dropping it", {
        id: batch.id,
        reason: decoded.reason,
      });
      return { batch, points: undefined };
    });
  }

  #backoff(): Promise<void> {
    if (this.#stopping) return Promise.resolve();
    const delay = backoffDelayMs(Math.max(0, this.#failures - 1), this.#options.retry, this.#options.random);
    return new Promise<void>((resolve) => {
      const timer = this.#options.timers.set(() => {
        this.#cancelSleep = undefined;
        resolve();
      }, delay);
      this.#cancelSleep = () => {
        this.#options.timers.clear(timer);
        this.#cancelSleep = undefined;
        resolve();
      };
    });
  }

  #isIdle(): boolean {
    return this.#queue.length === 0 && this.#log.pending.batches === 0;
  }

  #notifyIdle(): void {
    if (!this.#isIdle()) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
