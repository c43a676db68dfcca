import { describe, expect, it } from "vitest";
import { BatchingSink, type Timers } from "./batching-sink.ts";
import { type Point, type PointSink, SinkWriteError, type WriteOptions } from "./sink.ts";

const points = (n: number, tag = "a"): Point[] =>
  Array.from({ length: n }, (_, i) => ({
    measurement: "m",
    retentionPolicy: "autogen",
    tags: { tag },
    fields: { i: BigInt(i) },
    timeNs: BigInt(i),
  }));

/** An inner sink whose requests stay open until the test settles them. */
class HeldSink implements PointSink {
  readonly requests: Array<{
    points: readonly Point[];
    timeoutMs: number | undefined;
    settle: (error?: Error) => void;
  }> = [];
  closed = false;
  write(batch: readonly Point[], options: WriteOptions = {}): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = (error?: Error) => (error ? reject(error) : resolve());
      this.requests.push({ points: batch, timeoutMs: options.timeoutMs, settle });
    });
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  sizes(): number[] {
    return this.requests.map((request) => request.points.length);
  }
}

class ManualTimers implements Timers {
  pending: Array<() => void> = [];
  set(callback: () => void): unknown {
    this.pending.push(callback);
    return callback;
  }
  clear(handle: unknown): void {
    this.pending = this.pending.filter((callback) => callback !== handle);
  }
  fire(): void {
    const due = this.pending;
    this.pending = [];
    for (const callback of due) callback();
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

function setup(maxPoints = 10) {
  const inner = new HeldSink();
  const timers = new ManualTimers();
  const sink = new BatchingSink(inner, { maxPoints, maxDelayMs: 50, maxInFlight: 2, timers });
  return { inner, timers, sink };
}

describe("BatchingSink", () => {
  it("sends a write at once when nothing is in flight", async () => {
    const { inner, sink } = setup();
    const done = sink.write(points(3));
    expect(inner.sizes()).toEqual([3]);
    inner.requests[0]?.settle();
    await expect(done).resolves.toBeUndefined();
  });

  it("gives a request the shortest time any write it carries has left", async () => {
    const { inner, timers, sink } = setup();
    void sink.write(points(1));
    void sink.write(points(2), { timeoutMs: 4_000 });
    void sink.write(points(3), { timeoutMs: 1_500 });
    timers.fire();
    inner.requests[0]?.settle();
    await tick();
    expect(inner.requests.map((request) => request.timeoutMs)).toEqual([undefined, expect.any(Number)]);
    const forwarded = inner.requests[1]?.timeoutMs ?? 0;
    expect(forwarded).toBeLessThanOrEqual(1_500);
    expect(forwarded).toBeGreaterThan(1_000);
  });

  it("gathers writes while a request is in flight and sends them after the delay", async () => {
    const { inner, timers, sink } = setup();
    void sink.write(points(2));
    const second = sink.write(points(3));
    const third = sink.write(points(4));
    expect(inner.sizes()).toEqual([2]);
    timers.fire();
    expect(inner.sizes()).toEqual([2, 7]);
    inner.requests[1]?.settle();
    await expect(Promise.all([second, third])).resolves.toEqual([undefined, undefined]);
  });

  it("sends as soon as maxPoints have gathered, without waiting for the delay", () => {
    const { inner, sink } = setup(10);
    void sink.write(points(1));
    void sink.write(points(6));
    expect(inner.sizes()).toEqual([1]);
    void sink.write(points(6));
    // The first full batch takes whole writes up to 10 points: 6, then the next 6 waits.
    expect(inner.sizes()).toEqual([1, 6]);
  });

  it("keeps at most maxInFlight requests and sends the rest when one completes", async () => {
    const { inner, timers, sink } = setup(5);
    void sink.write(points(1));
    void sink.write(points(5));
    void sink.write(points(5));
    expect(inner.sizes()).toEqual([1, 5]);
    timers.fire();
    expect(inner.sizes()).toEqual([1, 5]);
    inner.requests[0]?.settle();
    await tick();
    expect(inner.sizes()).toEqual([1, 5, 5]);
  });

  it("fails every write carried by a failed request, and only those", async () => {
    const { inner, timers, sink } = setup();
    const first = sink.write(points(1));
    const second = sink.write(points(2));
    const third = sink.write(points(3));
    timers.fire();
    inner.requests[1]?.settle(new SinkWriteError("down", false));
    inner.requests[0]?.settle();
    await expect(first).resolves.toBeUndefined();
    await expect(second).rejects.toThrow("down");
    await expect(third).rejects.toThrow("down");
  });

  it("refuses writes beyond its pending bound instead of queueing without limit", async () => {
    const inner = new HeldSink();
    const sink = new BatchingSink(inner, {
      maxPoints: 100,
      maxDelayMs: 50,
      maxPendingPoints: 10,
      timers: new ManualTimers(),
    });
    void sink.write(points(1));
    void sink.write(points(8));
    await expect(sink.write(points(5))).rejects.toBeInstanceOf(SinkWriteError);
  });

  it("flush sends what waits and resolves when idle; close closes the inner sink", async () => {
    const { inner, sink } = setup();
    void sink.write(points(1));
    void sink.write(points(2));
    let flushed = false;
    const flushing = sink.flush().then(() => {
      flushed = true;
    });
    inner.requests[0]?.settle();
    await tick();
    expect(inner.sizes()).toEqual([1, 2]);
    expect(flushed).toBe(false);
    inner.requests[1]?.settle();
    await flushing;
    await sink.close();
    expect(inner.closed).toBe(true);
    await expect(sink.write(points(1))).rejects.toThrow(/closed/);
  });
});
