import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Timers } from "./batching-sink.ts";
import { createLogger } from "./log.ts";
import { type Point, type PointSink, SinkWriteError } from "./sink.ts";
import { encodePoints } from "./spool-codec.ts";
import type { RefusedBatch, SpoolDropReason, SpoolObserver } from "./spool-drainer.ts";
import type { SpoolCounts } from "./spool-log.ts";
import { encodeBatchRecord } from "./spool-record.ts";
import { SpoolingSink, type SpoolingSinkOptions } from "./spooling-sink.ts";

/** Batch `n`: `size` points tagged with n, so the order in the store can be read back. */
const batch = (n: number, size = 2): Point[] =>
  Array.from({ length: size }, (_, i) => ({
    measurement: "m",
    retentionPolicy: "raw",
    tags: { batch: String(n) },
    fields: { n: BigInt(n), i },
    timeNs: BigInt(n * 1000 + i),
  }));

type StoreMode = "up" | "down" | "hang";

/** A store that is up, down (transient failures) or hanging (a crash mid-request), and records writes. */
class FakeStore implements PointSink {
  mode: StoreMode = "up";
  attempts = 0;
  readonly written: Point[][] = [];
  refuse: (point: Point) => boolean = () => false;

  async write(points: readonly Point[]): Promise<void> {
    this.attempts += 1;
    if (this.mode === "hang") return new Promise(() => {});
    if (this.mode === "down") throw new SinkWriteError("connection refused", false);
    if (points.some(this.refuse)) throw new SinkWriteError("field type conflict", true, 400);
    this.written.push([...points]);
  }
  async close(): Promise<void> {}

  /** Batch numbers in the order their points arrived, one entry per batch. */
  batches(): number[] {
    const order: number[] = [];
    for (const point of this.written.flat()) {
      const n = Number(point.fields.n);
      if (order[order.length - 1] !== n) order.push(n);
    }
    return order;
  }
}

class CountingObserver implements SpoolObserver {
  spooledBatches = 0;
  drainedBatches = 0;
  droppedBy: Partial<Record<SpoolDropReason, number>> = {};
  replayedBatches = 0;
  readonly refusedBatches: RefusedBatch[] = [];
  spooled(): void {
    this.spooledBatches += 1;
  }
  drained(counts: SpoolCounts): void {
    this.drainedBatches += counts.batches;
  }
  dropped(counts: SpoolCounts, reason: SpoolDropReason): void {
    this.droppedBy[reason] = (this.droppedBy[reason] ?? 0) + counts.batches;
  }
  refused(refused: RefusedBatch): void {
    this.refusedBatches.push(refused);
  }
  replayed(counts: SpoolCounts): void {
    this.replayedBatches += counts.batches;
  }
}

/** Backoff timers that fire only when the test says so. */
class HeldTimers implements Timers {
  delays: number[] = [];
  #pending: Array<() => void> = [];
  set(callback: () => void, ms: number): unknown {
    this.delays.push(ms);
    this.#pending.push(callback);
    return callback;
  }
  clear(handle: unknown): void {
    this.#pending = this.#pending.filter((callback) => callback !== handle);
  }
  fireAll(): void {
    const due = this.#pending;
    this.#pending = [];
    for (const callback of due) callback();
  }
}

const immediateTimers: Timers = {
  set: (callback) => setImmediate(callback),
  clear: (handle) => clearImmediate(handle as ReturnType<typeof setImmediate>),
};

let clockMs = 1_000_000;
const dirs: string[] = [];

