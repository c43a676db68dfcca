// An assist suit end to end on real parts, authentication on: suit emulator on a real pty (921 600 baud,
// streaming a drawn 40 s session in real time) → agent → Mosquitto (TLS) → bridge → InfluxDB. Checks what
// evaluators rely on: envelopes, onsets within 50 ms (p90) of the simulator's truth, the session summary
// (ended 30 s in by an "end_session" command through the bridge's command API), electrode alerts, every
// raw sample across the sample counter's wrap, and the agent's processing time per window. 24 s in, the
// pty pair vanishes for 1.5 s (a pulled USB cable): both ends reopen by themselves, and the samples lost
// are a recorded gap (stream_gap event, marked window, missing raw indices), with nothing fired at the splice.
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
import { gapWindows, missingRuns, spliceFindings, storedGaps } from "./suit-gap-checks.ts";

const RATE = 2000;
const SESSION_S = 40;
/** An evaluator ends the session by command this far into it. */
const END_COMMAND_S = 30;
/** The pty pair vanishes this far into the session (after the counter's wrap at 17 s), for this long. */
const DROP_AT_S = 24;
const DROP_FOR_MS = 1500;

const sleepUntil = (wallMs: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, wallMs - Date.now())));

/** Pulls the suit's serial link: the socat pair vanishes, then comes back under the same paths. */
async function pullSuitCable(system: RunningSystem): Promise<{ droppedAt: number; restoredAt: number }> {
  const pty = system.ptys.find((pair) => pair.sensorEnd.endsWith("suit-1.sensor"));
  if (!pty) throw new Error("the suit has no pty pair");
  const droppedAt = Date.now();
  await pty.stop();
  await new Promise((resolve) => setTimeout(resolve, DROP_FOR_MS));
  await pty.restart();
  return { droppedAt, restoredAt: Date.now() };
}

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
  let drop: { droppedAt: number; restoredAt: number };
  let summary: Record<string, number>;
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
    await sleepUntil((started()?.wallMs ?? 0) + DROP_AT_S * 1000);
    drop = await pullSuitCable(system);
    await sleepUntil((started()?.wallMs ?? 0) + END_COMMAND_S * 1000);
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
    const [row] = await influx.query<Record<string, number>>(
      `SELECT * FROM "suit_session" WHERE "sensor" = '${sensorId}'`,
    );
    summary = row ?? {};
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("stores an envelope window every 250 ms of signal", async () => {
    const rows = await influx.query<{ count: number }>(
      `SELECT count("VL_R_rms_uv") AS count FROM "suit_envelope" WHERE "sensor" = '${sensorId}'`,
    );
    const signalS = SESSION_S - (summary.samples_lost ?? 0) / RATE;
    expect(Number(rows[0]?.count)).toBeGreaterThanOrEqual(Math.floor(signalS * 4) - 4);
    expect(Number(rows[0]?.count)).toBeLessThanOrEqual(Math.ceil(signalS * 4) + 2);
  });

  it("records the pulled cable as a gap: session summary, stream_gap event, marked window", async () => {
    const notSent = truth.reduce(
      (sum, e) => sum + (e.type === "not_sent" ? e.toSample - e.fromSample : 0),
      0,
    );
    const lost = summary.samples_lost ?? 0;
    console.log(
      `suit over serial: cable pulled for ${DROP_FOR_MS} ms, ${notSent} samples not sent, ${lost} lost`,
    );
    // Frames already in the pty when it vanished are lost without the suit knowing.
    expect(lost).toBeGreaterThanOrEqual(Math.max(notSent, RATE));
    const gaps = await storedGaps(influx, sensorId);
    expect(gaps.map((gap) => gap.samplesLost)).toEqual([lost]);
    expect(gaps[0]?.timeMs).toBeGreaterThan(drop.droppedAt - 1000);
    expect(gaps[0]?.endMs).toBeGreaterThan(drop.restoredAt - 100);
    expect(await gapWindows(influx, sensorId)).toEqual([[expect.any(Number), lost, "poor"]]);
  });

  it("fires no onset or intention at the splice: none unexplained from the pull to 1 s after the reconnect", async () => {
    const [gap] = await storedGaps(influx, sensorId);
    const findings = await spliceFindings(influx, sensorId, truth, drop.droppedAt, (gap?.endMs ?? 0) + 1000);
    expect(findings).toEqual({ unmatchedOnsets: [], unmatchedIntents: [] });
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
    // The agent times the session by the signal it has read, which may trail the command by a few samples.
    const endedAfterS = Number(/^session ended after (\d+\.\d) s$/.exec(String(ack.message))?.[1]);
    expect(endedAfterS).toBeGreaterThan(END_COMMAND_S - 1);
    expect(endedAfterS).toBeLessThan(SESSION_S);
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
    expect(row?.samples_lost).toBeGreaterThan(0);
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

  it("stores every raw sample that arrived, numbered across the counter wrap, the lost ones missing", async () => {
    const end = truth.find((e) => e.type === "session_end");
    const notSent = truth.flatMap((e) => (e.type === "not_sent" ? [e] : []));
    const unsentCount = notSent.reduce((sum, run) => sum + run.toSample - run.fromSample, 0);
    expect(end?.type === "session_end" && end.samplesSent + unsentCount).toBe(SESSION_S * RATE);
    const lost = summary.samples_lost ?? 0;
    const rows = await rowsOnceLanded<{ sensor_seq: number }>(
      influx,
      `SELECT "sensor_seq" FROM "raw"."suit_emg" WHERE "sensor" = '${sensorId}'`,
      SESSION_S * RATE - lost,
    );
    expect(rows).toHaveLength(SESSION_S * RATE - lost);
    // sensor_seq is the suit's sample counter: counted from the session's first sample (mod 2^32), every
    // sample index 0 … n−1 is there exactly once, across the wrap, except one run: the gap.
    const offsets = new Set(
      rows.map((row) => (Number(row.sensor_seq) - session.counterAtStart + 2 ** 32) % 2 ** 32),
    );
    expect(offsets.size).toBe(SESSION_S * RATE - lost);
    expect([...offsets].reduce((a, b) => Math.max(a, b), 0)).toBe(SESSION_S * RATE - 1);
    const [run, ...more] = missingRuns(offsets);
    expect(more).toEqual([]);
    expect(run?.[1]).toBe(lost);
    // The missing run covers what the suit could not send (and what was in the pty when it vanished).
    for (const unsent of notSent) {
      expect(unsent.fromSample).toBeGreaterThanOrEqual(run?.[0] ?? 0);
      expect(unsent.toSample).toBeLessThanOrEqual((run?.[0] ?? 0) + lost);
    }
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
