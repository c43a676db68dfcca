// Reads what the bed emulators wrote (sim/bed/emulator-truth.ts, sim/firmata) and compares it with
// InfluxDB: raw instants delivered vs stored, epochs and events per bed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InfluxDB } from "influx";
import type { BedUnit } from "./bed-system.ts";

export interface BedSampleCounts {
  generated: number;
  sent: number;
  /** Instants in frames that left undamaged. */
  intact: number;
  frames: number;
}

export interface BedTruthEvent {
  kind: string;
  simTimeMs: number;
  night: number;
  timeS: number;
}

export interface BedTruthSecond {
  simTimeMs: number;
  state: string;
  asleep: boolean;
  heartRateBpm: number | null;
  breathingRatePerMin: number | null;
}

export interface FirmataRecord {
  realMs: number;
  simTimeMs: number;
  type: string;
  pin?: number;
  value?: number;
  ticksSent?: number;
}

function jsonLines<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

function bedEvents(dir: string, sensorId: string) {
  return jsonLines<{ type: string } & Record<string, unknown>>(join(dir, `${sensorId}.bed-events.jsonl`));
}

/** The counters of the emulator's last record ("stop" once it stopped). */
export function bedSampleCounts(dir: string, sensorId: string): BedSampleCounts | null {
  const last = bedEvents(dir, sensorId)
    .filter((e) => e.type === "progress" || e.type === "stop")
    .at(-1);
  return last ? (last as unknown as BedSampleCounts) : null;
}

export function bedTruthEvents(dir: string, sensorId: string): BedTruthEvent[] {
  return bedEvents(dir, sensorId).filter((e) => e.type === "truth_event") as unknown as BedTruthEvent[];
}

export function bedTruthSeconds(dir: string, sensorId: string): BedTruthSecond[] {
  const path = join(dir, `${sensorId}.bed-seconds.csv`);
  if (!existsSync(path)) return [];
  const [, ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const rate = (cell: string | undefined) => (cell ? Number(cell) : null);
  return rows.map((row) => {
    const [time, , , state = "", asleep, heart, breathing] = row.split(",");
    return {
      simTimeMs: Number(time),
      state,
      asleep: asleep === "true",
      heartRateBpm: rate(heart),
      breathingRatePerMin: rate(breathing),
    };
  });
}

/** Mean true rate over [startMs, startMs + windowMs), when every second in it has one. */
export function meanTruthRate(
  seconds: readonly BedTruthSecond[],
  startMs: number,
  windowMs: number,
  rate: "heartRateBpm" | "breathingRatePerMin",
): number | null {
  const inside = seconds.filter((s) => s.simTimeMs >= startMs && s.simTimeMs < startMs + windowMs);
  const rates = inside.map((s) => s[rate]);
  if (inside.length < (windowMs / 1000) * 0.9 || rates.some((r) => r === null)) return null;
  return (rates as number[]).reduce((sum, r) => sum + r, 0) / rates.length;
}

export function meanTruthHeartRate(
  seconds: readonly BedTruthSecond[],
  startMs: number,
  windowMs: number,
): number | null {
  return meanTruthRate(seconds, startMs, windowMs, "heartRateBpm");
}

/** Pin events and counters of an emulated Firmata board (<id>.firmata.jsonl). */
export function firmataRecords(dir: string, boardId: string): FirmataRecord[] {
  return jsonLines<FirmataRecord>(join(dir, `${boardId}.firmata.jsonl`));
}

/** Instants a receiver could store: intact frames, or the analog ticks a Firmata board reported. */
export function deliveredBedInstants(dir: string, bed: Pick<BedUnit, "sensorId" | "protocol">): number {
  if (bed.protocol === "firmata") {
    const last = firmataRecords(dir, bed.sensorId)
      .filter((r) => r.ticksSent !== undefined)
      .at(-1);
    return last?.ticksSent ?? 0;
  }
  return bedSampleCounts(dir, bed.sensorId)?.intact ?? 0;
}

export interface BedTally {
  deviceId: string;
  sensorId: string;
  produced: number;
  stored: number;
  epochs: number;
  events: number;
}

export async function tallyBeds(
  influxUrl: string,
  beds: readonly BedUnit[],
  dir: string,
): Promise<BedTally[]> {
  const influx = new InfluxDB(`${influxUrl}/care`);
  const tallies: BedTally[] = [];
  for (const bed of beds) {
    const count = async (query: string) =>
      Number((await influx.query<{ count: number }>(query))[0]?.count ?? 0);
    tallies.push({
      deviceId: bed.deviceId,
      sensorId: bed.sensorId,
      produced: deliveredBedInstants(dir, bed),
      stored: await count(
        `SELECT count("load_1") FROM "care"."raw"."bed_load" WHERE "sensor" = '${bed.sensorId}'`,
      ),
      epochs: await count(`SELECT count("occupancy") FROM "bed_epoch" WHERE "sensor" = '${bed.sensorId}'`),
      events: await count(`SELECT count("detail") FROM "event" WHERE "sensor" = '${bed.sensorId}'`),
    });
  }
  return tallies;
}

/** The demo's live summary of the beds. */
export function bedTallyLine(tallies: readonly BedTally[]): string {
  return tallies
    .map((t) => `${t.deviceId} raw ${t.stored}/${t.produced} epochs ${t.epochs} events ${t.events}`)
    .join("  ");
}
