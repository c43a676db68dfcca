import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  agentConfigSpec,
  DEFAULT_STATE_DIR,
  loadAgentConfig,
  stateDirErrors,
  stateDirOf,
  unreadableFileErrors,
} from "./agent-config.ts";
import { parseWithSchema } from "./schema.ts";

const valid = {
  deviceId: "room101",
  siteId: "facility-a",
  mqtt: { url: "mqtt://127.0.0.1:1883" },
  sensors: [
    { id: "bladder-1", kind: "bladder", transport: { type: "serial", path: "/dev/ttyUSB0" }, settings: {} },
  ],
};

describe("agent config schema", () => {
  it("fills defaults", () => {
    const { value, errors } = parseWithSchema(agentConfigSpec, valid, {});
    expect(errors).toEqual([]);
    expect(value.mqtt.keepaliveS).toBe(30);
    expect(value.sensors[0]?.transport).toEqual({
      type: "serial",
      path: "/dev/ttyUSB0",
      baudRate: 115_200,
      silenceTimeoutMs: 15_000,
    });
    expect(value.clock.acceleration).toBe(1);
  });

  it("reports every error at once", () => {
    const broken = {
      ...valid,
      deviceId: "room 101",
      mqtt: { url: "mqtt://x", keepaliveS: 1 },
      sensors: [{ id: "b", kind: "toaster", transport: { type: "carrier-pigeon" }, settings: {} }],
      extra: true,
    };
    const { errors } = parseWithSchema(agentConfigSpec, broken, {});
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("config.deviceId"),
        expect.stringContaining("config.mqtt.keepaliveS"),
        expect.stringContaining("config.sensors[0].kind"),
        expect.stringContaining("config.sensors[0].transport.type"),
        expect.stringContaining("config.extra: unknown key"),
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it("lets the environment override the file", () => {
    const { value, errors } = parseWithSchema(agentConfigSpec, valid, {
      CARE_MQTT_URL: "mqtts://broker:8883",
      CARE_DEVICE_ID: "room202",
    });
    expect(errors).toEqual([]);
    expect(value.mqtt.url).toBe("mqtts://broker:8883");
    expect(value.deviceId).toBe("room202");
  });

  it("names every file the agent cannot read at start-up", () => {
    const { value } = parseWithSchema(
      agentConfigSpec,
      { ...valid, mqtt: { url: "mqtts://broker:8883", caFile: "/no/ca.crt", passwordFile: "/no/password" } },
      {},
    );
    expect(unreadableFileErrors(value)).toEqual([
      expect.stringMatching(/^config\.mqtt\.passwordFile: cannot read \/no\/password: ENOENT/),
      expect.stringMatching(/^config\.mqtt\.caFile: cannot read \/no\/ca\.crt: ENOENT/),
    ]);
    const { value: readable } = parseWithSchema(
      agentConfigSpec,
      { ...valid, mqtt: { url: "mqtts://broker:8883", caFile: import.meta.filename } },
      {},
    );
    expect(unreadableFileErrors(readable)).toEqual([]);
  });
});

describe("agent state folder", () => {
  it("is durable by default: systemd's STATE_DIRECTORY, else /var/lib/care-agent, unless set", () => {
    const { value } = parseWithSchema(agentConfigSpec, valid, {});
    expect(value.outbox.store).toBe("disk");
    expect(stateDirOf(value, {})).toBe(DEFAULT_STATE_DIR);
    expect(stateDirOf(value, { STATE_DIRECTORY: "/var/lib/care-agent-2:/var/lib/other" })).toBe(
      "/var/lib/care-agent-2",
    );
    const { value: chosen } = parseWithSchema(agentConfigSpec, valid, { CARE_STATE_DIR: "/srv/agent" });
    expect(stateDirOf(chosen, { STATE_DIRECTORY: "/var/lib/care-agent" })).toBe("/srv/agent");
  });

  it("reports settings, files, state folder and cross-key errors together", () => {
    const dir = mkdtempSync(join(tmpdir(), "agent-config-"));
    const notAFolder = join(dir, "file");
    writeFileSync(notAFolder, "");
    const path = join(dir, "agent.json");
    writeFileSync(
      path,
      JSON.stringify({
        ...valid,
        deviceId: "bad id",
        stateDir: join(notAFolder, "state"),
        outbox: { maxBytes: 65_536, segmentBytes: 32_768 },
      }),
    );
    const { config, errors, readable } = loadAgentConfig(path, {});
    expect(readable).toBe(true);
    expect(errors).toEqual([
      expect.stringContaining("config.deviceId"),
      "config.outbox.segmentBytes: must be at most a quarter of maxBytes",
    ]);
    expect(stateDirErrors(config, {})).toEqual([
      expect.stringMatching(/^config\.stateDir: cannot write .*ENOTDIR/),
    ]);
  });
});
