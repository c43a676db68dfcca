// The Firmata path on real parts: two emulated Firmata boards on real ptys present beds' load cells as
// 10-bit analog inputs (100 Hz, 4× simulated time) → johnny-five + firmata-io in each agent turn the
// reports into sample blocks → the bed pipeline → Mosquitto → bridge → InfluxDB.
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir } from "../../scripts/stack/index.ts";
import {
  type BedTally,
  bedTruthEvents,
  bedTruthSeconds,
  firmataRecords,
  meanTruthRate,
} from "../../scripts/system/bed-ground-truth.ts";
import { BED_ALARM_PIN } from "../../scripts/system/bed-system.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { stopAndSettleBeds } from "./bed-harness.ts";

// 10 s empty, get in, 100 s in bed (two whole epochs), get out: with seed 34 both beds' residents stand
// up by ~130 s (simulated).
const ACCELERATION = 4;
const NIGHT = { type: "short", leadS: 10, inBedS: 100, outS: 20, cycles: 1 } as const;
const RUN_S = 140;

describe("bed load cells on a Firmata board, read through johnny-five, to InfluxDB", () => {
  let system: RunningSystem;
  let tallies: BedTally[];
  let influx: InfluxDB;

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 0,
        acceleration: 1,
        seed: 34,
        beds: { count: 2, transport: "firmata", acceleration: ACCELERATION, night: NIGHT, channels: 2 },
      },
      makeRunDir("it-bed-firmata"),
    );
    influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, system.startAtMs + (RUN_S * 1000) / ACCELERATION - Date.now())),
    );
    tallies = await stopAndSettleBeds(system, 20);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("stores every analog sample instant the boards reported", () => {
    expect(tallies).toHaveLength(2);
    for (const tally of tallies) {
      // 100 reports per second from the moment the agent switched reporting on.
      expect(tally.produced).toBeGreaterThan(RUN_S * 100 * 0.8);
      expect(tally.stored).toBe(tally.produced);
    }
  });

  it("stores the raw load in kg at the Firmata rate, and heart and breathing rates near the truth", async () => {
    for (const bed of system.beds) {
      const [stats] = await influx.query<{ max: number }>(
        `SELECT max("load_2") FROM "care"."raw"."bed_load" WHERE "sensor" = '${bed.sensorId}'`,
      );
      // Somebody lay on the bed: tens of kg on the hips-and-legs channel.
      expect(Number(stats?.max)).toBeGreaterThan(15);
      const epochs = await influx.query<{ time: Date; hr_bpm: number | null; rr_per_min: number | null }>(
        `SELECT "hr_bpm", "rr_per_min", "occupancy" FROM "bed_epoch" WHERE "sensor" = '${bed.sensorId}'`,
      );
      const truth = bedTruthSeconds(system.groundTruthDir, bed.sensorId);
      const errors = (field: "hr_bpm" | "rr_per_min", rate: "heartRateBpm" | "breathingRatePerMin") =>
        epochs.flatMap((epoch) => {
          const expected = meanTruthRate(truth, epoch.time.getTime(), 30_000, rate);
          const value = epoch[field];
          return value === null || expected === null ? [] : [Math.abs(Number(value) - expected)];
        });
      // Two epochs lie wholly in bed; 10-bit inputs still give each rate close to the truth.
      const heart = errors("hr_bpm", "heartRateBpm");
      const breathing = errors("rr_per_min", "breathingRatePerMin");
      console.log(
        `${bed.sensorId}: |HR error| ${heart.map((e) => e.toFixed(2))} bpm, |RR error| ${breathing.map((e) => e.toFixed(2))} /min`,
      );
      expect(heart.length).toBeGreaterThanOrEqual(1);
      expect(breathing.length).toBeGreaterThanOrEqual(1);
      expect(Math.max(...heart)).toBeLessThan(3);
      expect(Math.max(...breathing)).toBeLessThan(1.5);
    }
  });

  it("detects the return and the bed exit, and switches the bedside alarm on", async () => {
    for (const bed of system.beds) {
      const truth = bedTruthEvents(system.groundTruthDir, bed.sensorId);
      for (const kind of ["return", "bed_exit"]) {
        const physical = truth.find((e) => e.kind === kind);
        const [detected] = await influx.query<{ time: Date }>(
          `SELECT "detail" FROM "event" WHERE "sensor" = '${bed.sensorId}' AND "kind" = '${kind}'`,
        );
        expect(physical).toBeDefined();
        // Simulated seconds: the agents' clock runs at the beds' acceleration.
        const latencyS = ((detected?.time.getTime() ?? 0) - (physical?.simTimeMs ?? 0)) / 1000;
        expect(latencyS).toBeGreaterThan(-0.5);
        expect(latencyS).toBeLessThan(3);
      }
      const high = firmataRecords(system.groundTruthDir, bed.sensorId).find(
        (r) => r.type === "output" && r.pin === BED_ALARM_PIN && r.value === 1,
      );
      expect(high).toBeDefined();
    }
  });
});
