// The bridge with its durable spool, as a real process between a real Mosquitto and a real influxd:
// while InfluxDB is down the bridge keeps acknowledging (it appends to the spool), a kill -9 of the
// bridge with a full spool loses nothing, and once InfluxDB is back every point arrives, once.
import { join } from "node:path";
import { InfluxDB } from "influx";
import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alert, event, observation, sampleBatch } from "../../bridge/envelope-builders.ts";
import type { EnvelopeInit } from "../../proto/index.ts";
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

const publish = (envelope: EnvelopeInit) => publishEnvelope(device, envelope);
const envelopeCount = (boot: string) => countOf(influx, boot);
const storedSeqs = (boot: string) => seqsOf(influx, boot);

const outageSample = (seq: number) =>
  envelopeAt("spool-outage", seq, { samples: sampleBatch({ stream: "spooled" }) });

/** One sample of /metrics by name (gauges and counters without labels). */
async function metric(name: string): Promise<number> {
  const text = await metricsText(httpPort);
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${name} `));
  if (line === undefined) throw new Error(`no metric ${name}`);
  return Number(line.slice(name.length + 1));
}

const waitForMetric = (name: string, atLeast: number, timeoutMs = 30_000) =>
  waitFor(`${name} ≥ ${atLeast}`, async () => (await metric(name)) >= atLeast, timeoutMs);

async function launchBridge(): Promise<void> {
  bridge = startBridge(runDir, configPath);
  await waitFor("bridge /metrics", async () => (await metric("bridge_mqtt_connected")) === 1, 30_000);
}

beforeAll(async () => {
  runDir = makeRunDir("it-bridge-spool");
  const services = await startBridgeServices(runDir);
  ({ broker, influxd, httpPort } = services);
  configPath = writeBridgeConfig(runDir, services, DATABASE, {
    clientId: "bridge-spool-it",
    writeRetryCapMs: 1_000,
    spoolDir: join(runDir, "spool"),
    spoolSyncIntervalMs: 100,
    // No stats points: every spooled batch is then one published message, so the counts are exact.
    statsIntervalMs: 3_600_000,
  });
  await launchBridge();
  device = await connectDevice(broker.url, "device-spool-it");
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
    // Envelope index points and raw sample points of one drained batch land in separate writes.
    const sampleCount = async () =>
      Number(
        (await influx.query<{ count: number }>(`SELECT count("echo_a") FROM "raw"."spooled"`))[0]?.count ?? 0,
      );
    await waitFor("450 samples", async () => (await sampleCount()) >= 450, 30_000);
    expect(await sampleCount()).toBe(450);
    await waitFor("spool empty", async () => (await metric("bridge_spool_pending_batches")) === 0);
    // Each batch drained exactly once by this process: the 100 replayed plus the 50 it received.
    expect(await metric("bridge_spool_drained_batches_total")).toBe(150);
    expect(await metric("bridge_spool_drained_points_total")).toBe(600);
    expect(await metric("bridge_spool_dropped_batches_total")).toBe(0);
    expect(bridge.process.exitCode).toBeNull();
  }, 150_000);
});
