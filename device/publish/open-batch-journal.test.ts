import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Counters } from "../status/counters.ts";
import { FileOpenBatchJournal, journalRecord, readJournal } from "./open-batch-journal.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);

function journalIn(dir: string, counters = new Counters()) {
  return new FileOpenBatchJournal(join(dir, "open-batches", "bladder-1.journal"), counters, () => undefined);
}

/** What each of the two files holds now. */
function onDisk(dir: string): Uint8Array[][] {
  return ["a", "b"].map(
    (slot) => readJournal(readFileSync(join(dir, "open-batches", `bladder-1.journal.${slot}`))).fragments,
  );
}

describe("open-batch journal", () => {
  it("gives a new process the fragments of a batch the old one never sealed, once", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const first = journalIn(dir);
    first.add(bytes(1, 2));
    first.add(bytes(3));
    first.close(); // the process dies with the batch open

    const second = journalIn(dir);
    expect(second.takeLeftover()).toEqual([bytes(1, 2), bytes(3)]);
    expect(second.takeLeftover()).toEqual([]);
    // The leftover was queued before this add: its file starts afresh.
    second.add(bytes(9));
    expect(onDisk(dir)).toEqual([[bytes(9)], []]);
    second.close();
  });

  it("keeps a sealed batch until its file's turn comes again, a whole batch later", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const journal = journalIn(dir);
    journal.add(bytes(1));
    journal.sealed(); // batch 1 is handed on; batch 2 goes to the other file
    journal.add(bytes(2));
    expect(onDisk(dir)).toEqual([[bytes(1)], [bytes(2)]]);
    journal.sealed();
    journal.add(bytes(3)); // batch 1 was queued long ago: its file is emptied for batch 3
    expect(onDisk(dir)).toEqual([[bytes(3)], [bytes(2)]]);
    journal.close();
  });

  it("gives a failed pipeline's open batch, and the batch sealed just before it, to the next pipeline", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const journal = journalIn(dir);
    journal.add(bytes(1));
    journal.sealed();
    journal.add(bytes(2));
    expect(journal.takeLeftover()).toEqual([bytes(1), bytes(2)]);
    journal.add(bytes(4));
    expect(journal.takeLeftover()).toEqual([bytes(4)]);
    journal.close();
  });

  it("recovers what precedes a torn append and counts the torn bytes", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const journal = journalIn(dir);
    journal.add(bytes(1, 2, 3));
    journal.close();
    appendFileSync(
      join(dir, "open-batches", "bladder-1.journal.a"),
      journalRecord(bytes(4, 5, 6)).subarray(0, 9),
    );
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

  it("starts empty in a new folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const journal = journalIn(dir);
    expect(journal.takeLeftover()).toEqual([]);
    journal.close();
  });
});
