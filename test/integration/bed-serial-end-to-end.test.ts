// The bed path on real parts: three emulated beds streaming 250 Hz sample blocks over real ptys (20×
// simulated time, sample counters wrapping) → one agent per bed → Mosquitto → bridge → InfluxDB.
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir } from "../../scripts/stack/index.ts";
import {
  type BedTally,
  bedTruthEvents,
  bedTruthSeconds,
  meanTruthHeartRate,
} from "../../scripts/system/bed-ground-truth.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { stopAndSettleBeds } from "./bed-harness.ts";

const ACCELERATION = 20;
// 30 s empty, then twice: in bed 150 s (awake, then asleep), sit on the edge, out 40 s. About 480 s.
const NIGHT = { type: "short", leadS: 30, inBedS: 150, outS: 40, cycles: 2 } as const;
// The night ends (summary) 1.5 min after the last exit: a stay out of 40 s does not end it.
const NIGHT_S = 560;

describe("bed sample blocks from the emulator over serial to InfluxDB", () => {
  let system: RunningSystem;
  let tallies: BedTally[];
  let influx: InfluxDB;

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 0,
        acceleration: 1,
        seed: 5,
        beds: {
          count: 3,
          transport: "serial",
          acceleration: ACCELERATION,
          night: NIGHT,
          channels: 2,
          sampleRateHz: 250,
          // Wraps after 50 000 instants (200 simulated seconds).
          counterStart: 2 ** 32 - 50_000,
          localAlarm: false,
          settings: { nightEndEmptyMin: 1.5, minNightInBedMin: 1 },
        },
      },
      makeRunDir("it-bed-serial"),
    );
    influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    const endMs = system.startAtMs + (NIGHT_S * 1000) / ACCELERATION;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endMs - Date.now())));
    tallies = await stopAndSettleBeds(system, 30);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("stores exactly the raw instants each emulator delivered, across the counter wrap", () => {
    expect(tallies).toHaveLength(3);
    for (const tally of tallies) {
      expect(tally.produced).toBeGreaterThan(NIGHT_S * 250 * 0.9);
      expect(tally.stored).toBe(tally.produced);
    }
  });

  it("writes bed_epoch observations whose heart rate follows the truth", async () => {
    const all: number[] = [];
    for (const bed of system.beds) {
      const rows = await influx.query<{ time: Date; hr_bpm: number | null }>(
        `SELECT "hr_bpm", "occupancy" FROM "bed_epoch" WHERE "sensor" = '${bed.sensorId}'`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(14);
      const truth = bedTruthSeconds(system.groundTruthDir, bed.sensorId);
      const errors = rows.flatMap((row) => {
        if (row.hr_bpm === null) return [];
        const expected = meanTruthHeartRate(truth, row.time.getTime(), 30_000);
        return expected === null ? [] : [Math.abs(Number(row.hr_bpm) - expected)];
      });
      expect(errors.length).toBeGreaterThanOrEqual(4);
      expect(errors.reduce((sum, e) => sum + e, 0) / errors.length).toBeLessThan(3);
      all.push(...errors);
    }
    const mae = all.reduce((sum, e) => sum + e, 0) / all.length;
    console.log(
      `bed epochs: heart rate MAE ${mae.toFixed(2)} bpm over ${all.length} epochs with a good estimate`,
    );
  });

  it("reports every bed exit of the scenario, with an alert, within seconds of the physical event", async () => {
    const latencies: number[] = [];
    for (const bed of system.beds) {
      const exits = bedTruthEvents(system.groundTruthDir, bed.sensorId).filter((e) => e.kind === "bed_exit");
      expect(exits.length).toBeGreaterThanOrEqual(2);
      const events = await influx.query<{ time: Date }>(
        `SELECT "detail" FROM "event" WHERE "sensor" = '${bed.sensorId}' AND "kind" = 'bed_exit'`,
      );
      const alerts = await influx.query<{ time: Date }>(
        `SELECT "alert_id" FROM "alert" WHERE "sensor" = '${bed.sensorId}' AND "kind" = 'bed_exit' AND "state" = 'raised'`,
      );
      expect(events).toHaveLength(exits.length);
      expect(alerts).toHaveLength(exits.length);
      for (const [i, exit] of exits.entries()) {
        const latencyS = ((events[i]?.time.getTime() ?? 0) - exit.simTimeMs) / 1000;
        expect(latencyS).toBeGreaterThan(-0.5);
        expect(latencyS).toBeLessThan(3);
        latencies.push(latencyS);
      }
    }
    const shown = latencies.sort((a, b) => a - b).map((l) => l.toFixed(2));
    console.log(`bed exits: event time − physical exit (s): ${shown.join(", ")}`);
  });

  it("stores the live sleep/wake flag of every epoch but the last 3 min, dated like the epochs", async () => {
    for (const bed of system.beds) {
      const epochs = await influx.query<{ time: Date }>(
        `SELECT "occupancy" FROM "bed_epoch" WHERE "sensor" = '${bed.sensorId}'`,
      );
      const sleep = await influx.query<{ time: Date; asleep: number; delay_s: number }>(
        `SELECT "asleep", "delay_s" FROM "bed_sleep" WHERE "sensor" = '${bed.sensorId}'`,
      );
      expect(sleep.length).toBe(epochs.length - 6);
      expect(sleep.map((row) => row.time.getTime())).toEqual(
        epochs.slice(0, sleep.length).map((row) => row.time.getTime()),
      );
      for (const row of sleep) {
        expect([0, 1]).toContain(Number(row.asleep));
        expect(Number(row.delay_s)).toBe(180);
      }
    }
  });

  it("summarizes the night once the resident stays out of bed", async () => {
    for (const bed of system.beds) {
      const rows = await influx.query<{ time_in_bed_min: number }>(
        `SELECT "time_in_bed_min" FROM "bed_night" WHERE "sensor" = '${bed.sensorId}'`,
      );
      expect(rows).toHaveLength(1);
      // Two stays of ~2.5–3 min each.
      expect(Number(rows[0]?.time_in_bed_min)).toBeGreaterThan(4);
      expect(Number(rows[0]?.time_in_bed_min)).toBeLessThan(8);
    }
  });
});
