// The bridge as a real process between a real Mosquitto and a real influxd: every payload kind lands
// in the documented schema, bad messages become dead letters without hurting good ones, replays are
// idempotent, and the bridge rides out a broker restart and an InfluxDB outage without losing data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InfluxDB } from "influx";
import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alert,
  baseEnvelope,
  commandAck,
  deviceStatus,
  event,
  observation,
  prediction,
  sampleBatch,
} from "../../bridge/envelope-builders.ts";
import { InfluxSink } from "../../bridge/influx-sink.ts";
import { createLogger } from "../../bridge/log.ts";
import { type Point, SinkWriteError } from "../../bridge/sink.ts";
import { care, type EnvelopeInit } from "../../proto/index.ts";
import {
  type ManagedChild,
  makeRunDir,
  type RunningBroker,
  type RunningInfluxd,
  waitFor,
} from "../../scripts/stack/index.ts";
import {
  connectDevice,
  envelopeCount as countOf,
  envelopeAt,
  metricsText,
  publishEnvelope,
  storedSeqs as seqsOf,
  startBridge,
  startBridgeServices,
  writeBridgeConfig,
} from "./bridge-harness.ts";

const DATABASE = "care_it";

let runDir: string;
let broker: RunningBroker;
let influxd: RunningInfluxd;
let bridge: ManagedChild;
let httpPort: number;
let device: MqttClient;
let influx: InfluxDB;

const publish = (envelope: EnvelopeInit, topic?: string) => publishEnvelope(device, envelope, topic);
const envelopeCount = (boot: string) => countOf(influx, boot);
const storedSeqs = (boot: string) => seqsOf(influx, boot);
const metrics = () => metricsText(httpPort);

const waitForCount = (boot: string, count: number, timeoutMs = 30_000) =>
  waitFor(`${count} envelopes of boot ${boot}`, async () => (await envelopeCount(boot)) >= count, timeoutMs);