function openSpool(dir: string, store: PointSink, options: Partial<SpoolingSinkOptions> = {}) {
  return new SpoolingSink(store, {
    dir,
    maxBytes: 1 << 20,
    maxAgeMs: 3_600_000,
    segmentBytes: 4096,
    syncIntervalMs: 0,
    drainMaxPoints: 10,
    retry: { baseMs: 10, capMs: 1000 },
    now: () => clockMs,
    random: () => 0.5,
    timers: immediateTimers,
    log: createLogger("spool-test", { level: "silent" }),
    ...options,
  });
}

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "spool-test-"));
  dirs.push(dir);
  return dir;
}
const segmentFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith("segment-"));
const spoolBytes = (dir: string) =>
  segmentFiles(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

afterEach(() => {
  // The "crashed" sinks are never closed: their store hangs, so they do nothing more.
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  clockMs = 1_000_000;
});

describe("SpoolingSink", () => {
  it("drains every batch in order and deletes finished segments", async () => {
    const dir = newDir();
    const store = new FakeStore();
    const observer = new CountingObserver();
    const sink = openSpool(dir, store, { observer });
    for (let n = 1; n <= 300; n++) await sink.write(batch(n));
    await sink.drained();
    expect(store.batches()).toEqual(range(1, 300));
    expect(observer).toMatchObject({ spooledBatches: 300, drainedBatches: 300, droppedBy: {} });
    expect(sink.pending).toEqual({ batches: 0, points: 0 });
    await sink.close();
    expect(segmentFiles(dir).length).toBeLessThanOrEqual(1);
    await expect(sink.write(batch(301))).rejects.toThrow(SinkWriteError);
  });

  it("after a crash (reopened without close) replays everything not done, in order", async () => {
    const dir = newDir();
    const first = new FakeStore();
    const crashed = openSpool(dir, first, { drainMaxPoints: 2 });
    for (let n = 1; n <= 20; n++) await crashed.write(batch(n));
    await crashed.drained();
    first.mode = "hang";
    for (let n = 21; n <= 120; n++) await crashed.write(batch(n));
    expect(crashed.pending.batches).toBe(100);

    const second = new FakeStore();
    const observer = new CountingObserver();
    const reopened = openSpool(dir, second, { observer });
    expect(observer.replayedBatches).toBe(100);
    await reopened.write(batch(121));
    await reopened.drained();
    expect(second.batches()).toEqual(range(21, 121));
    await reopened.close();
  });

  it("ignores a torn final record and replays every whole one before it", async () => {
    const dir = newDir();
    const crashed = openSpool(dir, Object.assign(new FakeStore(), { mode: "hang" as const }));
    for (let n = 1; n <= 10; n++) await crashed.write(batch(n));
    const last = segmentFiles(dir).sort().at(-1) ?? "";
    const torn = encodeBatchRecord(11, clockMs, 2, encodePoints(batch(11)));
    appendFileSync(join(dir, last), torn.subarray(0, torn.length - 5));
    const sizeWithTornTail = statSync(join(dir, last)).size;

    const store = new FakeStore();
    const reopened = openSpool(dir, store);
    expect(statSync(join(dir, last)).size).toBe(sizeWithTornTail - (torn.length - 5));
    await reopened.write(batch(12));
    await reopened.drained();
    expect(store.batches()).toEqual([...range(1, 10), 12]);
    await reopened.close();
  });

  it("bounds its bytes by dropping the oldest batches, counted, and keeps the newest in order", async () => {
    const dir = newDir();
    const store = Object.assign(new FakeStore(), { mode: "down" as StoreMode });
    const timers = new HeldTimers();
    const observer = new CountingObserver();
    const sink = openSpool(dir, store, { maxBytes: 16_384, segmentBytes: 2048, timers, observer });
    for (let n = 1; n <= 400; n++) {
      await sink.write(batch(n));
      expect(spoolBytes(dir)).toBeLessThanOrEqual(16_384);
    }
    const dropped = observer.droppedBy.bytes ?? 0;
    expect(dropped).toBeGreaterThan(200);
    expect(sink.pending.batches).toBe(400 - dropped);
    store.mode = "up";
    timers.fireAll();
    await sink.drained();
    expect(store.batches()).toEqual(range(dropped + 1, 400));
    expect(observer.drainedBatches + dropped).toBe(400);
    await sink.close();
  });

  it("drops batches older than maxAgeMs, counted, and drains the rest", async () => {
    const dir = newDir();
    const store = Object.assign(new FakeStore(), { mode: "down" as StoreMode });
    const timers = new HeldTimers();
    const observer = new CountingObserver();
    const sink = openSpool(dir, store, { maxAgeMs: 60_000, timers, observer, segmentBytes: 1024 });
    for (let n = 1; n <= 30; n++) await sink.write(batch(n));
    clockMs += 40_000;
    for (let n = 31; n <= 50; n++) await sink.write(batch(n));
    clockMs += 30_000;
    store.mode = "up";
    timers.fireAll();
    await sink.drained();
    expect(store.batches()).toEqual(range(31, 50));
    expect(observer.droppedBy.age).toBe(30);
    expect(observer.drainedBatches).toBe(20);
    await sink.close();
  });

  it("retries with growing backoff while the store is down and preserves the order", async () => {
    const dir = newDir();
    const store = Object.assign(new FakeStore(), { mode: "down" as StoreMode });
    const timers = new HeldTimers();
    const sink = openSpool(dir, store, { timers, drainMaxPoints: 6 });
    for (let n = 1; n <= 12; n++) await sink.write(batch(n));
    for (let retry = 0; retry < 6; retry++) {
      await new Promise((resolve) => setImmediate(resolve));
      timers.fireAll();
    }
    for (let n = 13; n <= 20; n++) await sink.write(batch(n));
    expect(store.written).toEqual([]);
    expect(store.attempts).toBeGreaterThanOrEqual(6);
    expect(timers.delays.slice(0, 5)).toEqual([7.5, 15, 30, 60, 120]);
    store.mode = "up";
    timers.fireAll();
    await sink.drained();
    expect(store.batches()).toEqual(range(1, 20));
    await sink.close();
  });

  it("sets aside only the batches the store refuses on their own", async () => {
    const dir = newDir();
    const store = new FakeStore();
    store.refuse = (point) => point.fields.n === 3n || point.fields.n === 7n;
    store.mode = "hang";
    const observer = new CountingObserver();
    const held = openSpool(dir, store);
    for (let n = 1; n <= 9; n++) await held.write(batch(n));
    store.mode = "up";
    const sink = openSpool(dir, store, { observer });
    await sink.drained();
    expect(store.batches()).toEqual([1, 2, 4, 5, 6, 8, 9]);
    expect(observer.refusedBatches.map((refused) => refused.pointCount)).toEqual([2, 2]);
    expect(observer.refusedBatches[0]?.payload.toString()).toContain('"3"');
    expect(observer.refusedBatches[0]?.reason).toContain("field type conflict");
    expect(observer.drainedBatches).toBe(7);
    await sink.close();
  });

  it("refuses a batch larger than the whole spool as permanent", async () => {
    const sink = openSpool(newDir(), new FakeStore(), { maxBytes: 1024 });
    const error = await sink.write(batch(1, 200)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ permanent: true });
    await sink.close();
  });

  it("keeps what close() left undrained for the next start", async () => {
    const dir = newDir();
    const store = Object.assign(new FakeStore(), { mode: "down" as StoreMode });
    const sink = openSpool(dir, store, { timers: new HeldTimers() });
    for (let n = 1; n <= 5; n++) await sink.write(batch(n));
    await sink.close();
    expect(readFileSync(join(dir, segmentFiles(dir)[0] ?? "")).length).toBeGreaterThan(0);
    const next = new FakeStore();
    const reopened = openSpool(dir, next);
    await reopened.drained();
    expect(next.batches()).toEqual(range(1, 5));
    await reopened.close();
  });
});
