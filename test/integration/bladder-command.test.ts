// A runtime command end to end on real parts: a client with the bridge's rights publishes a Command
// (set_lead_time 35 min) to one resident's device; the agent applies it to the bladder analyzer and
// acknowledges it on its acks topic; the bridge stores the ack, the predictions and the "toilet soon"
// alerts in InfluxDB, and alerts raised after the command carry the new lead time.
import { randomUUID } from "node:crypto";
import { InfluxDB } from "influx";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type care, decodeEnvelope, encodeEnvelope, topicFor } from "../../proto/index.ts";
import { makeRunDir, waitFor } from "../../scripts/stack/index.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";

let system: RunningSystem;
let client: MqttClient;
let influx: InfluxDB;
const commandId = `it-${randomUUID()}`;
const acks: care.v1.CommandAck.$Properties[] = [];

const device = () => system.residents[0]?.deviceId ?? "";
const sensor = () => system.residents[0]?.sensorId ?? "";

beforeAll(async () => {
  // Ten simulated minutes per real second: a reading every 0.1 s, a filling cycle in about 30 s.
  // Without broker authentication: with it, the only user allowed to write commands is the bridge's,
  // and the broker makes a user's client id its name (use_username_as_clientid), so a second client
  // under that user takes over the bridge's session (the bridge reconnects without it and loses what
  // was published meanwhile, this very ack included). A command-writing operator user of its own is
  // what startSystem would need to expose for this test to run with authentication.
  system = await startSystem(
    { ...defaultSystemOptions, residents: 1, acceleration: 600, seed: 5, auth: false },
    makeRunDir("it-bladder-command"),
  );
  influx = new InfluxDB(`${system.influxQueryUrl}/care`);
  client = await mqtt.connectAsync(system.broker.url, {
    clientId: "it-bladder-command",
    protocolVersion: 5,
    reconnectPeriod: 0,
  });
  client.on("message", (_topic, payload) => {
    const envelope = decodeEnvelope(new Uint8Array(payload));
    if (envelope.ok && envelope.value.commandAck) acks.push(envelope.value.commandAck);
  });
  await client.subscribeAsync(topicFor({ site: system.options.siteId, device: device(), kind: "acks" }), {
    qos: 1,
  });
}, 120_000);

afterAll(async () => {
  await client?.endAsync();
  await system?.stop();
});

describe("a bladder command over MQTT", () => {
  it("is applied by the agent and acknowledged on the acks topic", async () => {
    const command = encodeEnvelope({
      deviceId: device(),
      siteId: system.options.siteId,
      seq: 1,
      schemaVersion: 1,
      deviceTimeMs: Date.now(),
      command: {
        commandId,
        kind: "set_lead_time",
        sensorId: sensor(),
        args: { minutes: "35" },
        issuedMs: Date.now(),
      },
    });
    await client.publishAsync(
      topicFor({ site: system.options.siteId, device: device(), kind: "commands" }),
      Buffer.from(command),
      { qos: 1 },
    );
    await waitFor("command ack", () => acks.some((ack) => ack.commandId === commandId), 30_000);
    expect(acks.find((ack) => ack.commandId === commandId)).toMatchObject({
      ok: true,
      message: "lead time 35 min",
    });
  }, 40_000);

  it("stores the acknowledgement in InfluxDB", async () => {
    const query = `SELECT "ok", "message" FROM "command_ack" WHERE "command_id" = '${commandId}'`;
    await waitFor("command_ack point", async () => (await influx.query(query)).length > 0, 30_000);
    const [row] = await influx.query<{ ok: boolean; message: string; device: string }>(
      `SELECT "ok", "message", "device" FROM "command_ack" WHERE "command_id" = '${commandId}'`,
    );
    expect(row).toMatchObject({ ok: true, message: "lead time 35 min", device: device() });
  }, 40_000);

  it("stores predictions and toilet_soon alerts raised with the new lead time", async () => {
    const alertsWithNewLead = `SELECT "lead_time_min", "minutes_until" FROM "alert" WHERE "kind" = 'toilet_soon' AND "state" = 'raised' AND "lead_time_min" = 35`;
    await waitFor(
      "a toilet_soon alert with lead 35",
      async () => (await influx.query(alertsWithNewLead)).length > 0,
      90_000,
    );
    const [alert] = await influx.query<{ minutes_until: number }>(alertsWithNewLead);
    expect(alert?.minutes_until).toBeLessThanOrEqual(35);
    const [predictions] = await influx.query<{ count: number }>(
      `SELECT count("minutes_until") AS "count" FROM "prediction" WHERE "device" = '${device()}' AND "target" = 'void_threshold'`,
    );
    expect(Number(predictions?.count)).toBeGreaterThan(50);
    const [trend] = await influx.query<{ count: number }>(
      `SELECT count("volume_ml") AS "count" FROM "bladder_trend" WHERE "device" = '${device()}'`,
    );
    expect(Number(trend?.count)).toBeGreaterThan(50);
  }, 100_000);
});
