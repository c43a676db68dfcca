import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BridgeCounters } from "./counters.ts";
import { DeadLetterFile, deadLetterLine } from "./dead-letter.ts";

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

  it("rotate to .1 past maxBytes and count the records the rotation deletes", async () => {
    const path = tempPath();
    const counters = new BridgeCounters();
    const lineBytes = deadLetterLine(letter(0)).length;
    const file = await DeadLetterFile.open(path, lineBytes * 3, counters.deadLetterObserver());
    for (let i = 0; i < 8; i++) await file.record(letter(i));
    // Files of 3: [0,1,2] → .1, [3,4,5] → .1 (dropping 0..2), current [6,7].
    expect(lines(path).map((line) => JSON.parse(line).reason)).toEqual([
      "bad_batch: number 6",
      "bad_batch: number 7",
    ]);
    expect(lines(`${path}.1`)).toHaveLength(3);
    expect(counters.snapshot()).toMatchObject({ deadLetters: 8, deadLettersDropped: 3 });
  });

  it("pick up existing files so the bound and the drop count hold across restarts", async () => {
    const path = tempPath();
    const lineBytes = deadLetterLine(letter(0)).length;
    const first = await DeadLetterFile.open(path, lineBytes * 2, new BridgeCounters().deadLetterObserver());
    for (let i = 0; i < 3; i++) await first.record(letter(i));
    const counters = new BridgeCounters();
    const second = await DeadLetterFile.open(path, lineBytes * 2, counters.deadLetterObserver());
    await second.record(letter(3));
    await second.record(letter(4));
    expect(counters.snapshot().deadLettersDropped).toBe(2);
    expect(lines(path)).toHaveLength(1);
  });

  it("report a failed append instead of rejecting", async () => {
    const path = tempPath();
    const counters = new BridgeCounters();
    const file = await DeadLetterFile.open(path, 4096, counters.deadLetterObserver());
    rmSync(join(path, ".."), { recursive: true });
    writeFileSync(join(path, ".."), "a file where the folder was");
    await expect(file.record(letter(1))).resolves.toBeUndefined();
    expect(counters.snapshot().deadLetterFailures).toBe(1);
  });
});
