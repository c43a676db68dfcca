import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Counters } from "./counters.ts";
import { DEAD_LETTER_PAYLOAD_BYTES, openDeadLetterLog } from "./dead-letters.ts";

describe("device dead letters", () => {
  it("are written to a JSON-lines file with time, sensor, reason and bounded raw bytes, and counted", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "agent-state-")), "dead-letters.jsonl");
    const counters = new Counters();
    const log = openDeadLetterLog(path, 1024 * 1024, counters, () => undefined);
    const frame = Uint8Array.from({ length: DEAD_LETTER_PAYLOAD_BYTES + 10 }, (_, i) => i % 251);
    log.add({
      timeMs: Date.UTC(2026, 0, 2),
      topic: "sensor/bed-1",
      sensor: "bed-1",
      reason: "bad_crc",
      payload: frame,
    });
    log.add({
      timeMs: Date.UTC(2026, 0, 3),
      topic: "commands",
      reason: "malformed",
      payload: Uint8Array.of(1),
    });
    await log.settle();
    const [first, second] = readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      time: "2026-01-02T00:00:00.000Z",
      sensor: "bed-1",
      reason: "bad_crc",
      bytes: frame.length,
      truncated: true,
    });
    expect(Buffer.from(first.payloadBase64, "base64")).toEqual(
      Buffer.from(frame.subarray(0, DEAD_LETTER_PAYLOAD_BYTES)),
    );
    expect(second).toMatchObject({ topic: "commands", reason: "malformed", payloadBase64: "AQ==" });
    expect(counters.get("dead_letters")).toBe(2);
  });

  it("counts a flood it cannot write fast enough instead of queueing it without bound", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "agent-state-")), "dead-letters.jsonl");
    const counters = new Counters();
    const log = openDeadLetterLog(path, 1024 * 1024, counters, () => undefined);
    for (let i = 0; i < 1_000; i++)
      log.add({ timeMs: 0, topic: "sensor/s", reason: "noise", payload: Uint8Array.of(i % 256) });
    await log.settle();
    expect(counters.get("dead_letters") + counters.get("dead_letters_dropped")).toBe(1_000);
    expect(counters.get("dead_letters_dropped")).toBeGreaterThan(0);
    expect(readFileSync(path, "utf8").trim().split("\n")).toHaveLength(counters.get("dead_letters"));
  });

  it("counts a failure when the state folder cannot be written", async () => {
    const counters = new Counters();
    const failures: unknown[] = [];
    const notAFolder = join(mkdtempSync(join(tmpdir(), "agent-state-")), "file");
    writeFileSync(notAFolder, "a file where the state folder should be");
    const path = join(notAFolder, "dead-letters.jsonl");
    const log = openDeadLetterLog(path, 4096, counters, (e) => failures.push(e));
    log.add({ timeMs: 0, topic: "sensor/s", reason: "noise", payload: Uint8Array.of(1) });
    await log.settle();
    expect(counters.get("dead_letter_failures")).toBeGreaterThanOrEqual(1);
    expect(failures.length).toBeGreaterThanOrEqual(1);
  });
});