async function health(): Promise<{ healthy: boolean; mqttConnected: boolean; sinkHealthy: boolean }> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/health`);
  return (await response.json()) as { healthy: boolean; mqttConnected: boolean; sinkHealthy: boolean };
}

beforeAll(async () => {
  runDir = makeRunDir("it-bridge");
  const services = await startBridgeServices(runDir);
  ({ broker, influxd, httpPort } = services);
  const configPath = writeBridgeConfig(runDir, services, DATABASE, {
    clientId: "bridge-it",
    // This file exercises acknowledgement after the InfluxDB write; bridge-spool.test.ts the spool.
    spool: "off",
    writeRetryCapMs: 500,
    statsIntervalMs: 500,
  });
  bridge = startBridge(runDir, configPath);
  await waitFor("bridge /health", async () => (await health()).healthy, 30_000);
  device = await connectDevice(broker.url, "device-it");
  influx = new InfluxDB(`${influxd.url}/${DATABASE}`);
});

afterAll(async () => {
  await device?.endAsync();
  await bridge?.stop("SIGTERM", 10_000);
  await Promise.all([broker?.stop(), influxd?.stop()]);
});

describe("bridge between Mosquitto and InfluxDB", () => {
  it("stores every payload kind in the documented schema", async () => {
    const boot = "kinds";
    const envelopes = [
      envelopeAt(boot, 1, { samples: sampleBatch() }),
      envelopeAt(boot, 2, {
        samples: sampleBatch({ stream: "bed_motion", samplePeriodUs: 0, sampleOffsetsUs: [0, 7, 20] }),
      }),
      envelopeAt(boot, 3, { observation: observation() }),
      envelopeAt(boot, 4, { alert: alert() }),
      envelopeAt(boot, 5, { event: event() }),
      envelopeAt(boot, 6, { prediction: prediction() }),
      envelopeAt(boot, 7, { status: deviceStatus() }),
      envelopeAt(boot, 8, { commandAck: commandAck() }),
    ];
    for (const envelope of envelopes) await publish(envelope);
    await waitForCount(boot, envelopes.length);

    const samples = await influx.query<{ echo_a: number; echo_b: number; sensor_seq: number }>(
      `SELECT "echo_a", "echo_b", "sensor_seq" FROM "raw"."bladder_echo" WHERE "sensor" = 'bladder-1'`,
    );
    expect(samples.map((row) => [row.echo_a, row.echo_b, row.sensor_seq])).toEqual([
      [6, -9, 500],
      [6.5, -9.5, 501],
      [7, -10, 502],
    ]);
    const sampleFields = await influx.query<{ fieldKey: string; fieldType: string }>(
      `SHOW FIELD KEYS FROM "raw"."bladder_echo"`,
    );
    expect(Object.fromEntries(sampleFields.map((row) => [row.fieldKey, row.fieldType]))).toEqual({
      echo_a: "float",
      echo_b: "float",
      sensor_seq: "integer",
    });
    const envelopeFields = await influx.query<{ fieldKey: string; fieldType: string }>(
      `SHOW FIELD KEYS FROM "envelope"`,
    );
    expect(envelopeFields.map((row) => row.fieldType)).toEqual(["integer", "integer"]);

    const [fill] = await influx.query<{ level: number; window_ms: number; quality: string }>(
      `SELECT * FROM "bladder_fill" WHERE "device" = 'bed-07'`,
    );
    expect(fill).toMatchObject({ level: 6.5, window_ms: 30_000, quality: "good" });
    const [raised] = await influx.query<{ message: string; severity: string }>(`SELECT * FROM "alert"`);
    expect(raised).toMatchObject({ message: 'fill "8"\nsoon', severity: "warning", state: "raised" });
    const [status] = await influx.query<{ frames_ok: number; clock_synced: boolean }>(
      `SELECT * FROM "device_status"`,
    );
    expect(status).toMatchObject({
      frames_ok: 1200,
      clock_synced: true,
      clock_offset_ms: -35,
      state: "online",
    });
    for (const measurement of ["event", "prediction", "sensor_status", "command_ack"]) {
      const rows = await influx.query(`SELECT count(*) FROM "${measurement}"`);
      expect(rows, measurement).toHaveLength(1);
    }
    const policies = await influx.showRetentionPolicies();
    expect(policies.find((policy) => policy.name === "raw")?.duration).toBe("720h0m0s");
  });

  it("dead-letters malformed messages with a reason and keeps storing good ones", async () => {
    const boot = "bad";
    const good = envelopeAt(boot, 1, { alert: alert() });
    await publish(good, "care/v1/ward-3/bed-07/alerts");
    await device.publishAsync("care/v1/ward-3/bed-07/samples", Buffer.from([0x0a, 0xff, 0xff, 0xff]), {
      qos: 1,
    });
    await publish(envelopeAt(boot, 2, { alert: alert() }), "care/v1/ward-3/bed-99/alerts");
    await publish(envelopeAt(boot, 3, { samples: sampleBatch({ scale: Number.NaN }) }));
    await publish({ ...envelopeAt(boot, 4, { event: event() }), deviceTimeMs: Date.now() + 3_600_000 });
    await publish(envelopeAt(boot, 5, { samples: sampleBatch({ values: [1, 2, 3] }) }));
    await publish(envelopeAt(boot, 6, { observation: observation() }));
    await waitForCount(boot, 2);
    await waitFor(
      "5 dead letters",
      () => readFileSync(join(runDir, "dead-letters.jsonl"), "utf8").split("\n").length > 5,
    );

    const letters = readFileSync(join(runDir, "dead-letters.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { topic: string; reason: string; payloadBase64: string });
    expect(letters.map((letter) => letter.reason.split(":")[0])).toEqual([
      "malformed",
      "device_mismatch",
      "non_finite",
      "time_in_future",
      "bad_batch",
    ]);
    expect(Buffer.from(letters[0]?.payloadBase64 ?? "", "base64")).toEqual(
      Buffer.from([0x0a, 0xff, 0xff, 0xff]),
    );
    expect(await storedSeqs(boot)).toEqual([1, 6]);
    const text = await metrics();
    expect(text).toContain('bridge_rejects_total{reason="bad_batch"} 1');
    expect(text).toContain("bridge_dead_letters_total 5");
    expect(bridge.process.exitCode).toBeNull();
  });

  it("stores a replayed envelope once", async () => {
    const boot = "replay";
    const envelope = envelopeAt(boot, 1, { samples: sampleBatch({ stream: "replayed" }) });
    await publish(envelope);
    await publish(envelope);
    await publish(envelopeAt(boot, 2, { event: event() }));
    await waitForCount(boot, 2);
    const rows = await influx.query<{ count: number }>(`SELECT count("echo_a") FROM "raw"."replayed"`);
    expect(Number(rows[0]?.count)).toBe(3);
    expect(await envelopeCount(boot)).toBe(2);
  });

  it("stores a last will at its arrival, not at its owner's old connect time", async () => {
    const connectedLongAgo = Date.now() - 40 * 86_400_000;
    const will = baseEnvelope({
      deviceId: "bed-08",
      bootId: "will",
      seq: 0,
      deviceTimeMs: connectedLongAgo,
      status: deviceStatus({ state: care.v1.DeviceState.DEVICE_STATE_OFFLINE, reason: "connection lost" }),
    });
    const before = Date.now();
    await publish(will);
    await waitForCount("will", 1);
    const [offline] = await influx.query<{ time: Date; reason: string }>(
      `SELECT "reason" FROM "device_status" WHERE "device" = 'bed-08' AND "state" = 'offline'`,
    );
    expect(offline?.reason).toBe("connection lost");
    expect(offline?.time.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });

  it("writes its counters to bridge_stats", async () => {
    await waitFor(
      "a bridge_stats point",
      async () => (await influx.query(`SELECT * FROM "bridge_stats"`)).length > 0,
    );
    const [latest] = await influx.query<{ received: number; points_written: number }>(
      `SELECT last("received") AS received, last("points_written") AS points_written FROM "bridge_stats"`,
    );
    expect(Number(latest?.received)).toBeGreaterThan(0);
    expect(Number(latest?.points_written)).toBeGreaterThan(0);
  });

  it("InfluxSink: a type conflict is permanent; a dropped database is recreated on the next write", async () => {
    const sink = new InfluxSink({
      url: influxd.url,
      database: "care_sink_it",
      username: undefined,
      password: undefined,
      rawRetention: "1d",
      maxPointsPerRequest: 2,
      log: createLogger("test", { level: "silent" }),
    });
    const point = (v: number | bigint, timeNs: bigint): Point => ({
      measurement: "m",
      retentionPolicy: "raw",
      tags: { site: "s" },
      fields: { v },
      timeNs,
    });
    const now = BigInt(Date.now()) * 1_000_000n;
    await sink.write([point(1.5, now), point(2.5, now + 1n), point(3.5, now + 2n)]);
    const refused = await sink.write([point(7n, now + 3n)]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SinkWriteError);
    expect(refused).toMatchObject({ permanent: true, status: 400 });
    await influx.dropDatabase("care_sink_it");
    const missing = await sink.write([point(4.5, now + 4n)]).catch((error: unknown) => error);
    expect(missing).toMatchObject({ permanent: false, status: 404 });
    await sink.write([point(4.5, now + 4n)]);
    const rows = await new InfluxDB(`${influxd.url}/care_sink_it`).query(`SELECT "v" FROM "raw"."m"`);
    expect(rows.map((row) => (row as unknown as { v: number }).v)).toEqual([4.5]);
  });

  it("rides out a broker restart", async () => {
    const boot = "broker-restart";
    await publish(envelopeAt(boot, 1, { event: event() }));
    await waitForCount(boot, 1);
    await broker.restart();
    await waitFor("bridge reconnected", async () => (await health()).mqttConnected, 30_000);
    await waitFor("device reconnected", () => device.connected, 30_000);
    await publish(envelopeAt(boot, 2, { event: event() }));
    await waitForCount(boot, 2);
    expect(await storedSeqs(boot)).toEqual([1, 2]);
  });

  it("keeps messages unacknowledged while InfluxDB is down and stores them all once it is back", async () => {
    const boot = "influx-outage";
    await influxd.stop();
    for (let seq = 1; seq <= 20; seq++)
      await publish(envelopeAt(boot, seq, { samples: sampleBatch({ stream: "outage" }) }));
    await waitFor("sink reported unhealthy", async () => !(await health()).sinkHealthy, 20_000);
    // Past the retry budget (one keepalive) the bridge gives the message back to the broker.
    await waitFor(
      "a delivery left for redelivery",
      async () => /abandoned_total [1-9]/.test(await metrics()),
      30_000,
    );
    expect((await health()).healthy).toBe(false);
    await influxd.restart();
    await waitForCount(boot, 20, 60_000);
    expect(await storedSeqs(boot)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const rows = await influx.query<{ count: number }>(`SELECT count("echo_a") FROM "raw"."outage"`);
    expect(Number(rows[0]?.count)).toBe(60);
    expect(await metrics()).toMatch(/bridge_write_failures_total [1-9]/);
    expect(bridge.process.exitCode).toBeNull();
  });
});
