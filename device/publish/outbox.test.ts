import { describe, expect, it } from "vitest";
import { MemoryOutbox } from "./outbox.ts";

const message = (size: number, urgent = false) => ({
  topic: "t",
  bytes: new Uint8Array(size),
  retain: false,
  urgent,
});

describe("MemoryOutbox", () => {
  it("drops the oldest ordinary message first and counts it", () => {
    const outbox = new MemoryOutbox({ maxMessages: 3, maxBytes: 1_000, maxAgeMs: 60_000 });
    outbox.push(message(10, true), 0);
    outbox.push(message(11), 0);
    outbox.push(message(12), 0);
    outbox.push(message(13), 0);
    expect(outbox.size).toBe(3);
    expect(outbox.dropped).toBe(1);
    expect(outbox.next(10, new Set()).map((m) => m.bytes.length)).toEqual([10, 12, 13]);
  });

  it("is bounded by bytes too", () => {
    const outbox = new MemoryOutbox({ maxMessages: 100, maxBytes: 25, maxAgeMs: 60_000 });
    for (let i = 0; i < 5; i++) outbox.push(message(10), 0);
    expect(outbox.bytes).toBeLessThanOrEqual(25);
    expect(outbox.dropped).toBe(3);
  });

  it("drops messages older than the age bound", () => {
    const outbox = new MemoryOutbox({ maxMessages: 100, maxBytes: 1_000, maxAgeMs: 1_000 });
    outbox.push(message(1), 0);
    outbox.push(message(2), 500);
    outbox.push(message(3), 1_400);
    expect(outbox.next(10, new Set()).map((m) => m.bytes.length)).toEqual([2, 3]);
    expect(outbox.dropped).toBe(1);
  });

  it("sends urgent messages first and keeps messages until acknowledged", () => {
    const outbox = new MemoryOutbox({ maxMessages: 10, maxBytes: 1_000, maxAgeMs: 60_000 });
    outbox.push(message(1), 0);
    outbox.push(message(2, true), 0);
    const [first, second] = outbox.next(2, new Set());
    expect(first?.urgent).toBe(true);
    expect(outbox.next(5, new Set([first?.id ?? 0])).map((m) => m.id)).toEqual([second?.id]);
    outbox.ack(first?.id ?? 0);
    expect(outbox.size).toBe(1);
  });
});
