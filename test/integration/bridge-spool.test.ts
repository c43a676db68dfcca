// The bridge with its durable spool, as a real process between a real Mosquitto and a real influxd:
// while InfluxDB is down the bridge keeps acknowledging (it appends to the spool), a kill -9 of the
// bridge with a full spool loses nothing, and once InfluxDB is back every point arrives, once.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { InfluxDB } from "influx";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alert, baseEnvelope, event, observation, sampleBatch } from "../../bridge/envelope-builders.ts";
import { type EnvelopeInit, encodeEnvelope, TOPIC_KIND_OF_PAYLOAD } from "../../proto/index.ts";
import {
  freePort,
  type ManagedChild,
  makeRunDir,
  REPO_ROOT,
  type RunningBroker,
  type RunningInfluxd,
  startChild,
  startInfluxd,
  startMosquitto,
  waitFor,
} from "../../scripts/stack/index.ts";

const DATABASE = "care_spool_it";
/** The two-minute outage belongs to the fault suite; 20 s shows the same behaviour. */
const OUTAGE_MS = 20_000;

let runDir: string;
let configPath: string;
let broker: RunningBroker;
let influxd: RunningInfluxd;
let bridge: ManagedChild;
let httpPort: number;
let device: MqttClient;
let influx: InfluxDB;

function envelopeAt(boot: string, seq: number, payload: Partial<EnvelopeInit>): EnvelopeInit {
  const now = Date.now();
  const timed = {
    samples: payload.samples && { ...payload.samples, startTimeUs: (now - 5_000 + seq * 100) * 1000 },
    observation: payload.observation && { ...payload.observation, timeMs: now - 500 },
    alert: payload.alert && { ...payload.alert, timeMs: now - 500 },
    event: payload.event && { ...payload.event, timeMs: now - 500 },
  };
  const present = Object.fromEntries(Object.entries(timed).filter(([, value]) => value !== undefined));
  return baseEnvelope({ bootId: boot, seq, deviceTimeMs: now - 300, ...present });
}

async function publish(envelope: EnvelopeInit): Promise<void> {
  const kind = Object.keys(TOPIC_KIND_OF_PAYLOAD).find(
    (key) => key in envelope,
  ) as keyof typeof TOPIC_KIND_OF_PAYLOAD;
  const topic = `care/v1/${envelope.siteId}/${envelope.deviceId}/${TOPIC_KIND_OF_PAYLOAD[kind]}`;
  await device.publishAsync(topic, Buffer.from(encodeEnvelope(envelope)), { qos: 1 });
}

const outageSample = (seq: number) =>
  envelopeAt("spool-outage", seq, { samples: sampleBatch({ stream: "spooled" }) });

async function envelopeCount(boot: string): Promise<number> {
  const rows = await influx.query<{ count: number }>(
    `SELECT count("seq") FROM "envelope" WHERE "boot" = '${boot}'`,
  );
  return Number(rows[0]?.count ?? 0);
}

async function storedSeqs(boot: string): Promise<number[]> {
  const rows = await influx.query<{ seq: number }>(`SELECT "seq" FROM "envelope" WHERE "boot" = '${boot}'`);
  return rows.map((row) => Number(row.seq)).sort((a, b) => a - b);
}

