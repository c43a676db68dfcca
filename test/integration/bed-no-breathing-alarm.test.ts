// The bedside alarm for a breathing pause without network: a scripted night (a scenario file) has the
// resident fall asleep and stop breathing for 35 s while Mosquitto is stopped; the agent's no-breathing
// alert drives the alarm output of the bed's Firmata board through johnny-five, and clears it when
// breathing resumes. When the broker is back, the buffered alert life cycle reaches InfluxDB.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir, waitFor } from "../../scripts/stack/index.ts";
import { firmataRecords } from "../../scripts/system/bed-ground-truth.ts";
import { BED_ALARM_PIN } from "../../scripts/system/bed-system.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { drawResident, drawSensor, type NightScenario, type NightSegment } from "../../sim/bed/index.ts";

const ACCELERATION = 10;
const APNOEA = { startS: 80, durationS: 35 };
const NIGHT_S = 170;

const segment = (startS: number, endS: number, partial: Partial<NightSegment>): NightSegment => ({
  startS,
  endS,
  state: "asleep",
  posture: "supine",
  asleep: true,
  rampS: 0,
  movementIntensity: 0,
  ...partial,
});

/** Empty bed, getting in, half a minute awake, then asleep with one 35-s central apnoea. */
function apnoeaNight(): NightScenario {
  return {
    seed: 41,
    durationS: NIGHT_S,
    resident: { ...drawResident(41), breathingRatePerMin: 14, breathingDepth: 0.015 },
    sensor: drawSensor(41, { channels: 2, sampleRateHz: 200 }),
    segments: [
      segment(0, 10, { state: "empty", posture: "out", asleep: false }),
      segment(10, 16, {
        state: "sitting_up",
        posture: "edge",
        asleep: false,
        rampS: 1.5,
        movementIntensity: 0.05,
      }),
      segment(16, 20, { state: "moving", asleep: false, rampS: 4, movementIntensity: 0.08 }),
      segment(20, 50, { state: "in_bed_awake", asleep: false }),
      segment(50, NIGHT_S, {}),
    ],
    apnoeas: [APNOEA],
    fidgets: [],
  };
}

const sleepUntil = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - Date.now())));

describe("bedside alarm for no breathing, with the broker down", () => {
  let system: RunningSystem;
  let brokerDown = { fromSimS: 0, toSimS: 0 };
  const simS = (realMs: number) => ((realMs - system.startAtMs) * ACCELERATION) / 1000;

  beforeAll(async () => {
    const runDir = makeRunDir("it-bed-apnoea");
    const path = join(runDir, "apnoea-night.json");
    writeFileSync(path, JSON.stringify(apnoeaNight()));
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 0,
        acceleration: 1,
        seed: 41,
        beds: {
          count: 1,
          transport: "firmata",
          acceleration: ACCELERATION,
          night: { type: "file", path },
          channels: 2,
        },
      },
      runDir,
    );
    const realOf = (s: number) => system.startAtMs + (s * 1000) / ACCELERATION;
    await sleepUntil(realOf(60));
    await system.broker.stop();
    brokerDown.fromSimS = simS(Date.now());
    await sleepUntil(realOf(APNOEA.startS + APNOEA.durationS + 10));
    brokerDown = { ...brokerDown, toSimS: simS(Date.now()) };
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("switches the alarm on during the pause and off when breathing resumes, with no broker", () => {
    const outputs = firmataRecords(system.groundTruthDir, "bed-1").filter(
      (r) => r.type === "output" && r.pin === BED_ALARM_PIN,
    );
    const on = outputs.find((r) => r.value === 1);
    const off = outputs.find((r) => r.value === 0 && r.simTimeMs > (on?.simTimeMs ?? 0));
    const nightStartMs = system.bedEpochMs;
    const onS = ((on?.simTimeMs ?? 0) - nightStartMs) / 1000 - APNOEA.startS;
    const offS = ((off?.simTimeMs ?? 0) - nightStartMs) / 1000 - (APNOEA.startS + APNOEA.durationS);
    console.log(
      `no-breathing alarm: pin HIGH ${onS.toFixed(1)} s into the pause, LOW ${offS.toFixed(1)} s after it`,
    );
    // The alarm waits 20 s without a breath (noBreathingS); the last breath came just before the pause.
    expect(onS).toBeGreaterThan(18);
    expect(onS).toBeLessThan(26);
    expect(offS).toBeGreaterThan(0);
    expect(offS).toBeLessThan(10);
    expect(brokerDown.fromSimS).toBeLessThan(APNOEA.startS);
    expect(brokerDown.toSimS).toBeGreaterThan(APNOEA.startS + APNOEA.durationS);
  });

  it("delivers the raised and cleared alert to InfluxDB once the broker is back", async () => {
    await system.broker.restart();
    const influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    await waitFor(
      "the no-breathing alert life cycle in InfluxDB",
      async () =>
        (
          await influx.query(
            `SELECT "alert_id" FROM "alert" WHERE "sensor" = 'bed-1' AND "kind" = 'no_breathing'`,
          )
        ).length === 2,
      30_000,
    );
  }, 40_000);
});
