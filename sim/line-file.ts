// A text file written line by line with buffered synchronous appends: flush() (called at least once a
// second by the run loop) makes the lines visible, so tests can follow the file while the simulation
// runs, and a signal handler can write the last lines before exit. Started afresh each run.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** Flush early when this much text is waiting. */
const MAX_BUFFERED_CHARS = 256 * 1024;

export class LineFile {
  private readonly fd: number;
  private lines: string[] = [];
  private chars = 0;
  private closed = false;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, "w");
  }

  add(line: string): void {
    if (this.closed) return;
    this.lines.push(line);
    this.chars += line.length + 1;
    if (this.chars >= MAX_BUFFERED_CHARS) this.flush();
  }

  json(record: object): void {
    this.add(JSON.stringify(record));
  }

  flush(): void {
    if (this.closed || this.lines.length === 0) return;
    writeSync(this.fd, `${this.lines.join("\n")}\n`);
    this.lines = [];
    this.chars = 0;
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }
}
