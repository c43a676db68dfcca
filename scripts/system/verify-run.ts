// Compares what the simulator produced with what InfluxDB holds: readings per resident and
// gaps in each agent boot's envelope sequence.
import { InfluxDB } from "influx";
import { sentReadings } from "./ground-truth.ts";
import type { Resident } from "./system-config.ts";

export interface ResidentTally {
  deviceId: string;
  sensorId: string;
  produced: number;
  stored: number;
  envelopes: number;
  seqGaps: number;
  /** Frames the simulator corrupted on the wire. */
  corrupted: number;
  /** What the agent rejected, by reason (its status counters): bad_crc, bad_length, noise (runs of stray bytes), … */
  rejected: Record<string, number>;
}

function seqGaps(seqs: number[]): number {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  // Sequences start at 1 with every boot; anything missing below the highest seen is a gap.
  const highest = sorted[sorted.length - 1] ?? 0;
  return highest - sorted.length;
}

export async function tallyRun(
  influxUrl: string,
  residents: Resident[],
  groundTruthDir: string,
): Promise<ResidentTally[]> {
  const influx = new InfluxDB(`${influxUrl}/care`);
  const tallies: ResidentTally[] = [];
  for (const resident of residents) {
    const stored = await influx.query<{ count: number }>(
      `SELECT count("anterior_mm") FROM "care"."raw"."bladder_echo" WHERE "sensor" = '${resident.sensorId}'`,
    );
    const envelopes = await influx.query<{ seq: number; boot: string }>(
      `SELECT "seq", "boot" FROM "envelope" WHERE "device" = '${resident.deviceId}' AND "seq" > 0`,
    );
    const byBoot = new Map<string, number[]>();
    for (const row of envelopes) byBoot.set(row.boot, [...(byBoot.get(row.boot) ?? []), Number(row.seq)]);
    const rejected = await framesRejected(influx, resident.deviceId);
    const sent = sentReadings(groundTruthDir, resident.sensorId);
    tallies.push({
      corrupted: sent.corrupted,
      rejected,
      deviceId: resident.deviceId,
      sensorId: resident.sensorId,
      produced: sent.delivered,
      stored: Number(stored[0]?.count ?? 0),
      envelopes: envelopes.length,
      seqGaps: [...byBoot.values()].reduce((sum, seqs) => sum + seqGaps(seqs), 0),
    });
  }
  return tallies;
}

/** What the agent rejected, by reason, from its latest status (one boot in a demo). */
async function framesRejected(influx: InfluxDB, deviceId: string): Promise<Record<string, number>> {
  const [row] = await influx.query<Record<string, unknown>>(
    `SELECT last(/^frames_rejected_/) FROM "device_status" WHERE "device" = '${deviceId}'`,
  );
  const prefix = "last_frames_rejected_";
  return Object.fromEntries(
    Object.entries(row ?? {})
      .filter(([name, value]) => name.startsWith(prefix) && Number(value) > 0)
      .map(([name, value]) => [name.slice(prefix.length), Number(value)]),
  );
}

/** Polls until two consecutive tallies agree: the pipeline has drained. */
export async function settledTally(
  influxUrl: string,
  residents: Resident[],
  groundTruthDir: string,
  timeoutMs = 30_000,
): Promise<ResidentTally[]> {
  const deadline = Date.now() + timeoutMs;
  let previous = "";
  for (;;) {
    const tallies = await tallyRun(influxUrl, residents, groundTruthDir);
    const key = JSON.stringify(tallies);
    const complete = tallies.every((t) => t.stored >= t.produced && t.seqGaps === 0);
    if ((key === previous && complete) || Date.now() > deadline) return tallies;
    previous = key;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
