import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DeadLetterFile, type DeadLetterObserver, deadLetterLine } from "./dead-letter-file.ts";

/** Counts what the file reports, as the bridge's and the agent's counters do. */
function countingObserver() {
  const counts = { recorded: 0, dropped: 0, failed: 0 };
  const observer: DeadLetterObserver = {
    recorded: () => {
      counts.recorded += 1;
    },
    dropped: (records) => {
      counts.dropped += records;
    },
    failed: () => {
      counts.failed += 1;
    },
  };
  return { counts, observer };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "dead-letter-"));
  dirs.push(dir);
  return join(dir, "nested", "dead.jsonl");
}

const letter = (i: number) => ({
  timeMs: Date.UTC(2025, 0, 15, 12, 0, i),
  topic: `care/v1/ward-3/bed-07/samples`,
  reason: `bad_batch: number ${i}`,
  payload: Uint8Array.from([1, 2, 3, i]),
});

const lines = (path: string) => readFileSync(path, "utf8").trim().split("\n");

describe("dead letters", () => {
  it("are JSON lines with time, topic, reason and the raw bytes in base64", () => {
    const record = JSON.parse(deadLetterLine(letter(7)));
    expect(record).toEqual({
      time: "2025-01-15T12:00:07.000Z",
      topic: "care/v1/ward-3/bed-07/samples",
      reason: "bad_batch: number 7",
      bytes: 4,
      payloadBase64: Buffer.from([1, 2, 3, 7]).toString("base64"),
    });
  });

  it("keep at most maxPayloadBytes of raw bytes, with the sensor and the full length", async () => {
    const path = tempPath();
    const file = await DeadLetterFile.open(path, 4096, countingObserver().observer, 2);
    await file.record({ ...letter(9), topic: "sensor/bladder-1", sensor: "bladder-1" });
    expect(JSON.parse(lines(path)[0] ?? "")).toEqual({
      time: "2025-01-15T12:00:09.000Z",
      topic: "sensor/bladder-1",
      sensor: "bladder-1",
      reason: "bad_batch: number 9",
      bytes: 4,
      truncated: true,
      payloadBase64: Buffer.from([1, 2]).toString("base64"),
    });
  });

  it("rotate to .1 past maxBytes and count the records the rotation deletes", async () => {
    const path = tempPath();
    const { counts, observer } = countingObserver();
    const lineBytes = deadLetterLine(letter(0)).length;
    const file = await DeadLetterFile.open(path, lineBytes * 3, observer);
    for (let i = 0; i < 8; i++) await file.record(letter(i));
    // Files of 3: [0,1,2] → .1, [3,4,5] → .1 (dropping 0..2), current [6,7].
    expect(lines(path).map((line) => JSON.parse(line).reason)).toEqual([
      "bad_batch: number 6",
      "bad_batch: number 7",
    ]);
    expect(lines(`${path}.1`)).toHaveLength(3);
    expect(counts).toMatchObject({ recorded: 8, dropped: 3 });
  });

  it("pick up existing files so the bound and the drop count hold across restarts", async () => {
    const path = tempPath();
    const lineBytes = deadLetterLine(letter(0)).length;
    const first = await DeadLetterFile.open(path, lineBytes * 2, countingObserver().observer);
    for (let i = 0; i < 3; i++) await first.record(letter(i));
    const { counts, observer } = countingObserver();
    const second = await DeadLetterFile.open(path, lineBytes * 2, observer);
    await second.record(letter(3));
    await second.record(letter(4));
    expect(counts.dropped).toBe(2);
    expect(lines(path)).toHaveLength(1);
  });

  it("report a failed append instead of rejecting", async () => {
    const path = tempPath();
    const { counts, observer } = countingObserver();
    const file = await DeadLetterFile.open(path, 4096, observer);
    rmSync(join(path, ".."), { recursive: true });
    writeFileSync(join(path, ".."), "a file where the folder was");
    await expect(file.record(letter(1))).resolves.toBeUndefined();
    expect(counts.failed).toBe(1);
  });
});
