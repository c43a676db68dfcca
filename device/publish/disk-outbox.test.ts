import { appendFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiskOutbox, type DiskOutboxOptions } from "./disk-outbox.ts";

const options = (dir: string, overrides: Partial<DiskOutboxOptions> = {}): DiskOutboxOptions => ({
  dir,
  maxMessages: 1000,
  maxBytes: 1_000_000,
  maxAgeMs: 3_600_000,
  segmentBytes: 512,
  syncIntervalMs: 1000,
  ...overrides,
});
const message = (n: number, urgent = false) => ({
  topic: `care/v1/s/d/${urgent ? "alerts" : "samples"}`,
  bytes: new Uint8Array([n, n + 1, n + 2]),
  retain: false,
  urgent,
});
const freshDir = () => mkdtempSync(join(tmpdir(), "outbox-"));

describe("DiskOutbox", () => {
  it("gives back every unacknowledged message, in order, after the process is gone", () => {
    const dir = freshDir();
    const first = new DiskOutbox(options(dir));
    for (let n = 0; n < 30; n++) first.push(message(n), n);
    for (const sent of first.next(10, new Set())) first.ack(sent.id);
    for (let n = 30; n < 50; n++) first.push(message(n, n === 30), n);
    // No close(): as after kill -9, only what write() returned for is on disk.
    const second = new DiskOutbox(options(dir));
    const pending = second.next(100, new Set());
    expect(pending).toHaveLength(40);
    expect(pending[0]?.urgent).toBe(true);
    expect(pending.slice(1).map((m) => m.bytes[0])).toEqual(
      Array.from({ length: 50 }, (_, n) => n).filter((n) => n >= 10 && n !== 30),
    );
    second.close();
  });

  it("deletes segments once all their messages are acknowledged", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(options(dir));
    for (let n = 0; n < 100; n++) outbox.push(message(n), n);
    expect(readdirSync(dir).length).toBeGreaterThan(3);
    for (const sent of outbox.next(1000, new Set())) outbox.ack(sent.id);
    expect(readdirSync(dir).length).toBe(1);
    outbox.close();
    expect(new DiskOutbox(options(dir)).size).toBe(0);
  });

  it("recovers everything before a torn final write", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(options(dir, { segmentBytes: 1_000_000 }));
    for (let n = 0; n < 5; n++) outbox.push(message(n), n);
    outbox.close();
    const [segment = ""] = readdirSync(dir);
    appendFileSync(join(dir, segment), Buffer.from([40, 0, 0, 0, 1, 2, 3]));
    const recovered = new DiskOutbox(options(dir));
    expect(recovered.size).toBe(5);
    expect(recovered.recoveredTornBytes).toBe(7);
  });

  it("records drops by the bounds so they stay dropped after a restart", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(options(dir, { maxMessages: 10 }));
    for (let n = 0; n < 25; n++) outbox.push(message(n), n);
    expect(outbox.dropped).toBe(15);
    const reopened = new DiskOutbox(options(dir, { maxMessages: 10 }));
    expect(reopened.next(100, new Set()).map((m) => m.bytes[0])).toEqual([
      15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    ]);
  });
});
