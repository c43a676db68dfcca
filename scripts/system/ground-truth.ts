import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One row of the bladder simulator's `<sensor>.readings.csv`, the columns the checks use. */
export interface TruthReading {
  frameSeq: number;
  simTimeMs: number;
  volumeMl: number;
  /** Written to the link intact: sent and not corrupted. */
  delivered: boolean;
  /** Written to the link with a corrupted frame. */
  corrupted: boolean;
}

/** Every reading the simulator generated, from its ground-truth CSV (none while the file is absent). */
export function truthReadings(groundTruthDir: string, sensorId: string): TruthReading[] {
  const path = join(groundTruthDir, `${sensorId}.readings.csv`);
  if (!existsSync(path)) return [];
  const [header = "", ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const columns = header.split(",");
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${path} lacks the ${name} column`);
    return index;
  };
  const column = {
    sent: at("sent"),
    corrupted: at("corrupted"),
    frameSeq: at("frame_seq"),
    simTime: at("sim_time_ms"),
    volume: at("volume_ml"),
  };
  const truthy = (value: string | undefined) => value === "true" || value === "1";
  return rows.map((row) => {
    const cells = row.split(",");
    return {
      frameSeq: Number(cells[column.frameSeq]),
      simTimeMs: Number(cells[column.simTime]),
      volumeMl: Number(cells[column.volume]),
      delivered: truthy(cells[column.sent]) && !truthy(cells[column.corrupted]),
      corrupted: truthy(cells[column.sent]) && truthy(cells[column.corrupted]),
    };
  });
}

/**
 * Readings the simulator delivered intact to the link, and those it sent with a corrupted frame (the
 * agent must reject and count them), from one read of the ground truth.
 */
export function sentReadings(
  groundTruthDir: string,
  sensorId: string,
): { delivered: number; corrupted: number } {
  const sent = { delivered: 0, corrupted: 0 };
  for (const reading of truthReadings(groundTruthDir, sensorId)) {
    if (reading.delivered) sent.delivered++;
    if (reading.corrupted) sent.corrupted++;
  }
  return sent;
}

export interface TruthVolume {
  timeMs: number;
  volumeMl: number;
}

/** True bladder volume at every reading the simulator generated. */
export function truthVolumes(groundTruthDir: string, sensorId: string): TruthVolume[] {
  return truthReadings(groundTruthDir, sensorId).map((reading) => ({
    timeMs: reading.simTimeMs,
    volumeMl: reading.volumeMl,
  }));
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
