// Runtime commands end to end on real parts, with broker and database authentication on: a caller
// asks the bridge's HTTP command API (bearer token from the run's secrets) for set_lead_time 35 min on
// one resident's bladder sensor; the bridge publishes the Command from its own MQTT session (the only
// user the ACL lets write commands); the agent applies it and acknowledges it on its acks topic; the
// bridge stores the ack in InfluxDB and answers GET /commands/<id> with it. A notice raised after the
// command comes earlier than the default 20 minutes allow. Then set_threshold: acknowledged, and every
// later bladder_trend, the bladder_settings observation and the next notice carry the new threshold.
// Refusals: a wrong token (401), a bad body (400), and a sensor the device does not have
// (acknowledged with ok=false and the reason).
import { InfluxDB } from "influx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usefulWindow } from "../../device/sensors/bladder/bladder-forecast.ts";
import { makeRunDir, waitFor } from "../../scripts/stack/index.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { CommandApiClient } from "./command-api-client.ts";

let system: RunningSystem;
let influx: InfluxDB;
let api: CommandApiClient;
let leadTimeCommandId = "";

const device = () => system.residents[0]?.deviceId ?? "";
const sensor = () => system.residents[0]?.sensorId ?? "";

async function metric(name: string): Promise<number> {
  const text = await (await fetch(system.bridgeMetricsUrl)).text();
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${name} `));
  return Number(line?.split(" ")[1]);
}

const command = (overrides: Record<string, unknown> = {}) => ({
  site: system.options.siteId,
  device: device(),
  sensorId: sensor(),
  kind: "set_lead_time",
  args: { minutes: "35" },
  ...overrides,
});

beforeAll(async () => {
  // Ten simulated minutes per real second: a reading every 0.1 s, a filling cycle in about 30 s.
  system = await startSystem(
    { ...defaultSystemOptions, residents: 1, acceleration: 600, seed: 5 },
    makeRunDir("it-bladder-command"),
  );
  api = new CommandApiClient(system);
  influx = new InfluxDB(`${system.influxQueryUrl}/care`);
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

describe("a bladder command through the bridge's HTTP API", () => {
  it("runs with broker authentication on", () => {
    expect(system.credentials?.mqttBridge.username).toBe("bridge-1");
  });

  it("is published, applied by the agent and its acknowledgement returned by GET /commands/<id>", async () => {
    const sent = await api.post(command());
    expect(sent.status).toBe(202);
    leadTimeCommandId = String(sent.json.commandId);
    expect(leadTimeCommandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await api.acknowledgement(leadTimeCommandId)).toMatchObject({
      commandId: leadTimeCommandId,
      state: "acknowledged",
      ok: true,
      message: "lead time 35 min",
      site: system.options.siteId,
      device: device(),
      command: { sensorId: sensor(), kind: "set_lead_time" },
    });
    expect(await metric("bridge_commands_sent_total")).toBe(1);
  }, 40_000);

  it("stores the acknowledgement in InfluxDB", async () => {
    const query = `SELECT "ok", "message", "device" FROM "command_ack" WHERE "command_id" = '${leadTimeCommandId}'`;
    await waitFor("command_ack point", async () => (await influx.query(query)).length > 0, 30_000);
    const [row] = await influx.query<{ ok: boolean; message: string; device: string }>(query);
    expect(row).toMatchObject({ ok: true, message: "lead time 35 min", device: device() });
  }, 40_000);

  it("refuses a wrong token with 401 and a bad body with 400, and publishes nothing for them", async () => {
    expect((await api.post(command(), `${api.token}x`)).status).toBe(401);
    const notJson = await api.post("{");
    expect(notJson).toMatchObject({ status: 400, json: { error: "bad_json" } });
    const badDevice = await api.post(command({ device: "room+1", args: { minutes: 35 } }));
    expect(badDevice).toMatchObject({
      status: 400,
      json: {
        error: "bad_request",
        reason:
          'device: must match [A-Za-z0-9_-]{1,64}, got "room+1"; args.minutes: must be a string, got number',
      },
    });
    expect(await metric('bridge_command_rejects_total{reason="unauthorized"}')).toBe(1);
    expect(await metric('bridge_command_rejects_total{reason="bad_request"}')).toBe(1);
    expect(await metric("bridge_commands_sent_total")).toBe(1);
  });

  it("gets ok=false with the reason for a sensor the device does not have", async () => {
    const sent = await api.post(command({ sensorId: "bladder-9" }));
    expect(sent.status).toBe(202);
    expect(await api.acknowledgement(String(sent.json.commandId))).toMatchObject({
      ok: false,
      message: "no sensor bladder-9 on this device",
      device: device(),
    });
  }, 40_000);

  it("stores predictions, and a toilet_soon alert raised under the new lead time, its expected void inside that lead's useful window", async () => {
    const notice = `SELECT "lead_time_min", "minutes_until" FROM "alert" WHERE "kind" = 'toilet_soon' AND "state" = 'raised' AND "lead_time_min" = 35`;
    await waitFor(
      "a toilet_soon alert raised with lead 35",
      async () => (await influx.query(notice)).length > 0,
      90_000,
    );
    const [alert] = await influx.query<{ minutes_until: number }>(notice);
    const window = usefulWindow(35, 35);
    expect(alert?.minutes_until).toBeGreaterThanOrEqual(window.earliestMin);
    expect(alert?.minutes_until).toBeLessThanOrEqual(window.latestMin);
    const [predictions] = await influx.query<{ count: number }>(
      `SELECT count("minutes_until") AS "count" FROM "prediction" WHERE "device" = '${device()}' AND "target" = 'void_threshold'`,
    );
    expect(Number(predictions?.count)).toBeGreaterThan(50);
  }, 100_000);

  it("applies set_threshold: acknowledged, then in every bladder_trend, in bladder_settings and in the next notice", async () => {
    const [current] = await influx.query<{ last: number }>(
      `SELECT last("threshold_ml") FROM "bladder_trend" WHERE "device" = '${device()}'`,
    );
    // Lower than the one in use, so that the fill reaches it soon.
    const targetMl = Math.max(120, Math.round((0.85 * Number(current?.last)) / 10) * 10);
    const sent = await api.post(command({ kind: "set_threshold", args: { ml: String(targetMl) } }));
    expect(sent.status).toBe(202);
    expect(await api.acknowledgement(String(sent.json.commandId))).toMatchObject({
      ok: true,
      message: `threshold ${targetMl} mL (fixed)`,
      command: { sensorId: sensor(), kind: "set_threshold" },
    });
    const trendWith = (condition: string) =>
      `SELECT "threshold_ml" FROM "bladder_trend" WHERE "device" = '${device()}' AND ${condition}`;
    await waitFor(
      "20 trend rows with the new threshold",
      async () => (await influx.query(trendWith(`"threshold_ml" = ${targetMl}`))).length >= 20,
      60_000,
    );
    const [first] = await influx.query<{ time: { getTime(): number } }>(
      `${trendWith(`"threshold_ml" = ${targetMl}`)} ORDER BY time ASC LIMIT 1`,
    );
    const since = `time >= ${Number(first?.time.getTime()) * 1_000_000}`;
    expect(await influx.query(trendWith(`${since} AND "threshold_ml" <> ${targetMl}`))).toHaveLength(0);
    const [settings] = await influx.query<Record<string, number>>(
      `SELECT "lead_time_min", "threshold_ml", "threshold_fixed" FROM "bladder_settings" WHERE "device" = '${device()}' AND "threshold_ml" = ${targetMl}`,
    );
    expect(settings).toMatchObject({ lead_time_min: 35, threshold_ml: targetMl, threshold_fixed: 1 });
    const noticeAfter = `SELECT "threshold_ml", "lead_time_min" FROM "alert" WHERE "kind" = 'toilet_soon' AND "state" = 'raised' AND "device" = '${device()}' AND ${since}`;
    await waitFor(
      "a notice after the change",
      async () => (await influx.query(noticeAfter)).length > 0,
      90_000,
    );
    for (const notice of await influx.query<{ threshold_ml: number; lead_time_min: number }>(noticeAfter)) {
      expect(notice).toMatchObject({ threshold_ml: targetMl, lead_time_min: 35 });
    }
  }, 200_000);

  it("kept the bridge's one MQTT session throughout", async () => {
    // A second client under the bridge's user would have taken the session over (use_username_as_clientid).
    expect(await metric("bridge_mqtt_connects_total")).toBe(1);
  });
});
