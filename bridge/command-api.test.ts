import { afterEach, describe, expect, it } from "vitest";
import { decodeEnvelope } from "../proto/index.ts";
import { CommandApi, type CommandApiDeps, type CommandTarget } from "./command-api.ts";
import { ackTap, CommandLedger, type StoredAck } from "./command-ledger.ts";
import { MAX_COMMAND_BODY_BYTES } from "./command-request.ts";
import { type RunningHttpServer, startHttpServer } from "./http-server.ts";
import { createLogger } from "./log.ts";
import type { Point, PointSink } from "./sink.ts";

const TOKEN = "test-token-0123456789abcdefghij";
const NOW_MS = 1_736_942_400_000;
const body = {
  site: "demo-site",
  device: "room101",
  sensorId: "bladder-1",
  kind: "set_lead_time",
  args: { minutes: "35" },
};

interface Published {
  target: CommandTarget;
  payload: Uint8Array;
}

let server: RunningHttpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(overrides: Partial<CommandApiDeps> = {}) {
  const published: Published[] = [];
  const ledger = new CommandLedger(3);
  let next = 0;
  const api = new CommandApi({
    token: TOKEN,
    publish: async (target, payload) => {
      published.push({ target, payload });
    },
    connected: () => true,
    ledger,
    now: () => NOW_MS,
    newCommandId: () => `cmd-${++next}`,
    bootId: "bridge-boot",
    publishTimeoutMs: 5_000,
    log: createLogger("test", { level: "silent" }),
    ...overrides,
  });
  server = await startHttpServer("127.0.0.1", 0, {
    health: () => ({ healthy: true }),
    metrics: () => api.metricsText(),
    commands: (request, response, path) => api.handle(request, response, path),
  });
  const url = `http://127.0.0.1:${server.port}`;
  const call = async (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const { token = TOKEN, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token !== null) headers.set("Authorization", `Bearer ${token}`);
    const response = await fetch(`${url}${path}`, { ...rest, headers });
    return {
      status: response.status,
      headers: response.headers,
      json: (await response.json()) as Record<string, unknown>,
    };
  };
  const post = (payload: unknown, token?: string | null) =>
    call("/commands", {
      method: "POST",
      body: typeof payload === "string" ? payload : JSON.stringify(payload),
      token,
    });
  return { api, ledger, published, call, post };
}

