// The foundation path on real parts: simulator on real ptys → agents → Mosquitto → bridge → InfluxDB.
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir } from "../../scripts/stack/index.ts";
import { meanTruthVolume, truthVolumes } from "../../scripts/system/ground-truth.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { type ResidentTally, settledTally } from "../../scripts/system/verify-run.ts";

describe("bladder readings from simulator to InfluxDB", () => {
  let system: RunningSystem;
  let tallies: ResidentTally[];

  beforeAll(async () => {
    system = await startSystem(
      // One simulated hour per real second, with 5 % of frames corrupted on the wire. The residents'
      // day starts at 03:00 UTC whenever the test runs: sensors put on at night, then the day (sitting).
      {
        ...defaultSystemOptions,
        residents: 3,
        acceleration: 3600,
        corruptFrameRate: 0.05,
        seed: 7,
        startUtcHour: 3,
      },
      makeRunDir("it-bladder"),
    );
    // Ten real seconds of readings: about 600 per resident.
    await new Promise((resolve) => setTimeout(resolve, system.startAtMs + 10_000 - Date.now()));
    await system.simulator.stop("SIGTERM", 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await Promise.all([...system.agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
    tallies = await settledTally(system.influxQueryUrl, system.residents, system.groundTruthDir, 30_000);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("stores every reading the simulator delivered intact, for every resident", () => {
    expect(tallies).toHaveLength(3);
    for (const tally of tallies) {
      expect(tally.produced).toBeGreaterThan(100);
      expect(tally.stored).toBe(tally.produced);
    }
  });

  it("leaves no gaps in any agent's envelope sequence", () => {
    for (const tally of tallies) {
      expect(tally.envelopes).toBeGreaterThan(0);
      expect(tally.seqGaps).toBe(0);
    }
  });

  it("counts the corrupt frames the simulator injected in each agent's status", async () => {
    const influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    const rows = await influx.query<{ device: string; bad: number }>(
      `SELECT max("frames_rejected_bad_crc") AS bad FROM "device_status" GROUP BY "device"`,
    );
    const rejected = new Map(rows.map((row) => [row.device, Number(row.bad)]));
    for (const resident of system.residents) expect(rejected.get(resident.deviceId) ?? 0).toBeGreaterThan(0);
  });

  it("writes fill estimates per window that follow the true volume", async () => {
    const influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    for (const resident of system.residents) {
      const rows = await influx.query<{ time: Date; volume_ml: number }>(
        `SELECT "volume_ml" FROM "bladder_fill" WHERE "device" = '${resident.deviceId}' AND "quality" = 'good'`,
      );
      const truth = truthVolumes(system.groundTruthDir, resident.sensorId);
      const errors = rows.flatMap((row) => {
        const expected = meanTruthVolume(truth, row.time.getTime(), 5 * 60_000);
        return expected === null ? [] : [Math.abs(Number(row.volume_ml) - expected)];
      });
      expect(errors.length).toBeGreaterThan(20);
      const meanError = errors.reduce((sum, e) => sum + e, 0) / errors.length;
      console.log(
        `${resident.deviceId}: bladder_fill MAE ${meanError.toFixed(1)} mL over ${errors.length} windows`,
      );
      // Measurement noise and posture changes make a few mL of error per window normal.
      expect(meanError).toBeLessThan(15);
    }
  });
});
