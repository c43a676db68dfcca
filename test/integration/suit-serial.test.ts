// An assist suit end to end on real parts, authentication on: suit emulator on a real pty (921 600 baud,
// streaming a drawn 40 s session in real time) → agent → Mosquitto (TLS) → bridge → InfluxDB. Checks what
// evaluators rely on: envelopes, onsets within 50 ms (p90) of the simulator's truth, the session summary
// (ended 30 s in by an "end_session" command through the bridge's command API), electrode alerts, every
// raw sample across the sample counter's wrap, and the agent's processing time per window.
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
import { CommandApiClient } from "./command-api-client.ts";
import { rowsOnceLanded } from "./landed-rows.ts";

const RATE = 2000;
const SESSION_S = 40;
/** An evaluator ends the session by command this far into it. */
const END_COMMAND_S = 30;

/** Ends the session as an evaluator would, through the bridge's command API, and returns the device's ack. */
async function endSessionByCommand(system: RunningSystem): Promise<Record<string, unknown>> {
  const api = new CommandApiClient(system);
  const sent = await api.post({
    site: system.options.siteId,
    device: "suit101",
    sensorId: "suit-1",
    kind: "end_session",
    args: {},
  });
  if (sent.status !== 202) throw new Error(`command refused: ${JSON.stringify(sent)}`);
  return api.acknowledgement(String(sent.json.commandId), 15_000);
}

