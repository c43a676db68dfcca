// What a sensor's analysis must keep across agent restarts (settings changed by command, a learned
// personal model), one small JSON file per sensor in the agent's state folder:
// <stateDir>/sensors/<sensorId>.json. A save writes a temporary file, fsyncs it, renames it over the
// old one and fsyncs the folder, so after a crash or power cut the file is either the old state or the
// new one, never a mix. The file carries a SHA-256 of its state: a file that does not parse or whose
// digest does not match (a torn or edited file) loads as "no state" and is counted, so the analysis
// starts from its defaults instead of from garbage. What the state means is the analyzer's business;
// it validates what it gets back.
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";

export interface SensorStateStore {
  /** The state saved last, or null when there is none or it is unreadable (counted). */
  load(): unknown;
  /** Saves durably; false when the write failed (counted, the previous file stays). */
  save(state: unknown): boolean;
}

export interface StateCounters {
  increment(name: string, by?: number): void;
}

const FORMAT = 1;

const digestOf = (stateJson: string): string => createHash("sha256").update(stateJson).digest("hex");

/** The file text of a state: a format number, the digest, the state. */
export function encodeSensorState(state: unknown): string {
  const stateJson = JSON.stringify(state);
  return `{"format":${FORMAT},"sha256":"${digestOf(stateJson)}","state":${stateJson}}\n`;
}

export type DecodedState = { ok: true; state: unknown } | { ok: false; reason: string };

export function decodeSensorState(text: string): DecodedState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== "object" || parsed === null) return { ok: false, reason: "not an object" };
  const record = parsed as Record<string, unknown>;
  if (record.format !== FORMAT) return { ok: false, reason: `unknown format ${String(record.format)}` };
  if (record.sha256 !== digestOf(JSON.stringify(record.state)))
    return { ok: false, reason: "digest mismatch" };
  return { ok: true, state: record.state };
}

export class FileSensorStateStore implements SensorStateStore {
  readonly path: string;

  constructor(
    private readonly dir: string,
    sensorId: string,
    private readonly counters: StateCounters,
    private readonly warn: (message: string) => void = () => undefined,
  ) {
    this.path = join(dir, `${sensorId}.json`);
  }

  load(): unknown {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") this.unreadable(String(error));
      return null;
    }
    const decoded = decodeSensorState(text);
    if (!decoded.ok) {
      this.unreadable(decoded.reason);
      return null;
    }
    this.counters.increment("sensor_state_loaded");
    return decoded.state;
  }

  save(state: unknown): boolean {
    const temporary = `${this.path}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      const fd = openSync(temporary, "w", 0o600);
      try {
        writeSync(fd, encodeSensorState(state));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.path);
      // The rename itself is durable only once the folder is synced.
      const dirFd = openSync(this.dir, "r");
      try {
        fsyncSync(dirFd);
      } finally {
        closeSync(dirFd);
      }
      this.counters.increment("sensor_state_saved");
      return true;
    } catch (error) {
      this.counters.increment("sensor_state_save_errors");
      this.warn(`cannot save sensor state ${this.path}: ${(error as Error).message}`);
      return false;
    }
  }

  private unreadable(reason: string): void {
    this.counters.increment("sensor_state_unreadable");
    this.warn(`sensor state ${this.path} unreadable (${reason}): starting from the defaults`);
  }
}

/** For the in-memory outbox mode and tests: the same contract, nothing on disk. */
export class MemorySensorStateStore implements SensorStateStore {
  private text: string | null = null;

  load(): unknown {
    if (this.text === null) return null;
    const decoded = decodeSensorState(this.text);
    return decoded.ok ? decoded.state : null;
  }

  save(state: unknown): boolean {
    this.text = encodeSensorState(state);
    return true;
  }
}

/** The folder that holds the sensors' state files inside the agent's state folder. */
export const sensorStateDir = (stateDir: string): string => join(stateDir, "sensors");
