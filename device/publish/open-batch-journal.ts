// The readings of a sample batch that is still open, on disk: a batch waits up to batchMaxDelayMs
// (or rawBatchS) in memory before it becomes one message in the outbox, and a serial or BLE sensor
// cannot send a reading twice. So each reading (or sample block) is appended here as it joins the
// open batch. After a crash (kill -9, an exception that ends the process) the agent reads the journal
// back at start and publishes what it holds before any new reading: the readings the dead process
// held are not lost.
//
// Format: records `length u32 LE | crc32 u32 LE | fragment`, each fragment an encoded SampleBatch
// of one reading or block, placed where it sits in the open batch. A record that does not check out
// ends the readable part (a torn append); what came before is recovered and the rest is counted.
// Writes are plain appends without fsync: they survive the process dying, which is what this guards
// against; a power cut may lose the last second, as it may for the outbox (docs/outbox.md).
//
// Two files take turns, one batch each. A batch is sealed when it is handed on, but it reaches the
// outbox only once the call that sealed it returns (an analyzer returns the batch it completed
// together with the block that opened the next one). So the next batch goes to the other file, and a
// file is emptied only when its turn comes again, a whole batch later, long after its batch was
// queued. A crash may therefore replay one batch the outbox already holds; storage identifies a
// sample by its time, so the replay changes nothing.
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

interface JournalFile {
  path: string;
  fd: number;
  /** Emptied before its next append: what it holds was sealed (or taken over) and queued. */
  emptyBeforeNextAdd: boolean;
}

export class FileOpenBatchJournal implements OpenBatchJournal {
  private readonly files: [JournalFile, JournalFile];
  private active = 0;

  constructor(
    /** Base path: the two files are `<path>.a` and `<path>.b`. */
    readonly path: string,
    private readonly counters: JournalCounters,
    private readonly warn: (message: string) => void,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    // Not emptied here: a leftover is emptied only once it has been queued.
    const open = (slot: string): JournalFile => {
      const slotPath = `${path}.${slot}`;
      return { path: slotPath, fd: openSync(slotPath, "a"), emptyBeforeNextAdd: false };
    };
    this.files = [open("a"), open("b")];
  }

  add(fragment: Uint8Array): void {
    const file = this.files[this.active] as JournalFile;
    try {
      if (file.emptyBeforeNextAdd) ftruncateSync(file.fd, 0);
      file.emptyBeforeNextAdd = false;
      writeSync(file.fd, journalRecord(fragment));
    } catch (error) {
      // The reading still travels in memory; only its crash protection failed.
      this.counters.increment("journal_write_errors");
      this.warn(`open-batch journal write failed: ${String(error)}`);
    }
  }

  sealed(): void {
    this.active = 1 - this.active;
    (this.files[this.active] as JournalFile).emptyBeforeNextAdd = true;
  }

  takeLeftover(): Uint8Array[] {
    // Both files: a dead process (or a pipeline that failed right after sealing a batch) may have left
    // a batch in either. At worst a batch already queued goes out again, which changes nothing.
    const fragments = this.files.flatMap((file) => (file.emptyBeforeNextAdd ? [] : this.read(file)));
    for (const file of this.files) file.emptyBeforeNextAdd = true;
    return fragments;
  }

  close(): void {
    for (const file of this.files) closeSync(file.fd);
  }

  private read(file: JournalFile): Uint8Array[] {
    try {
      const { fragments, damagedBytes } = readJournal(readFileSync(file.path));
      if (damagedBytes > 0) this.counters.increment("journal_torn_bytes", damagedBytes);
      return fragments;
    } catch (error) {
      this.counters.increment("journal_read_errors");
      this.warn(`cannot read ${file.path}: ${String(error)}`);
      return [];
    }
  }
}
