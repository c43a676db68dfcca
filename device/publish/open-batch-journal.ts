// The readings of a sample batch that is still open, on disk: a batch waits up to batchMaxDelayMs
// (or rawBatchS) in memory before it becomes one message in the outbox, and a serial or BLE sensor
// cannot send a reading twice. So each reading (or sample block) is appended here as it joins the
// open batch, and the file is emptied once that batch has reached the outbox. After a crash
// (kill -9, an exception that ends the process) the agent reads the file back at start and publishes
// what it holds before any new reading: the readings the dead process held are not lost.
//
// Format: records `length u32 LE | crc32 u32 LE | fragment`, each fragment an encoded SampleBatch
// of one reading or block, placed where it sits in the open batch. A record that does not check out
// ends the readable part (a torn append); what came before is recovered and the rest is counted.
// Writes are plain appends without fsync: they survive the process dying, which is what this guards
// against; a power cut may lose the last second, as it may for the outbox (docs/outbox.md).
//
// Emptying happens lazily, right before the first reading of the next batch is appended: by then the
// previous batch has been handed to the outbox synchronously. A crash in between replays a batch the
// outbox already holds; storage identifies a sample by its time, so the replay changes nothing.
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { crc32 } from "node:zlib";

export interface JournalCounters {
  increment(name: string, by?: number): void;
}

export interface OpenBatchJournal {
  /** Appends one fragment of the open batch; empties the file first when the last batch was sealed. */
  add(fragment: Uint8Array): void;
  /** The open batch went to the outbox: the next add() starts the file afresh. */
  sealed(): void;
  /**
   * What an open batch held when its pipeline ended without sealing it (the process died, or the
   * pipeline failed): to be published before anything new. Afterwards the journal counts as sealed.
   */
  takeLeftover(): Uint8Array[];
  close(): void;
}

const HEAD_BYTES = 8;

export function openBatchJournalPath(stateDir: string, sensorId: string): string {
  return join(stateDir, "open-batches", `${sensorId}.journal`);
}

/** Every intact fragment of a journal file, and how many bytes after them were torn or damaged. */
export function readJournal(data: Buffer): { fragments: Uint8Array[]; damagedBytes: number } {
  const fragments: Uint8Array[] = [];
  let at = 0;
  while (at + HEAD_BYTES <= data.length) {
    const length = data.readUInt32LE(at);
    const end = at + HEAD_BYTES + length;
    if (end > data.length) break;
    const fragment = data.subarray(at + HEAD_BYTES, end);
    if (crc32(fragment) !== data.readUInt32LE(at + 4)) break;
    fragments.push(new Uint8Array(fragment));
    at = end;
  }
  return { fragments, damagedBytes: data.length - at };
}

export function journalRecord(fragment: Uint8Array): Buffer {
  const head = Buffer.alloc(HEAD_BYTES);
  head.writeUInt32LE(fragment.length, 0);
  head.writeUInt32LE(crc32(fragment), 4);
  return Buffer.concat([head, fragment]);
}

export class FileOpenBatchJournal implements OpenBatchJournal {
  private readonly fd: number;
  /** Unknown at start (a previous process may have died with a batch open): takeLeftover() reads the file. */
  private emptyBeforeNextAdd = false;

  constructor(
    private readonly path: string,
    private readonly counters: JournalCounters,
    private readonly warn: (message: string) => void,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    // Not truncated here: a leftover is emptied only once it has been queued (the next add).
    this.fd = openSync(path, "a");
  }

  add(fragment: Uint8Array): void {
    try {
      if (this.emptyBeforeNextAdd) ftruncateSync(this.fd, 0);
      this.emptyBeforeNextAdd = false;
      writeSync(this.fd, journalRecord(fragment));
    } catch (error) {
      // The reading still travels in memory; only its crash protection failed.
      this.counters.increment("journal_write_errors");
      this.warn(`open-batch journal write failed: ${String(error)}`);
    }
  }

  sealed(): void {
    this.emptyBeforeNextAdd = true;
  }

  takeLeftover(): Uint8Array[] {
    if (this.emptyBeforeNextAdd) return [];
    this.emptyBeforeNextAdd = true;
    try {
      const { fragments, damagedBytes } = readJournal(readFileSync(this.path));
      if (damagedBytes > 0) this.counters.increment("journal_torn_bytes", damagedBytes);
      return fragments;
    } catch (error) {
      this.counters.increment("journal_read_errors");
      this.warn(`cannot read ${this.path}: ${String(error)}`);
      return [];
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}
