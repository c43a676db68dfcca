// What the bridge integration tests share: a real Mosquitto and influxd, the bridge as a child
// process, a device client, envelopes stamped against the real clock, and queries of what landed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InfluxDB } from "influx";
import mqtt, { type MqttClient } from "mqtt";
import { baseEnvelope } from "../../bridge/envelope-builders.ts";
import { type EnvelopeInit, encodeEnvelope, TOPIC_KIND_OF_PAYLOAD } from "../../proto/index.ts";
import {
  freePort,
  type ManagedChild,
  REPO_ROOT,
  type RunningBroker,
  type RunningInfluxd,
  startChild,
  startInfluxd,
  startMosquitto,
} from "../../scripts/stack/index.ts";

export interface BridgeServices {
  readonly broker: RunningBroker;
  readonly influxd: RunningInfluxd;
  readonly httpPort: number;
}

export async function startBridgeServices(runDir: string): Promise<BridgeServices> {
  const [broker, influxd, httpPort] = await Promise.all([
    startMosquitto({ runDir }),
    startInfluxd({ runDir }),
    freePort(),
  ]);
  return { broker, influxd, httpPort };
}

/** Writes the bridge's config file with fast test timings; `overrides` adds or replaces fields. */
export function writeBridgeConfig(
  runDir: string,
  services: BridgeServices,
  database: string,
  overrides: Record<string, unknown>,
): string {
  const configPath = join(runDir, "bridge.json");
  const config = {
    mqttUrl: services.broker.url,
    mqttKeepaliveSec: 5,
    mqttReconnectBaseMs: 100,
    mqttReconnectCapMs: 1_000,
    writeRetryBaseMs: 50,
    influxUrl: services.influxd.url,
    influxDatabase: database,
    deadLetterPath: join(runDir, "dead-letters.jsonl"),
    // The spool (on by default) lives here unless a test turns it off or moves it.
    stateDir: join(runDir, "bridge-state"),
    httpPort: services.httpPort,
    ...overrides,
  };
  writeFileSync(configPath, JSON.stringify(config));
  return configPath;
}

export function startBridge(runDir: string, configPath: string): ManagedChild {
  return startChild({
    name: "bridge",
    command: process.execPath,
    args: ["--import", "tsx", join(REPO_ROOT, "bridge/main.ts"), "--config", configPath],
    cwd: REPO_ROOT,
    logFile: join(runDir, "bridge.log"),
  });
}

export const connectDevice = (brokerUrl: string, clientId: string): Promise<MqttClient> =>
  mqtt.connectAsync(brokerUrl, { clientId, protocolVersion: 5, reconnectPeriod: 100 });

/** An envelope stamped relative to the real clock, which the bridge process reads. */
export function envelopeAt(boot: string, seq: number, payload: Partial<EnvelopeInit>): EnvelopeInit {
  const now = Date.now();
  const times = { timeMs: now - 500 };
  const withTimes: Partial<EnvelopeInit> = {
    // Batches of one stream sit 100 ms apart by seq, as consecutive batches of a real stream would.
    samples: payload.samples
      ? { ...payload.samples, startTimeUs: (now - 5_000 + seq * 100) * 1000 }
      : undefined,
    observation: payload.observation ? { ...payload.observation, ...times } : undefined,
    alert: payload.alert ? { ...payload.alert, ...times } : undefined,
    event: payload.event ? { ...payload.event, ...times } : undefined,
    prediction: payload.prediction ? { ...payload.prediction, ...times } : undefined,
    commandAck: payload.commandAck ? { ...payload.commandAck, appliedMs: now - 400 } : undefined,
    status: payload.status,
  };
  const present = Object.fromEntries(Object.entries(withTimes).filter(([, value]) => value !== undefined));
  return baseEnvelope({ bootId: boot, seq, deviceTimeMs: now - 300, ...present });
}

/** The topic a device would publish the envelope on, from its payload kind. */
export function topicFor(envelope: EnvelopeInit): string {
  const kind = Object.keys(TOPIC_KIND_OF_PAYLOAD).find(
    (key) => key in envelope,
  ) as keyof typeof TOPIC_KIND_OF_PAYLOAD;
  return `care/v1/${envelope.siteId}/${envelope.deviceId}/${TOPIC_KIND_OF_PAYLOAD[kind]}`;
}

export async function publishEnvelope(
  device: MqttClient,
  envelope: EnvelopeInit,
  topic = topicFor(envelope),
): Promise<void> {
  await device.publishAsync(topic, Buffer.from(encodeEnvelope(envelope)), { qos: 1 });
}

export async function envelopeCount(influx: InfluxDB, boot: string): Promise<number> {
  const rows = await influx.query<{ count: number }>(
    `SELECT count("seq") FROM "envelope" WHERE "boot" = '${boot}'`,
  );
  return Number(rows[0]?.count ?? 0);
}

export async function storedSeqs(influx: InfluxDB, boot: string): Promise<number[]> {
  const rows = await influx.query<{ seq: number }>(`SELECT "seq" FROM "envelope" WHERE "boot" = '${boot}'`);
  return rows.map((row) => Number(row.seq)).sort((a, b) => a - b);
}

export const metricsText = async (httpPort: number): Promise<string> =>
  (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
