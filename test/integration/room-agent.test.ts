// One agent per room, as on a room's Pi: resident room101's bladder sensor and sleep bed, each on its
// own pty (the bed with a Firmata alarm box for its bedside output), read by one agent process with one
// clock, one outbox and one MQTT identity, authentication and TLS on. Everything either sensor delivered
// is stored under that one device, the bed exits raise alerts and drive the bedside output.
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir } from "../../scripts/stack/index.ts";
import { type BedTally, bedTruthEvents, firmataRecords } from "../../scripts/system/bed-ground-truth.ts";
import { BED_ALARM_PIN } from "../../scripts/system/bed-system.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { type ResidentTally, settledTally } from "../../scripts/system/verify-run.ts";
import { stopAndSettleBeds } from "./bed-harness.ts";

const ACCELERATION = 20;
// 30 s empty, then twice: in bed 150 s, out 40 s. About 480 simulated seconds, 24 s of real time.
const NIGHT = { type: "short", leadS: 30, inBedS: 150, outS: 40, cycles: 2 } as const;
const NIGHT_S = 480;

describe("one agent reading a room's bladder sensor and sleep bed", () => {
  let system: RunningSystem;
  let beds: BedTally[];
  let bladders: ResidentTally[];
  let influx: InfluxDB;

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 1,
        acceleration: ACCELERATION,
        seed: 8,
        beds: {
          count: 1,
          transport: "serial",
          acceleration: ACCELERATION,
          night: NIGHT,
          channels: 2,
          sampleRateHz: 250,
          inResidentAgents: true,
          settings: { nightEndEmptyMin: 1.5, minNightInBedMin: 1 },
        },
      },
      makeRunDir("it-room-agent"),
    );
    influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    const endMs = system.startAtMs + (NIGHT_S * 1000) / ACCELERATION;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endMs - Date.now())));
    beds = await stopAndSettleBeds(system, 30);
    bladders = await settledTally(system.influxQueryUrl, system.residents, system.groundTruthDir, 30_000);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("runs one agent process for the room, with both sensors in its config", () => {
    expect([...system.agents.keys()]).toEqual(["room101"]);
    expect(system.beds.map((bed) => bed.deviceId)).toEqual(["room101"]);
  });

  it("stores every bladder reading and every raw bed instant the sensors delivered", async () => {
    expect(bladders).toHaveLength(1);
    expect(bladders[0]?.produced).toBeGreaterThan(5);
    expect(bladders[0]?.stored).toBe(bladders[0]?.produced);
    expect(beds).toHaveLength(1);
    expect(beds[0]?.produced).toBeGreaterThan(NIGHT_S * 250 * 0.9);
    expect(beds[0]?.stored).toBe(beds[0]?.produced);
    const devices = await influx.query<{ key: string; value: string }>(`SHOW TAG VALUES WITH KEY = "device"`);
    expect(new Set(devices.map((row) => row.value))).toEqual(new Set(["room101"]));
  });

  it("raises an alert for each bed exit and sounds the bedside output", async () => {
    const exits = bedTruthEvents(system.groundTruthDir, "bed-1").filter((e) => e.kind === "bed_exit");
    expect(exits).toHaveLength(2);
    const alerts = await influx.query<{ time: Date }>(
      `SELECT "alert_id" FROM "alert" WHERE "device" = 'room101' AND "sensor" = 'bed-1' AND "kind" = 'bed_exit' AND "state" = 'raised'`,
    );
    expect(alerts).toHaveLength(2);
    const raised = firmataRecords(system.groundTruthDir, "bed-1-alarm").filter(
      (r) => r.type === "output" && r.pin === BED_ALARM_PIN && r.value === 1,
    );
    expect(raised.length).toBeGreaterThanOrEqual(2);
    const first = raised[0]?.simTimeMs ?? 0;
    expect(first - (exits[0]?.simTimeMs ?? 0)).toBeGreaterThan(0);
    expect(first - (exits[0]?.simTimeMs ?? 0)).toBeLessThan(3000 * ACCELERATION);
  });
});
