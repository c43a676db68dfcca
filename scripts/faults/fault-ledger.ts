// What the simulator produced against what InfluxDB holds, reading by reading, for one resident.
import { InfluxDB } from "influx";
import { truthReadings } from "../system/ground-truth.ts";

export interface ProducedReading {
  frameSeq: number;
  simTimeMs: number;
}

/** Readings the simulator wrote to the link intact (ground truth: sent and not corrupted). */
export function producedReadings(groundTruthDir: string, sensorId: string): ProducedReading[] {
  return truthReadings(groundTruthDir, sensorId)
    .filter((reading) => reading.delivered)
    .map(({ frameSeq, simTimeMs }) => ({ frameSeq, simTimeMs }));
}

export interface StoredTally {
  points: number;
  distinctSeqs: Set<number>;
}

export async function storedReadings(influxQueryUrl: string, sensorId: string): Promise<StoredTally> {
  const influx = new InfluxDB(`${influxQueryUrl}/care`);
  const rows = await influx.query<{ sensor_seq: number }>(
    `SELECT "sensor_seq" FROM "care"."raw"."bladder_echo" WHERE "sensor" = '${sensorId}'`,
  );
  return { points: rows.length, distinctSeqs: new Set(rows.map((row) => Number(row.sensor_seq))) };
}

export interface Ledger {
  /** Every produced reading, in order. */
  readings: readonly ProducedReading[];
  storedSeqs: ReadonlySet<number>;
  produced: number;
  stored: number;
  /** Points beyond one per distinct reading: the same reading stored twice under different times. */
  duplicates: number;
  /** Produced readings that InfluxDB does not hold. */
  missing: ProducedReading[];
  /** Whether InfluxDB holds a reading produced at or after this simulated time. */
  storedSince(simTimeMs: number): boolean;
}

export function reconcile(produced: readonly ProducedReading[], stored: StoredTally): Ledger {
  return {
    readings: produced,
    storedSeqs: stored.distinctSeqs,
    produced: produced.length,
    stored: stored.distinctSeqs.size,
    duplicates: stored.points - stored.distinctSeqs.size,
    missing: produced.filter((reading) => !stored.distinctSeqs.has(reading.frameSeq)),
    storedSince: (simTimeMs) =>
      produced.some((reading) => reading.simTimeMs >= simTimeMs && stored.distinctSeqs.has(reading.frameSeq)),
  };
}

/** A resident's ledger split into what the link fault excuses and what nothing explains. */
export interface ResidentOutcome {
  sensorId: string;
  produced: number;
  stored: number;
  duplicates: number;
  /** Missing readings the sensor wrote while no agent read its link. */
  excused: number;
  /** Missing readings nothing explains: must be none. */
  unexplained: ProducedReading[];
}

export function splitMissing(
  sensorId: string,
  ledger: Ledger,
  excused: (reading: ProducedReading) => boolean,
): ResidentOutcome {
  const unexplained = ledger.missing.filter((reading) => !excused(reading));
  return {
    sensorId,
    produced: ledger.produced,
    stored: ledger.stored,
    duplicates: ledger.duplicates,
    excused: ledger.missing.length - unexplained.length,
    unexplained,
  };
}