/** One sample of /metrics by name (gauges and counters without labels). */
async function metric(name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${name} `));
  if (line === undefined) throw new Error(`no metric ${name}`);
  return Number(line.slice(name.length + 1));
}

const waitForMetric = (name: string, atLeast: number, timeoutMs = 30_000) =>
  waitFor(`${name} ≥ ${atLeast}`, async () => (await metric(name)) >= atLeast, timeoutMs);

async function launchBridge(): Promise<void> {
  bridge = startChild({
    name: "bridge",
    command: process.execPath,
    args: ["--import", "tsx", join(REPO_ROOT, "bridge/main.ts"), "--config", configPath],
    cwd: REPO_ROOT,
    logFile: join(runDir, "bridge.log"),
  });
  await waitFor("bridge /metrics", async () => (await metric("bridge_mqtt_connected")) === 1, 30_000);
}

beforeAll(async () => {
  runDir = makeRunDir("it-bridge-spool");
  [broker, influxd, httpPort] = await Promise.all([
    startMosquitto({ runDir }),
    startInfluxd({ runDir }),
    freePort(),
  ]);
  configPath = join(runDir, "bridge.json");
  const config = {
    mqttUrl: broker.url,
    clientId: "bridge-spool-it",
    mqttKeepaliveSec: 5,
    mqttReconnectBaseMs: 100,
    mqttReconnectCapMs: 1_000,
    writeRetryBaseMs: 50,
    writeRetryCapMs: 1_000,
    influxUrl: influxd.url,
    influxDatabase: DATABASE,
    deadLetterPath: join(runDir, "dead-letters.jsonl"),
    spoolDir: join(runDir, "spool"),
    spoolSyncIntervalMs: 100,
    httpPort,
    // No stats points: every spooled batch is then one published message, so the counts are exact.
    statsIntervalMs: 3_600_000,
  };
  writeFileSync(configPath, JSON.stringify(config));
  await launchBridge();
  device = await mqtt.connectAsync(broker.url, {
    clientId: "device-spool-it",
    protocolVersion: 5,
    reconnectPeriod: 100,
  });
  influx = new InfluxDB(`${influxd.url}/${DATABASE}`);
});

afterAll(async () => {
  await device?.endAsync();
  await bridge?.stop("SIGTERM", 10_000);
  await Promise.all([broker?.stop(), influxd?.stop()]);
});

describe("bridge with a durable spool", () => {
  it("stores envelopes through the spool", async () => {
    const boot = "spool-kinds";
    await publish(envelopeAt(boot, 1, { samples: sampleBatch() }));
    await publish(envelopeAt(boot, 2, { observation: observation() }));
    await publish(envelopeAt(boot, 3, { alert: alert() }));
    await publish(envelopeAt(boot, 4, { event: event() }));
    await waitFor("4 envelopes", async () => (await envelopeCount(boot)) === 4, 30_000);
    expect(await metric("bridge_spooled_batches_total")).toBe(4);
    await waitForMetric("bridge_spool_drained_batches_total", 4);
    expect(await metric("bridge_spool_pending_batches")).toBe(0);
  });

  it("acks while InfluxDB is down, loses nothing to a kill -9, then stores every point once", async () => {
    const before = await metric("bridge_spooled_batches_total");
    await influxd.stop();
    const outageStart = Date.now();
    // Paced like a device, so the drainer sees a stream during the outage, not one burst.
    for (let seq = 1; seq <= 100; seq++) {
      await publish(outageSample(seq));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Acknowledged: the bridge spooled them all (the ack follows the append) and gave none back.
    await waitForMetric("bridge_spooled_batches_total", before + 100);
    expect(await metric("bridge_spool_pending_batches")).toBe(100);
    expect(await metric("bridge_spool_pending_points")).toBe(400);
    expect(await metric("bridge_deliveries_abandoned_total")).toBe(0);
    expect(await metric("bridge_sink_healthy")).toBe(0);

    await bridge.stop("SIGKILL");
    // Published while the bridge is dead: the broker keeps them in the bridge's persistent session.
    for (let seq = 101; seq <= 150; seq++) await publish(outageSample(seq));
    await launchBridge();
    expect(await metric("bridge_spool_replayed_batches_total")).toBe(100);
    expect(await metric("bridge_spool_replayed_points_total")).toBe(400);
    await waitForMetric("bridge_spooled_batches_total", 50);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageStart + OUTAGE_MS - Date.now())));
    // Seconds later still exactly the 50 new ones: the broker held nothing else for the bridge, so
    // the first 100 had been acknowledged before the kill.
    expect(await metric("bridge_spooled_batches_total")).toBe(50);
    expect(await metric("bridge_spool_pending_batches")).toBe(150);
    await influxd.restart();
    await waitFor("150 envelopes", async () => (await envelopeCount("spool-outage")) >= 150, 60_000);
    expect(await storedSeqs("spool-outage")).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    const samples = await influx.query<{ count: number }>(`SELECT count("echo_a") FROM "raw"."spooled"`);
    expect(Number(samples[0]?.count)).toBe(450);
    await waitFor("spool empty", async () => (await metric("bridge_spool_pending_batches")) === 0);
    // Each batch drained exactly once by this process: the 100 replayed plus the 50 it received.
    expect(await metric("bridge_spool_drained_batches_total")).toBe(150);
    expect(await metric("bridge_spool_drained_points_total")).toBe(600);
    expect(await metric("bridge_spool_dropped_batches_total")).toBe(0);
    expect(bridge.process.exitCode).toBeNull();
  }, 150_000);
});
