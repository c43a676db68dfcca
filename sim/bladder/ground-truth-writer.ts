// Appends ground truth to <dir>/<sensorId>.readings.csv and <dir>/<sensorId>.events.jsonl.
// Lines are buffered and written with synchronous appends on flush(), which the emulator calls at
// least once a second, so a reader can follow the files while the simulation runs, and a signal
// handler can flush the last lines before exit.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import {
  eventJsonLine,
  type GroundTruthEvent,
  READINGS_CSV_HEADER,
  type ReadingRecord,
  readingCsvRow,
} from "./ground-truth.ts";

/** Flush early when this much text is waiting, whatever the timer says. */
const MAX_BUFFERED_CHARS = 256 * 1024;

export function groundTruthPaths(dir: string, sensorId: string): { readings: string; events: string } {
  return { readings: join(dir, `${sensorId}.readings.csv`), events: join(dir, `${sensorId}.events.jsonl`) };
}

class LineFile {
  private readonly fd: number;
  private lines: string[] = [];
  private chars = 0;

  constructor(path: string) {
    // A run starts its files afresh; within the run they only grow.
    this.fd = openSync(path, "w");
  }

  add(line: string): boolean {
    this.lines.push(line);
    this.chars += line.length + 1;
    return this.chars >= MAX_BUFFERED_CHARS;
  }

  flush(): void {
    if (this.lines.length === 0) return;
    writeSync(this.fd, `${this.lines.join("\n")}\n`);
    this.lines = [];
    this.chars = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export class GroundTruthWriter {
  private readonly readings: LineFile;
  private readonly events: LineFile;
  private closed = false;

  constructor(dir: string, sensorId: string) {
    mkdirSync(dir, { recursive: true });
    const paths = groundTruthPaths(dir, sensorId);
    this.readings = new LineFile(paths.readings);
    this.events = new LineFile(paths.events);
    this.readings.add(READINGS_CSV_HEADER);
    this.readings.flush();
  }

  reading(record: ReadingRecord): void {
    if (this.readings.add(readingCsvRow(record))) this.readings.flush();
  }

  event(event: GroundTruthEvent): void {
    if (this.events.add(eventJsonLine(event))) this.events.flush();
  }

  flush(): void {
    if (this.closed) return;
    this.readings.flush();
    this.events.flush();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.readings.close();
    this.events.close();
  }
}
