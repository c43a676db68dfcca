// A PointSink that makes points durable in a local spool and drains them to the store (InfluxDB) in
// the background. write() resolves once the batch is appended to the segment log, so the MQTT message
// behind it can be acknowledged without waiting for InfluxDB (STACK.md: acknowledging after the
// InfluxDB write cut throughput to about 0.4). What that promise is worth:
// - a process crash (kill -9, OOM) loses nothing: the append reached the kernel, and a restart
//   replays every batch not yet marked finished, in order;
// - a power cut loses what was appended in the last `syncIntervalMs` (fdatasync runs on that period,
//   on every segment roll and on close). syncIntervalMs = 0 syncs before each write() resolves.
// Replays write the same points again, and a point's identity (measurement, tags, time) makes that a
// no-op in InfluxDB. Bounds: bytes on disk and age; past either the oldest batches go, counted.
// Details and measured figures: docs/bridge-delivery.md.
import { realTimers, type Timers } from "./batching-sink.ts";
import type { Logger } from "./log.ts";
import type { BackoffPolicy } from "./retry.ts";
import { type Point, type PointSink, SinkWriteError } from "./sink.ts";
import { encodePoints } from "./spool-codec.ts";
import { SpoolDrainer, type SpoolObserver } from "./spool-drainer.ts";
import { type SpoolCounts, SpoolLog } from "./spool-log.ts";
import { FRAME_BYTES } from "./spool-record.ts";

export interface SpoolingSinkOptions {
  readonly dir: string;
  /** Bound on the segment files' total size; past it whole oldest segments are dropped. */
  readonly maxBytes: number;
  /** Batches appended longer ago than this are dropped instead of written. */
  readonly maxAgeMs: number;
  readonly segmentBytes: number;
  /** Period of fdatasync; 0 = before every write() resolves. */
  readonly syncIntervalMs: number;
  /** Points per write to the inner sink. */
  readonly drainMaxPoints: number;
  /** Points of recent batches kept in memory so draining skips reading them back (4 × drainMaxPoints). */
  readonly memoryMaxPoints?: number;
  readonly retry: BackoffPolicy;
  readonly now: () => number;
  readonly random: () => number;
  readonly timers?: Timers;
  readonly observer?: SpoolObserver;
  readonly log: Logger;
}

const BATCH_RECORD_OVERHEAD = FRAME_BYTES + 21;
const ignore = () => {};
const silentObserver: SpoolObserver = {
  spooled: ignore,
  drained: ignore,
  dropped: ignore,
  refused: ignore,
  replayed: ignore,
};

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class SpoolingSink implements PointSink {
  readonly #options: SpoolingSinkOptions;
  readonly #observer: SpoolObserver;
  readonly #log: SpoolLog;
  readonly #drainer: SpoolDrainer;
  readonly #inner: PointSink;
  readonly #syncTimer: ReturnType<typeof setInterval> | undefined;
  #closed = false;

  /** Opens (or recovers) the spool in `options.dir` and starts draining into `inner`. */
  constructor(inner: PointSink, options: SpoolingSinkOptions) {
    this.#inner = inner;
    this.#options = options;
    this.#observer = options.observer ?? silentObserver;
    this.#log = new SpoolLog(options.dir, options.segmentBytes);
    if (this.#log.tornBytes > 0) {
      options.log.warn("spool had a torn final record (a crash mid-append); cut it off", {
        bytes: this.#log.tornBytes,
      });
    }
    const replayed = this.#log.pending;
    if (replayed.batches > 0) {
      this.#observer.replayed(replayed);
      options.log.info("replaying spooled batches", { ...replayed, bytes: this.#log.bytes });
    }
    this.#drainer = new SpoolDrainer(this.#log, inner, {
      maxAgeMs: options.maxAgeMs,
      drainMaxPoints: options.drainMaxPoints,
      memoryMaxPoints: options.memoryMaxPoints ?? 4 * options.drainMaxPoints,
      retry: options.retry,
      now: options.now,
      random: options.random,
      timers: options.timers ?? realTimers,
      observer: this.#observer,
      log: options.log,
    });
    this.#drainer.start();
    if (options.syncIntervalMs > 0) {
      this.#syncTimer = setInterval(() => this.#sync(), options.syncIntervalMs);
      this.#syncTimer.unref();
    }
  }

  /** Bytes of the segment files. */
  get bytes(): number {
    return this.#log.bytes;
  }

  /** Batches and points spooled and not yet drained. */
  get pending(): SpoolCounts {
    return this.#log.pending;
  }

  async write(points: readonly Point[]): Promise<void> {
    if (this.#closed) throw new SinkWriteError("spool is closed", false);
    if (points.length === 0) return;
    const payload = encodePoints(points);
    const recordBytes = payload.length + BATCH_RECORD_OVERHEAD;
    if (recordBytes > this.#options.maxBytes) {
      throw new SinkWriteError(
        `batch of ${recordBytes} bytes exceeds the spool (${this.#options.maxBytes})`,
        true,
      );
    }
    const now = this.#options.now();
    try {
      this.#drainer.expireSegments(now);
      this.#makeRoom(recordBytes);
      const id = this.#log.append(payload, points.length, now);
      this.#drainer.remember(id, points);
      if (this.#options.syncIntervalMs === 0) this.#log.sync();
    } catch (error) {
      // Disk full or failing: the message stays unacknowledged and the broker redelivers it.
      throw new SinkWriteError(`cannot append to the spool: ${describe(error)}`, false);
    }
    this.#observer.spooled(points.length);
    this.#drainer.wake();
  }

  /** Resolves when everything spooled so far has been drained (or dropped by a bound). */
  drained(): Promise<void> {
    return this.#drainer.idle();
  }

  /** Stops draining after the write in flight, syncs and closes; the rest waits for the next start. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#syncTimer) clearInterval(this.#syncTimer);
    await this.#drainer.stop();
    this.#log.close();
    await this.#inner.close();
  }

  /** The bytes bound: drop whole oldest segments until the new record fits. */
  #makeRoom(recordBytes: number): void {
    while (this.#log.bytes + recordBytes > this.#options.maxBytes && this.#log.segmentCount > 0) {
      this.#drainer.report(this.#log.dropOldestSegment(), "bytes");
    }
  }

  #sync(): void {
    try {
      this.#log.sync();
    } catch (error) {
      this.#options.log.error("spool fdatasync failed", { error: describe(error) });
    }
  }
}
