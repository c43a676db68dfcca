import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiskOutbox, type DiskOutboxOptions } from "./disk-outbox.ts";
import { ageAcrossRestart } from "./outbox.ts";
import { testClock } from "./test-clock.ts";

const options = (dir: string, overrides: Partial<DiskOutboxOptions> = {}): DiskOutboxOptions => ({
  dir,
  maxMessages: 1000,
  maxBytes: 1_000_000,
  maxAgeMs: 3_600_000,
  segmentBytes: 512,
  syncIntervalMs: 1000,
  clock: testClock(),
  ...overrides,
});
const message = (n: number, urgent = false, size = 3) => ({
  topic: `care/v1/s/d/${urgent ? "alerts" : "samples"}`,
  bytes: new Uint8Array(size).map((_, i) => (n + i) % 256),
  retain: false,
  urgent,
});
const freshDir = () => mkdtempSync(join(tmpdir(), "outbox-"));
const diskBytes = (dir: string) =>
  readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
const readFiles = (dir: string) =>
  new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))] as const));
const pendingOf = (outbox: DiskOutbox) =>
  outbox.next(100_000, new Set()).map((m) => `${m.id}:${Buffer.from(m.bytes).toString("hex")}`);

describe("DiskOutbox", () => {
  it("gives back every unacknowledged message, in order, after the process is gone", () => {
    const dir = freshDir();
    const first = new DiskOutbox(options(dir));
    for (let n = 0; n < 30; n++) first.push(message(n));
    for (const sent of first.next(10, new Set())) first.ack(sent.id);
    for (let n = 30; n < 50; n++) first.push(message(n, n === 30));
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

  it("reads payloads back from disk when they are not in the recent cache", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(options(dir, { recentCacheBytes: 0 }));
    for (let n = 0; n < 20; n++) outbox.push(message(n, false, 40));
    expect(outbox.next(100, new Set()).map((m) => m.bytes)).toEqual(
      Array.from({ length: 20 }, (_, n) => message(n, false, 40).bytes),
    );
    outbox.close();
  });

  it("deletes segments once all their messages are acknowledged", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(options(dir));
    for (let n = 0; n < 100; n++) outbox.push(message(n));
    expect(readdirSync(dir).length).toBeGreaterThan(3);
    for (const sent of outbox.next(1000, new Set())) outbox.ack(sent.id);
    expect(readdirSync(dir).length).toBe(1);
    outbox.close();
    expect(new DiskOutbox(options(dir)).size).toBe(0);
  });

  it("recovers everything before a torn final write", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(options(dir, { segmentBytes: 1_000_000, maxBytes: 10_000_000 }));
    for (let n = 0; n < 5; n++) outbox.push(message(n));
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
    for (let n = 0; n < 25; n++) outbox.push(message(n));
    expect(outbox.dropped).toBe(15);
    const reopened = new DiskOutbox(options(dir, { maxMessages: 10 }));
    expect(reopened.next(100, new Set()).map((m) => m.bytes[0])).toEqual([
      15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    ]);
  });

  it("drops and counts a message whose record was damaged on disk", () => {
    const dir = freshDir();
    const outbox = new DiskOutbox(
      options(dir, { recentCacheBytes: 0, segmentBytes: 1_000_000, maxBytes: 10_000_000 }),
    );
    for (let n = 0; n < 3; n++) outbox.push(message(n, false, 20));
    const [segment = ""] = readdirSync(dir);
    const data = readFileSync(join(dir, segment));
    data[data.length - 5] = (data[data.length - 5] ?? 0) ^ 0xff;
    writeFileSync(join(dir, segment), data);
    expect(outbox.next(10, new Set()).map((m) => m.bytes[0])).toEqual([0, 1]);
    expect(outbox.damaged).toBe(1);
    expect(outbox.dropped).toBe(1);
    outbox.close();
  });

  it("ages messages from before a restart by wall time only when both stamps are plausible", () => {
    const day = 24 * 3600_000;
    const synced = Date.UTC(2026, 2, 1);
    expect(ageAcrossRestart(synced, synced + day)).toBe(day);
    // Booted in 1970 without a real-time clock, then NTP: the age starts over instead of being 56 years.
    expect(ageAcrossRestart(5_000, synced)).toBe(0);
    expect(ageAcrossRestart(synced + day, synced)).toBe(0);
    const dir = freshDir();
    const clock = testClock(60_000);
    const before = new DiskOutbox(options(dir, { clock, maxAgeMs: day }));
    before.push(message(1));
    const after = testClock(synced);
    after.mono = 10;
    const reopened = new DiskOutbox(options(dir, { clock: after, maxAgeMs: day }));
    reopened.expire();
    expect(reopened.size).toBe(1);
    after.mono = day + 11;
    reopened.expire();
    expect(reopened.size).toBe(0);
    expect(reopened.dropped).toBe(1);
  });

  it("keeps the files within the bytes bound while one alert stays unacknowledged", () => {
    const dir = freshDir();
    const bounds = { maxBytes: 64 * 1024, segmentBytes: 4096, maxMessages: 100_000 };
    const outbox = new DiskOutbox(options(dir, bounds));
    outbox.push(message(255, true, 64));
    let largest = 0;
    for (let n = 0; n < 5_000; n++) {
      outbox.push(message(n, false, 100));
      // Connected: everything but the alert is acknowledged at once; two stay in flight.
      const sent = outbox.next(3, new Set()).filter((m) => !m.urgent);
      if (sent.length === 2) outbox.ack(sent[0]?.id ?? 0);
      largest = Math.max(largest, diskBytes(dir));
    }
    expect(largest).toBeLessThanOrEqual(bounds.maxBytes + bounds.segmentBytes);
    expect(outbox.compactions).toBeGreaterThan(10);
    expect(outbox.dropped).toBe(0);
    const reopened = new DiskOutbox(options(dir, bounds));
    const pending = reopened.next(10, new Set());
    expect(pending.map((m) => [m.urgent, m.bytes[0]])).toEqual([
      [true, 255],
      [false, 4_999 % 256],
    ]);
    expect(pending[0]?.bytes).toEqual(message(255, true, 64).bytes);
  });

  it("loses nothing still waiting when killed at any byte of a compaction", () => {
    const dir = freshDir();
    const bounds = { maxBytes: 2048, segmentBytes: 512 };
    const outbox = new DiskOutbox(options(dir, bounds));
    outbox.push(message(200, true, 30));
    outbox.push(message(201, false, 30));
    let before = readFiles(dir);
    let pendingBefore = pendingOf(outbox);
    for (let n = 0; n < 1_000; n++) {
      before = readFiles(dir);
      pendingBefore = pendingOf(outbox);
      outbox.push(message(n, false, 30));
      if (outbox.compactions > 0) break;
      // Everything but the alert and the newest message is acknowledged.
      const sent = outbox.next(100, new Set()).filter((m) => !m.urgent);
      for (const m of sent.slice(0, -1)) outbox.ack(m.id);
    }
    expect(outbox.compactions).toBe(1);
    const after = readFiles(dir);
    const images = crashImages(before, after);
    expect(images.length).toBeGreaterThan(100);
    const pushedId = Math.max(...pendingOf(outbox).map((entry) => Number(entry.split(":")[0])));
    for (const image of images) {
      const imageDir = freshDir();
      for (const [name, data] of image) writeFileSync(join(imageDir, name), data);
      const recovered = pendingOf(new DiskOutbox(options(imageDir, bounds)));
      const withoutNewest = recovered.filter((entry) => Number(entry.split(":")[0]) !== pushedId);
      expect(withoutNewest).toEqual(pendingBefore);
    }
  });
});

/**
 * Every state a kill -9 can leave during one operation that only appends to segments and then
 * deletes some: the old files, plus the appended bytes cut at every length, plus the end state.
 */
function crashImages(before: Map<string, Buffer>, after: Map<string, Buffer>): Map<string, Buffer>[] {
  const grown = [...after.keys()].sort().map((name) => ({
    name,
    from: before.get(name)?.length ?? 0,
    data: after.get(name) ?? Buffer.alloc(0),
  }));
  const total = grown.reduce((sum, file) => sum + file.data.length - file.from, 0);
  const images: Map<string, Buffer>[] = [];
  for (let cut = 0; cut <= total; cut++) {
    const image = new Map(before);
    let left = cut;
    for (const file of grown) {
      const take = Math.min(left, file.data.length - file.from);
      if (take > 0 || before.has(file.name)) image.set(file.name, file.data.subarray(0, file.from + take));
      left -= take;
    }
    images.push(image);
  }
  images.push(after);
  return images;
}
