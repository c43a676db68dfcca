import { appendFileSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Counters } from "../status/counters.ts";
import { FileOpenBatchJournal, journalRecord, readJournal } from "./open-batch-journal.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);

function journalIn(dir: string, counters = new Counters()) {
  return new FileOpenBatchJournal(join(dir, "open-batches", "bladder-1.journal"), counters, () => undefined);
}

describe("open-batch journal", () => {
  it("gives a new process the fragments of a batch the old one never sealed", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const first = journalIn(dir);
    first.add(bytes(1, 2));
    first.add(bytes(3));
    first.close(); // the process dies with the batch open

    const second = journalIn(dir);
    expect(second.takeLeftover()).toEqual([bytes(1, 2), bytes(3)]);
    // Taken once: a second call (a pipeline restarting in the same process) finds nothing.
    expect(second.takeLeftover()).toEqual([]);
    second.add(bytes(9));
    second.close();
    expect(readJournal(readFileSync(join(dir, "open-batches", "bladder-1.journal"))).fragments).toEqual([
      bytes(9),
    ]);
  });

  it("empties the file at the first reading after a seal, so a sealed batch is not kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const journal = journalIn(dir);
    journal.add(bytes(1));
    journal.add(bytes(2));
    journal.sealed();
    expect(journal.takeLeftover()).toEqual([]);
    journal.add(bytes(3));
    const path = join(dir, "open-batches", "bladder-1.journal");
    expect(statSync(path).size).toBe(journalRecord(bytes(3)).length);
    journal.close();
  });

  it("recovers what precedes a torn append and counts the torn bytes", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const path = join(dir, "open-batches", "bladder-1.journal");
    const journal = journalIn(dir);
    journal.add(bytes(1, 2, 3));
    journal.close();
    appendFileSync(path, journalRecord(bytes(4, 5, 6)).subarray(0, 9));
    const counters = new Counters();
    expect(journalIn(dir, counters).takeLeftover()).toEqual([bytes(1, 2, 3)]);
    expect(counters.get("journal_torn_bytes")).toBe(9);
  });

  it("stops at a record whose checksum does not match", () => {
    const good = journalRecord(bytes(7, 7));
    const bad = journalRecord(bytes(8, 8));
    bad[9] = 0; // the body no longer matches its CRC
    const { fragments, damagedBytes } = readJournal(Buffer.concat([good, bad]));
    expect(fragments).toEqual([bytes(7, 7)]);
    expect(damagedBytes).toBe(bad.length);
  });

  it("starts empty when no file exists, and a missing folder is made", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const journal = journalIn(dir);
    expect(journal.takeLeftover()).toEqual([]);
    journal.close();
  });
});
