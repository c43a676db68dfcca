// An assist suit over BLE on real parts: the suit is a peripheral of the simulator's BlueZ-compatible
// service on a private dbus-daemon; the agent discovers it, connects, subscribes to notifications and
// streams 8 channels at 2 kHz through Mosquitto into InfluxDB. Mid-session the link is dropped (SIGUSR2):
// the agent must reconnect by itself, and the samples the suit could not send must show up as a recorded
// gap (a stream_gap event, the envelope window, sample counter, session summary, status counters), never
// bridged, and the estimators must not fire at the splice.
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir, waitFor } from "../../scripts/stack/index.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import {
  measurableActivations,
  onsetErrors,
  percentile,
  readSuitTruth,
  type SessionStart,
  type SuitTruthEvent,
} from "../../scripts/system/suit-truth.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { rowsOnceLanded } from "./landed-rows.ts";
import { gapWindows, missingRuns, spliceFindings, storedGaps } from "./suit-gap-checks.ts";

const RATE = 2000;
const SESSION_S = 30;
const sensorId = "suit-1";
const deviceId = "suit101";

describe("assist suit over BLE, with a dropped link, from emulator to InfluxDB", () => {
  let system: RunningSystem;
  let influx: InfluxDB;
  let truth: SuitTruthEvent[];
  let session: SessionStart;
  let lostSamples: number;
  const statusMax = async (field: string) => {
    const rows = await influx.query<{ value: number }>(
      `SELECT max("${field}") AS value FROM "device_status" WHERE "device" = '${deviceId}'`,
    );
    return Number(rows[0]?.value ?? 0);
  };

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 1,
        transport: "ble",
        seed: 6,
        suits: {
          count: 1,
          sessionS: SESSION_S,
          sessions: 1,
          channelCount: 8,
          sampleRateHz: RATE,
          electrodeOffCount: 0,
          publishRaw: true,
        },
      },
      makeRunDir("it-suit-ble"),
    );
    influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    const started = () =>
      readSuitTruth(system.groundTruthDir, sensorId).find((e) => e.type === "session_start");
    await waitFor("suit session start", () => started() !== undefined, 60_000);
    // Ten seconds into the session every BLE link drops; the peripheral stays out of range for 1 s.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, (started()?.wallMs ?? 0) + 10_000 - Date.now())),
    );
    system.simulator.process.kill("SIGUSR2");
    await waitFor(
      "suit session end",
      () => readSuitTruth(system.groundTruthDir, sensorId).some((e) => e.type === "session_end"),
      (SESSION_S + 30) * 1000,
    );
    await waitFor(
      "summary and status after the gap",
      async () =>
        (await influx.query(`SELECT * FROM "suit_session" WHERE "sensor" = '${sensorId}'`)).length > 0 &&
        (await statusMax("suit_samples_lost")) > 0,
      30_000,
    );
    truth = readSuitTruth(system.groundTruthDir, sensorId);
    const start = truth.find((e): e is SessionStart => e.type === "session_start");
    if (!start) throw new Error("no session in the suit's ground truth");
    session = start;
    lostSamples = truth.reduce((sum, e) => sum + (e.type === "not_sent" ? e.toSample - e.fromSample : 0), 0);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("discovers, connects and subscribes, and reconnects by itself after the drop", async () => {
    const links = truth.map((e) => e.type).filter((type) => type === "link_open" || type === "link_closed");
    expect(links).toEqual(["link_open", "link_closed", "link_open"]);
    expect(await statusMax("transport_open")).toBeGreaterThanOrEqual(2);
    const down = truth.filter((e) => e.type === "link_closed" || e.type === "link_open").map((e) => e.wallMs);
    console.log(
      `suit over BLE: link down ${(((down[2] ?? 0) - (down[1] ?? 0)) / 1000).toFixed(2)} s, ${lostSamples} samples not sent`,
    );
  });

  it("stores every sample the suit sent and marks the ones it could not send as a gap", async () => {
    const end = truth.find((e) => e.type === "session_end");
    const sent = end?.type === "session_end" ? end.samplesSent : 0;
    expect(lostSamples).toBeGreaterThan(RATE / 2);
    expect(sent + lostSamples).toBe(SESSION_S * RATE);
    const rows = await rowsOnceLanded<{ sensor_seq: number }>(
      influx,
      `SELECT "sensor_seq" FROM "raw"."suit_emg" WHERE "sensor" = '${sensorId}'`,
      sent,
    );
    expect(rows).toHaveLength(sent);
    // Exactly the indices the suit could not send are missing: nothing invented, nothing bridged.
    const stored = new Set(
      rows.map((row) => (Number(row.sensor_seq) - session.counterAtStart + 2 ** 32) % 2 ** 32),
    );
    const unsent = truth.flatMap((e) => (e.type === "not_sent" ? [e] : []));
    for (const run of unsent) {
      expect(stored.has(run.fromSample - 1) && stored.has(run.toSample)).toBe(true);
      expect(stored.has(run.fromSample) || stored.has(run.toSample - 1)).toBe(false);
    }
    expect(missingRuns(stored)).toEqual([[unsent[0]?.fromSample, lostSamples]]);
  });

  it("stores the gap as a stream_gap event and marks the envelope window it falls in", async () => {
    const unsent = truth.find((e) => e.type === "not_sent");
    const gaps = await storedGaps(influx, sensorId);
    expect(gaps).toHaveLength(1);
    const [gap] = gaps;
    expect(gap?.samplesLost).toBe(lostSamples);
    expect(gap?.durationMs).toBeCloseTo((lostSamples * 1000) / RATE, 6);
    // Wall time of the first lost sample, as the simulator knows it (the agent's clock mapping adds a few ms).
    const firstLostMs =
      session.firstSampleWallMs + ((unsent?.type === "not_sent" ? unsent.fromSample : 0) * 1000) / RATE;
    expect(Math.abs((gap?.timeMs ?? 0) - firstLostMs)).toBeLessThan(250);
    expect(await gapWindows(influx, sensorId)).toEqual([[expect.any(Number), lostSamples, "poor"]]);
  });

  it("fires no onset or intention at the splice: none unexplained from the drop to 1 s after the reconnect", async () => {
    const dropAt = truth.find((e) => e.type === "link_closed")?.wallMs ?? 0;
    const reopenedAt = truth.filter((e) => e.type === "link_open")[1]?.wallMs ?? 0;
    const findings = await spliceFindings(influx, sensorId, truth, dropAt, reopenedAt + 1000);
    expect(findings).toEqual({ unmatchedOnsets: [], unmatchedIntents: [] });
  });

  it("records the gap in the session summary and the agent's status", async () => {
    const [summary] = await influx.query<Record<string, number>>(
      `SELECT * FROM "suit_session" WHERE "sensor" = '${sensorId}'`,
    );
    expect(summary?.ended_by).toBe(1);
    expect(summary?.samples_lost).toBe(lostSamples);
    expect(summary?.samples).toBe(SESSION_S * RATE - lostSamples);
    expect(await statusMax("suit_samples_lost")).toBe(lostSamples);
    expect(await statusMax("frames_lost")).toBeGreaterThan(0);
  });

  it("keeps analysing after the reconnect: envelopes and onsets on both sides of the gap", async () => {
    const rows = await influx.query<{ time: Date }>(
      `SELECT "VL_R_rms_uv" FROM "suit_envelope" WHERE "sensor" = '${sensorId}'`,
    );
    const dropAt = truth.find((e) => e.type === "link_closed")?.wallMs ?? 0;
    expect(rows.filter((row) => row.time.getTime() < dropAt).length).toBeGreaterThan(30);
    expect(rows.filter((row) => row.time.getTime() > dropAt + 2000).length).toBeGreaterThan(30);
    const onsets = await influx.query<{ time: Date; channel: number }>(
      `SELECT "channel" FROM "event" WHERE "sensor" = '${sensorId}' AND "kind" = 'emg_onset'`,
    );
    const detected = onsets.map((row) => ({
      channel: Number(row.channel),
      wallMs: row.time.getTime(),
    }));
    const { errorsMs, eligible } = onsetErrors(measurableActivations(truth), detected);
    console.log(
      `suit over BLE: ${errorsMs.length}/${eligible} activations found, onset error p90 ${percentile(errorsMs.map(Math.abs), 90)} ms`,
    );
    expect(errorsMs.length / eligible).toBeGreaterThanOrEqual(0.9);
    expect(percentile(errorsMs.map(Math.abs), 90)).toBeLessThanOrEqual(50);
  });
});