describe("POST /commands", () => {
  it("publishes one command envelope per request and answers 202 with its id", async () => {
    const { api, published, post } = await start();
    const first = await post(body);
    const second = await post({ ...body, args: { minutes: "20" } });
    expect(first).toMatchObject({ status: 202, json: { commandId: "cmd-1" } });
    expect(second.json).toEqual({ commandId: "cmd-2" });
    expect(published.map((p) => p.target)).toMatchObject([
      { site: "demo-site", device: "room101" },
      { site: "demo-site", device: "room101" },
    ]);
    const envelopes = published.map((p) => decodeEnvelope(p.payload));
    expect(envelopes.map((e) => e.ok && Number(e.value.seq))).toEqual([1, 2]);
    expect(envelopes[1]).toMatchObject({
      ok: true,
      value: { deviceId: "room101", siteId: "demo-site", bootId: "bridge-boot" },
    });
    const command = envelopes[1]?.ok ? envelopes[1].value.command : undefined;
    expect(command).toMatchObject({
      commandId: "cmd-2",
      kind: "set_lead_time",
      sensorId: "bladder-1",
      args: { minutes: "20" },
    });
    expect(api.sent).toBe(2);
  });

  it("answers 401 without the right bearer token, before reading the body", async () => {
    const { api, published, post, call } = await start();
    const missing = await post(body, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect((await post(body, `${TOKEN}x`)).status).toBe(401);
    expect((await post(body, TOKEN.slice(1))).status).toBe(401);
    expect((await call("/commands/cmd-1", { token: "wrong" })).status).toBe(401);
    expect(published).toHaveLength(0);
    expect(api.rejects("unauthorized")).toBe(4);
  });

  it("answers 400 with the reason for a body that is not JSON or not a valid command", async () => {
    const { api, published, post } = await start();
    const notJson = await post("{site:");
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toBe("bad_json");
    expect(notJson.json.reason).toMatch(/^body is not JSON: /);
    const invalid = await post({ ...body, device: "room/101", args: { minutes: 35 } });
    expect(invalid).toMatchObject({
      status: 400,
      json: {
        error: "bad_request",
        reason:
          'device: must match [A-Za-z0-9_-]{1,64}, got "room/101"; args.minutes: must be a string, got number',
      },
    });
    expect(published).toHaveLength(0);
    expect([api.rejects("bad_json"), api.rejects("bad_request")]).toEqual([1, 1]);
  });

  it("answers 413 past 16 KiB and accepts a body of exactly 16 KiB", async () => {
    const { api, post } = await start();
    const padded = (bytes: number) => {
      const bare = JSON.stringify({ ...body, args: { note: "" } });
      return JSON.stringify({ ...body, args: { note: "x".repeat(bytes - bare.length) } });
    };
    expect(Buffer.byteLength(padded(MAX_COMMAND_BODY_BYTES))).toBe(MAX_COMMAND_BODY_BYTES);
    expect((await post(padded(MAX_COMMAND_BODY_BYTES))).status).toBe(202);
    const tooLarge = await post(padded(MAX_COMMAND_BODY_BYTES + 1));
    expect(tooLarge).toMatchObject({ status: 413, json: { error: "too_large" } });
    expect(api.rejects("too_large")).toBe(1);
  });

  it("answers 405 for another method", async () => {
    const { call } = await start();
    const response = await call("/commands", { method: "GET" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await call("/commands/cmd-1", { method: "DELETE" })).headers.get("allow")).toBe("GET");
  });

  it("answers 503 while MQTT is down, without publishing", async () => {
    const { api, published, post } = await start({ connected: () => false });
    expect(await post(body)).toMatchObject({ status: 503, json: { error: "mqtt_down" } });
    expect(published).toHaveLength(0);
    expect(api.rejects("mqtt_down")).toBe(1);
  });

  it("answers 502 when the broker refuses the publish, and 504 with the id when no PUBACK comes", async () => {
    const refused = await start({
      publish: () => Promise.reject(new Error("Publish error: Not authorized")),
    });
    expect(await refused.post(body)).toMatchObject({
      status: 502,
      json: {
        error: "publish_failed",
        reason: "the broker refused the command: Publish error: Not authorized",
      },
    });
    expect(refused.api.sent).toBe(0);
    expect(refused.ledger.lookup("cmd-1").state).toBe("unknown");
    await server?.close();
    const silent = await start({ publish: () => new Promise<void>(() => {}), publishTimeoutMs: 10 });
    const timedOut = await silent.post(body);
    expect(timedOut).toMatchObject({ status: 504, json: { error: "publish_timeout", commandId: "cmd-1" } });
    expect(silent.ledger.lookup("cmd-1").state).toBe("pending");
  });

  it("answers 500 and stays up when a dependency throws", async () => {
    const { api, post } = await start({
      publish: () => {
        throw new Error("bug");
      },
    });
    expect(await post(body)).toMatchObject({ status: 500, json: { error: "internal_error", reason: "bug" } });
    expect(api.rejects("internal_error")).toBe(1);
    expect((await post(body, null)).status).toBe(401);
  });
});

describe("GET /commands/<id>", () => {
  const ack = (overrides: Partial<StoredAck> = {}): StoredAck => ({
    commandId: "cmd-1",
    site: "demo-site",
    device: "room101",
    ok: true,
    message: "lead time 35 min",
    timeMs: NOW_MS + 500,
    ...overrides,
  });

  it("is 404 until the device's ack is stored, then 200 with it", async () => {
    const { ledger, post, call } = await start();
    expect(await call("/commands/cmd-1")).toMatchObject({ status: 404, json: { state: "unknown" } });
    await post(body);
    expect(await call("/commands/cmd-1")).toMatchObject({
      status: 404,
      json: { commandId: "cmd-1", state: "pending", command: { device: "room101", issuedMs: NOW_MS } },
    });
    ledger.acknowledged(ack());
    expect(await call("/commands/cmd-1")).toMatchObject({
      status: 200,
      json: {
        commandId: "cmd-1",
        state: "acknowledged",
        ok: true,
        message: "lead time 35 min",
        device: "room101",
        timeMs: NOW_MS + 500,
        command: { sensorId: "bladder-1", kind: "set_lead_time" },
      },
    });
  });

  it("ignores an ack from another device for a command this bridge sent", async () => {
    const { ledger, post, call } = await start();
    await post(body);
    expect(ledger.acknowledged(ack({ device: "room102" }))).toBe(false);
    expect((await call("/commands/cmd-1")).status).toBe(404);
    expect(ledger.acksIgnored).toBe(1);
  });

  it("keeps the last acks only, dropping the oldest and counting it", () => {
    const ledger = new CommandLedger(3);
    for (const id of ["a", "b", "c", "d"]) ledger.acknowledged(ack({ commandId: id }));
    expect(["a", "b", "c", "d"].map((id) => ledger.lookup(id).state)).toEqual([
      "unknown",
      "acknowledged",
      "acknowledged",
      "acknowledged",
    ]);
    expect(ledger.acksDropped).toBe(1);
  });

  it("lists the command counters and every reject reason on /metrics", async () => {
    const { post } = await start();
    await post(body);
    await post(body, null);
    const text = await (await fetch(`http://127.0.0.1:${server?.port}/metrics`)).text();
    expect(text).toContain("bridge_commands_sent_total 1\n");
    expect(text).toContain('bridge_command_rejects_total{reason="unauthorized"} 1\n');
    expect(text).toContain('bridge_command_rejects_total{reason="publish_timeout"} 0\n');
    expect(text).toContain("bridge_command_acks_stored_total 0\n");
  });
});

describe("ackTap", () => {
  const ackPoint: Point = {
    measurement: "command_ack",
    retentionPolicy: "autogen",
    tags: { site: "demo-site", device: "room101" },
    fields: { command_id: "cmd-9", ok: false, message: "no sensor bladder-9 on this device" },
    timeNs: 1_736_942_400_123_000_000n,
  };
  const envelopePoint: Point = { ...ackPoint, measurement: "envelope", fields: { seq: 3n } };

  it("reports an ack once its write succeeded, and not when it failed", async () => {
    const seen: StoredAck[] = [];
    let fail = true;
    const inner: PointSink = {
      write: async () => {
        if (fail) throw new Error("InfluxDB down");
      },
      close: async () => {},
    };
    const tap = ackTap(inner, (ack) => seen.push(ack));
    await expect(tap.write([envelopePoint, ackPoint])).rejects.toThrow("InfluxDB down");
    expect(seen).toEqual([]);
    fail = false;
    await tap.write([envelopePoint, ackPoint]);
    expect(seen).toEqual([
      {
        commandId: "cmd-9",
        site: "demo-site",
        device: "room101",
        ok: false,
        message: "no sensor bladder-9 on this device",
        timeMs: 1_736_942_400_123,
      },
    ]);
  });
});

describe("without the command API", () => {
  it("does not serve /commands", async () => {
    server = await startHttpServer("127.0.0.1", 0, { health: () => ({ healthy: true }), metrics: () => "" });
    const response = await fetch(`http://127.0.0.1:${server.port}/commands/cmd-1`);
    expect(response.status).toBe(404);
  });
});
