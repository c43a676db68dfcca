// Appends ground truth to <dir>/<sensorId>.readings.csv and <dir>/<sensorId>.events.jsonl.
// Lines are buffered and written with synchronous appends on flush(), which the emulator calls at
// least once a second, so a reader can follow the files while the simulation runs, and a signal
// handler can flush the last lines before exit.
import { join } from "node:path";
import { LineFile } from "../line-file.ts";
import {
  eventJsonLine,
  type GroundTruthEvent,
  READINGS_CSV_HEADER,
  type ReadingRecord,
  readingCsvRow,
} from "./ground-truth.ts";

export function groundTruthPaths(dir: string, sensorId: string): { readings: string; events: string } {
  return { readings: join(dir, `${sensorId}.readings.csv`), events: join(dir, `${sensorId}.events.jsonl`) };
}

export class GroundTruthWriter {
  private readonly readings: LineFile;
  private readonly events: LineFile;
  private closed = false;

  constructor(dir: string, sensorId: string) {
    const paths = groundTruthPaths(dir, sensorId);
    this.readings = new LineFile(paths.readings);
    this.events = new LineFile(paths.events);
    this.readings.add(READINGS_CSV_HEADER);
    this.readings.flush();
  }

  reading(record: ReadingRecord): void {
    this.readings.add(readingCsvRow(record));
  }

  event(event: GroundTruthEvent): void {
    this.events.add(eventJsonLine(event));
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
