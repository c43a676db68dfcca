import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Readings the simulator delivered intact to the tty (sent and not corrupted), from its ground-truth CSV. */
export function deliveredReadings(groundTruthDir: string, sensorId: string): number {
  const path = join(groundTruthDir, `${sensorId}.readings.csv`);
  if (!existsSync(path)) return 0;
  const [header = "", ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const columns = header.split(",");
  const sent = columns.indexOf("sent");
  const corrupted = columns.indexOf("corrupted");
  if (sent < 0 || corrupted < 0) throw new Error(`${path} lacks sent/corrupted columns`);
  const truthy = (value: string | undefined) => value === "true" || value === "1";
  return rows.filter((row) => {
    const cells = row.split(",");
    return truthy(cells[sent]) && !truthy(cells[corrupted]);
  }).length;
}

export interface TruthVolume {
  timeMs: number;
  volumeMl: number;
}

/** True bladder volume at every reading the simulator generated. */
export function truthVolumes(groundTruthDir: string, sensorId: string): TruthVolume[] {
  const path = join(groundTruthDir, `${sensorId}.readings.csv`);
  const [header = "", ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const columns = header.split(",");
  const time = columns.indexOf("sim_time_ms");
  const volume = columns.indexOf("volume_ml");
  return rows.map((row) => {
    const cells = row.split(",");
    return { timeMs: Number(cells[time]), volumeMl: Number(cells[volume]) };
  });
}

/** Mean true volume over [startMs, startMs + windowMs), or null when no reading falls inside. */
export function meanTruthVolume(
  truth: readonly TruthVolume[],
  startMs: number,
  windowMs: number,
): number | null {
  const inside = truth.filter((t) => t.timeMs >= startMs && t.timeMs < startMs + windowMs);
  return inside.length ? inside.reduce((sum, t) => sum + t.volumeMl, 0) / inside.length : null;
}
