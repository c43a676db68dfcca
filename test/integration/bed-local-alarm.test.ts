// The bedside alarm without network: with Mosquitto stopped, a resident leaves the bed; the agent's
// bed exit alert drives the alarm output of the bed's Firmata board through johnny-five at once. When
// the broker is back, the buffered alert still reaches InfluxDB.
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir, waitFor } from "../../scripts/stack/index.ts";
import { bedTruthEvents, firmataRecords } from "../../scripts/system/bed-ground-truth.ts";
import { BED_ALARM_PIN } from "../../scripts/system/bed-system.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { nightOfBed } from "../../sim/bed/emulator-scenarios.ts";
import { scenarioEvents } from "../../sim/bed/index.ts";

// With seed 4 the resident gets in at ~11 s and stands up at ~32 s (real time).
const NIGHT = { type: "short", leadS: 10, inBedS: 10, outS: 30, cycles: 1 } as const;
const SEED = 4;

/** The scenario's exit, known in advance: the broker goes down shortly before it. */
function plannedExitS(): number {
  // The system seeds bed i (0-based) with seed · 1000 + 700 + i; Firmata beds sample at 200 Hz.
  const night = nightOfBed({ seed: SEED * 1000 + 700, sampleRateHz: 200, channels: 2 }, NIGHT, 0);
  return scenarioEvents(night).find((e) => e.kind === "bed_exit")?.timeS ?? 0;
}

const sleepUntil = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - Date.now())));

describe("bedside alarm with the broker down", () => {
  let system: RunningSystem;
  let brokerDown = { fromMs: 0, toMs: 0 };
  let exitMs = 0;

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 0,
        acceleration: 1,
        seed: SEED,
        beds: { count: 1, transport: "firmata", acceleration: 1, night: NIGHT, channels: 2 },
      },
      makeRunDir("it-bed-alarm"),
    );
    // Beds run in real time from startAtMs: simulated and wall time agree.
    const plannedMs = system.bedEpochMs + plannedExitS() * 1000;
    await sleepUntil(plannedMs - 6000);
    await system.broker.stop();
    const fromMs = Date.now();
    await sleepUntil(plannedMs + 3000);
    exitMs =
      bedTruthEvents(system.groundTruthDir, "bed-1").find((e) => e.kind === "bed_exit")?.simTimeMs ?? 0;
    brokerDown = { fromMs, toMs: Date.now() };
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("switches the alarm output on within seconds of the physical exit, with no broker", () => {
    expect(brokerDown.fromMs).toBeLessThan(exitMs - 5000);
    expect(brokerDown.toMs).toBeGreaterThan(exitMs + 2000);
    const outputs = firmataRecords(system.groundTruthDir, "bed-1").filter(
      (r) => r.type === "output" && r.pin === BED_ALARM_PIN,
    );
    expect(outputs[0]?.value).toBe(1);
    // The bed clock runs in real time here, so simulated and real latency agree.
    const latencyMs = (outputs[0]?.simTimeMs ?? 0) - exitMs;
    console.log(
      `bedside alarm: pin ${BED_ALARM_PIN} HIGH ${latencyMs.toFixed(0)} ms after the physical bed exit`,
    );
    expect(latencyMs).toBeGreaterThan(0);
    expect(latencyMs).toBeLessThan(3000);
  });

  it("delivers the buffered alert to InfluxDB once the broker is back", async () => {
    await system.broker.restart();
    const influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    await waitFor(
      "the bed exit alert in InfluxDB",
      async () =>
        (
          await influx.query(
            `SELECT "alert_id" FROM "alert" WHERE "sensor" = 'bed-1' AND "kind" = 'bed_exit' AND "state" = 'raised'`,
          )
        ).length === 1,
      30_000,
    );
  }, 40_000);
});
