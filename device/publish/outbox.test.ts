import { describe, expect, it } from "vitest";
import { MemoryOutbox } from "./outbox.ts";
import { testClock } from "./test-clock.ts";

const message = (size: number, urgent = false) => ({
  topic: "t",
  bytes: new Uint8Array(size),
  retain: false,
  urgent,
});

describe("MemoryOutbox", () => {
  it("drops the oldest ordinary message first and counts it", () => {
    const outbox = new MemoryOutbox({ maxMessages: 3, maxBytes: 1_000, maxAgeMs: 60_000 }, testClock());
    outbox.push(message(10, true));
    outbox.push(message(11));
    outbox.push(message(12));
    outbox.push(message(13));
    expect(outbox.size).toBe(3);
    expect(outbox.dropped).toBe(1);
    expect(outbox.next(10, new Set()).map((m) => m.bytes.length)).toEqual([10, 12, 13]);
  });

  it("is bounded by bytes too", () => {
    const outbox = new MemoryOutbox({ maxMessages: 100, maxBytes: 25, maxAgeMs: 60_000 }, testClock());
    for (let i = 0; i < 5; i++) outbox.push(message(10));
    expect(outbox.bytes).toBeLessThanOrEqual(25);
    expect(outbox.dropped).toBe(3);
  });

  it("drops messages older than the age bound by the monotonic clock, also without new messages", () => {
    const clock = testClock();
    const outbox = new MemoryOutbox({ maxMessages: 100, maxBytes: 1_000, maxAgeMs: 1_000 }, clock);
    outbox.push(message(1));
    clock.mono = 500;
    outbox.push(message(2));
    clock.mono = 1_400;
    outbox.expire();
    expect(outbox.next(10, new Set()).map((m) => m.bytes.length)).toEqual([2]);
    expect(outbox.dropped).toBe(1);
  });

  it("keeps everything when the wall clock jumps years ahead (NTP on a Pi without a real-time clock)", () => {
    const clock = testClock();
    clock.wall = 0;
    const outbox = new MemoryOutbox({ maxMessages: 100, maxBytes: 1_000, maxAgeMs: 1_000 }, clock);
    outbox.push(message(1));
    clock.wall = Date.UTC(2026, 5, 1);
    clock.mono = 10;
    outbox.push(message(2));
    outbox.expire();
    expect(outbox.size).toBe(2);
    expect(outbox.dropped).toBe(0);
  });

  it("sends urgent messages first and keeps messages until acknowledged", () => {
    const outbox = new MemoryOutbox({ maxMessages: 10, maxBytes: 1_000, maxAgeMs: 60_000 }, testClock());
    outbox.push(message(1));
    outbox.push(message(2, true));
    const [first, second] = outbox.next(2, new Set());
    expect(first?.urgent).toBe(true);
    expect(outbox.next(5, new Set([first?.id ?? 0])).map((m) => m.id)).toEqual([second?.id]);
    outbox.ack(first?.id ?? 0);
    expect(outbox.size).toBe(1);
  });
});