describe("assist suit over serial, from emulator to InfluxDB", () => {
  let system: RunningSystem;
  let influx: InfluxDB;
  let truth: SuitTruthEvent[];
  let session: SessionStart;
  let ack: Record<string, unknown>;
  const sensorId = "suit-1";

  beforeAll(async () => {
    system = await startSystem(
      {
        ...defaultSystemOptions,
        residents: 1,
        seed: 4,
        suits: {
          count: 1,
          sessionS: SESSION_S,
          sessions: 1,
          channelCount: 6,
          sampleRateHz: RATE,
          electrodeOffCount: 1,
          // The counter wraps about 15 s into the session.
          counterStart: 2 ** 32 - 17 * RATE,
          publishRaw: true,
        },
      },
      makeRunDir("it-suit-serial"),
    );
    influx = new InfluxDB(`${system.influxQueryUrl}/care`);
    const started = () =>
      readSuitTruth(system.groundTruthDir, sensorId).find((e) => e.type === "session_start");
    await waitFor("suit session start", () => started() !== undefined, 60_000);
    const commandAt = (started()?.wallMs ?? 0) + END_COMMAND_S * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, commandAt - Date.now())));
    ack = await endSessionByCommand(system);
    await waitFor(
      "suit session end",
      () => readSuitTruth(system.groundTruthDir, sensorId).some((e) => e.type === "session_end"),
      (SESSION_S + 40) * 1000,
    );
    await waitFor(
      "session summary in InfluxDB",
      async () =>
        (await influx.query(`SELECT * FROM "suit_session" WHERE "sensor" = '${sensorId}'`)).length > 0,
      30_000,
    );
    truth = readSuitTruth(system.groundTruthDir, sensorId);
    const start = truth.find((e): e is SessionStart => e.type === "session_start");
    if (!start) throw new Error("no session in the suit's ground truth");
    session = start;
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("stores an envelope window every 250 ms of the session", async () => {
    const rows = await influx.query<{ count: number }>(
      `SELECT count("VL_R_rms_uv") AS count FROM "suit_envelope" WHERE "sensor" = '${sensorId}'`,
    );
    expect(Number(rows[0]?.count)).toBeGreaterThanOrEqual(SESSION_S * 4 - 4);
    expect(Number(rows[0]?.count)).toBeLessThanOrEqual(SESSION_S * 4 + 2);
  });

  it("stores onsets within 50 ms (p90) of the true activation onsets", async () => {
    const rows = await influx.query<{ time: Date; channel: number }>(
      `SELECT "channel" FROM "event" WHERE "sensor" = '${sensorId}' AND "kind" = 'emg_onset'`,
    );
    const detected = rows.map((row) => ({
      channel: Number(row.channel),
      wallMs: row.time.getTime(),
    }));
    const { errorsMs, eligible } = onsetErrors(measurableActivations(truth), detected);
    const p90 = percentile(errorsMs.map(Math.abs), 90);
    console.log(
      `suit over serial: ${errorsMs.length}/${eligible} activations found, onset error p50 ${percentile(errorsMs.map(Math.abs), 50)} ms, p90 ${p90} ms`,
    );
    expect(eligible).toBeGreaterThan(10);
    expect(errorsMs.length / eligible).toBeGreaterThanOrEqual(0.9);
    expect(p90).toBeLessThanOrEqual(50);
  });

  it("ends the session on command and stores its summary with the suit's assist level and activations", async () => {
    expect(ack.ok).toBe(true);
    expect(ack.message).toMatch(/^session ended after 3\d\.\d s$/);
    const rows = await influx.query<Record<string, number>>(
      `SELECT * FROM "suit_session" WHERE "sensor" = '${sensorId}'`,
    );
    // One summary: after the command no new session opens until the suit pauses and assists again.
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.duration_s).toBeGreaterThan(END_COMMAND_S - 1);
    expect(row?.duration_s).toBeLessThan(END_COMMAND_S + 2);
    expect(row?.ended_by).toBe(2);
    expect(row?.assist_level).toBe(session.assistLevel);
    expect(row?.samples_lost).toBe(0);
    const before = (channel: { onsetMs: number }[]) =>
      channel.filter((a) => a.onsetMs < (row?.duration_s ?? 0) * 1000 - 500).length;
    expect(row?.VL_R_activations).toBeGreaterThanOrEqual(
      Math.max(0, before(session.truth.activations[0] ?? []) - 2),
    );
    expect(row?.activations).toBeGreaterThan(0);
  });

  it("raises an electrode alert near the true lift-off", async () => {
    const off = session.truth.electrodeOff[0];
    expect(off).toBeDefined();
    const rows = await influx.query<{ time: Date; channel: number; state: string }>(
      `SELECT "channel", "state" FROM "alert" WHERE "sensor" = '${sensorId}' AND "kind" = 'electrode_off'`,
    );
    const raised = rows.find((row) => row.state === "raised" && Number(row.channel) === off?.channel);
    const trueStart = session.firstSampleWallMs + (off?.startMs ?? 0);
    expect(Math.abs((raised?.time.getTime() ?? 0) - trueStart)).toBeLessThan(1000);
  });

  it("stores every raw sample the suit sent, numbered across the counter wrap", async () => {
    const end = truth.find((e) => e.type === "session_end");
    expect(end?.type === "session_end" && end.samplesSent).toBe(SESSION_S * RATE);
    const rows = await rowsOnceLanded<{ sensor_seq: number }>(
      influx,
      `SELECT "sensor_seq" FROM "raw"."suit_emg" WHERE "sensor" = '${sensorId}'`,
      SESSION_S * RATE,
    );
    expect(rows).toHaveLength(SESSION_S * RATE);
    // sensor_seq is the suit's sample counter: counted from the session's first sample (mod 2^32), every
    // sample index 0 … n−1 is there exactly once, across the wrap.
    const offsets = new Set(
      rows.map((row) => (Number(row.sensor_seq) - session.counterAtStart + 2 ** 32) % 2 ** 32),
    );
    expect(offsets.size).toBe(SESSION_S * RATE);
    expect([...offsets].reduce((a, b) => Math.max(a, b), 0)).toBe(SESSION_S * RATE - 1);
  });

  it("publishes the agent's processing time per window in its status", async () => {
    const rows = await influx.query<{ windows: number; us: number }>(
      `SELECT last("suit_windows_processed") AS windows, last("suit_processing_us_total") AS us FROM "device_status" WHERE "device" = 'suit101'`,
    );
    const windows = Number(rows[0]?.windows);
    const meanMs = Number(rows[0]?.us) / 1000 / windows;
    const envelope = await influx.query<{ p50: number; p99: number }>(
      `SELECT percentile("processing_ms", 50) AS p50, percentile("processing_ms", 99) AS p99 FROM "suit_envelope" WHERE "sensor" = '${sensorId}'`,
    );
    console.log(
      `suit agent processing per 250 ms window (6 ch × 2 kHz): mean ${meanMs.toFixed(2)} ms, p50 ${Number(envelope[0]?.p50).toFixed(2)} ms, p99 ${Number(envelope[0]?.p99).toFixed(2)} ms`,
    );
    expect(windows).toBeGreaterThan(SESSION_S * 2);
    expect(meanMs).toBeGreaterThan(0);
    expect(meanMs).toBeLessThan(250);
  });
});
