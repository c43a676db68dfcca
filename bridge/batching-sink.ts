// Groups writes from several writers into fewer, larger requests (group commit). A write goes out at
// once when nothing is in flight, so a lone writer such as the MQTT handler (which MQTT.js runs one
// message at a time) pays no added latency. While requests are in flight, points wait until
// maxPoints have gathered or maxDelayMs has passed, with at most maxInFlight requests outstanding.
// Each write's promise settles with the request that carried its points.
import { type Point, type PointSink, SinkWriteError, type WriteOptions } from "./sink.ts";

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BatchingOptions {
  readonly maxPoints: number;
  readonly maxDelayMs: number;
  /** InfluxDB 1.x ingests best with about four requests in flight (STACK.md). */
  readonly maxInFlight?: number;
  /** Bound on waiting points; beyond it writes fail at once (transiently) instead of queueing. */
  readonly maxPendingPoints?: number;
  readonly timers?: Timers;
}

interface Waiter {
  readonly points: readonly Point[];
  /** When the writer stops waiting (Date.now() time); the request carrying it must not outlast it. */
  readonly deadline: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class BatchingSink implements PointSink {
  readonly #inner: PointSink;
  readonly #maxPoints: number;
  readonly #maxDelayMs: number;
  readonly #maxInFlight: number;
  readonly #maxPendingPoints: number;
  readonly #timers: Timers;
  #pending: Waiter[] = [];
  #pendingPoints = 0;
  #inFlight = 0;
  #timer: unknown;
  #lingerOver = false;
  #closed = false;
  #idleWaiters: Array<() => void> = [];

  constructor(inner: PointSink, options: BatchingOptions) {
    this.#inner = inner;
    this.#maxPoints = options.maxPoints;
    this.#maxDelayMs = options.maxDelayMs;
    this.#maxInFlight = options.maxInFlight ?? 4;
    this.#maxPendingPoints = options.maxPendingPoints ?? options.maxPoints * 20;
    this.#timers = options.timers ?? realTimers;
  }

  write(points: readonly Point[], options: WriteOptions = {}): Promise<void> {
    if (this.#closed) return Promise.reject(new SinkWriteError("sink is closed", false));
    if (points.length === 0) return Promise.resolve();
    if (this.#pendingPoints > 0 && this.#pendingPoints + points.length > this.#maxPendingPoints) {
      return Promise.reject(new SinkWriteError(`${this.#pendingPoints} points already waiting`, false));
    }
    return new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + (options.timeoutMs ?? Number.POSITIVE_INFINITY);
      this.#pending.push({ points, deadline, resolve, reject });
      this.#pendingPoints += points.length;
      this.#schedule();
    });
  }

  /** Resolves when nothing is waiting or in flight. */
  flush(): Promise<void> {
    if (this.#pending.length === 0 && this.#inFlight === 0) return Promise.resolve();
    this.#lingerOver = true;
    this.#schedule();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
    await this.#inner.close();
  }

  #schedule(): void {
    if (this.#pending.length === 0) {
      if (this.#inFlight === 0) this.#notifyIdle();
      return;
    }
    if (this.#inFlight >= this.#maxInFlight) return;
    if (this.#inFlight === 0 || this.#pendingPoints >= this.#maxPoints || this.#lingerOver) {
      this.#send();
      return;
    }
    this.#timer ??= this.#timers.set(() => {
      this.#timer = undefined;
      this.#lingerOver = true;
      this.#schedule();
    }, this.#maxDelayMs);
  }

  #send(): void {
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = undefined;
    this.#lingerOver = false;
    const batch = this.#takeBatch();
    this.#inFlight += 1;
    const points = batch.length === 1 ? (batch[0]?.points ?? []) : batch.flatMap((waiter) => waiter.points);
    const deadline = Math.min(...batch.map((waiter) => waiter.deadline));
    const timeout = Number.isFinite(deadline) ? { timeoutMs: Math.max(0, deadline - Date.now()) } : {};
    this.#inner
      .write(points, timeout)
      .then(
        () => {
          for (const waiter of batch) waiter.resolve();
        },
        (error: unknown) => {
          for (const waiter of batch) waiter.reject(error);
        },
      )
      .finally(() => {
        this.#inFlight -= 1;
        this.#schedule();
      });
    // More may be ready for another request right away (a full batch while below maxInFlight).
    if (this.#pendingPoints >= this.#maxPoints) this.#schedule();
  }

  /** Whole writes up to maxPoints, and always at least one (the inner sink splits oversized ones). */
  #takeBatch(): Waiter[] {
    const batch: Waiter[] = [];
    let points = 0;
    while (this.#pending.length > 0) {
      const next = this.#pending[0];
      if (!next || (batch.length > 0 && points + next.points.length > this.#maxPoints)) break;
      batch.push(next);
      this.#pending.shift();
      points += next.points.length;
    }
    this.#pendingPoints -= points;
    return batch;
  }

  #notifyIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
