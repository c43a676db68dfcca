// Reads spool segments back in blocks, keeping the one segment file it reads open.
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { recordLengthAt } from "./spool-record.ts";
import { type Segment, segmentName } from "./spool-segment.ts";

/** Far enough ahead to fill a drain request with one or two system calls. */
const READ_BLOCK_BYTES = 1 << 20;

export class SegmentReader {
  readonly #dir: string;
  #open: { segment: number; fd: number } | undefined;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Up to a block of `segment` from `offset`, or exactly one record when that record is larger. */
  readBlock(segment: Segment, offset: number): Buffer {
    if (this.#open?.segment !== segment.number) {
      this.close();
      const fd = openSync(join(this.#dir, segmentName(segment.number)), "r");
      this.#open = { segment: segment.number, fd };
    }
    const available = segment.bytes - offset;
    const block = this.#readAt(this.#open.fd, Math.min(available, READ_BLOCK_BYTES), offset);
    const first = recordLengthAt(block, 0);
    return first !== undefined && first > block.length && first <= available
      ? this.#readAt(this.#open.fd, first, offset)
      : block;
  }

  /** Called before a segment file is deleted. */
  forget(segmentNumber: number): void {
    if (this.#open?.segment === segmentNumber) this.close();
  }

  close(): void {
    if (this.#open) closeSync(this.#open.fd);
    this.#open = undefined;
  }

  #readAt(fd: number, length: number, offset: number): Buffer {
    const block = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const got = readSync(fd, block, read, length - read, offset + read);
      if (got === 0) break;
      read += got;
    }
    return block.subarray(0, read);
  }
}
