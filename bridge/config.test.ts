import { describe, expect, it } from "vitest";
import { BRIDGE_CONFIG_SCHEMA, loadConfig, redactedConfig } from "./config.ts";
import { describeSchema } from "./config-schema.ts";
import { loadSecrets } from "./secrets.ts";

function valid(file: unknown, env: Record<string, string> = {}) {
  const result = loadConfig(file, env);
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.config;
}

describe("bridge config", () => {
  it("fills every key from its default", () => {
    const config = valid(undefined);
    expect(config).toMatchObject({
      mqttUrl: "mqtt://127.0.0.1:1883",
      influxDatabase: "care",
      rawRetention: "30d",
      maxFutureSkewMs: 300_000,
      maxPastAgeMs: 30 * 86_400_000,
      httpPort: 0,
      clientId: "care-bridge",
    });
    expect(config.sharedGroup).toBeUndefined();
    expect(Object.keys(config).sort()).toEqual(Object.keys(BRIDGE_CONFIG_SCHEMA).sort());
  });

  it("takes file values and lets environment variables override them", () => {
    const config = valid(
      { influxDatabase: "fromfile", batchMaxPoints: 100, httpPort: 9100 },
      { BRIDGE_INFLUX_DATABASE: "fromenv", BRIDGE_HTTP_PORT: "9200", BRIDGE_SHARED_GROUP: "bridges" },
    );
    expect(config.influxDatabase).toBe("fromenv");
    expect(config.batchMaxPoints).toBe(100);
    expect(config.httpPort).toBe(9200);
    expect(config.sharedGroup).toBe("bridges");
  });

  it("reports every error at once", () => {
    const result = loadConfig(
      {
        mqttUrl: "http://wrong",
        batchMaxPoints: 0,
        rawRetention: "30 days",
        colour: "blue",
        influxDatabase: 5,
      },
      { BRIDGE_HTTP_PORT: "eighty", BRIDGE_CLIENT_ID: "has space" },
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(7);
    expect(errors.join("\n")).toMatch(/colour: unknown key/);
    expect(errors.join("\n")).toMatch(/mqttUrl \(config file\): must use mqtt:/);
    expect(errors.join("\n")).toMatch(/batchMaxPoints .*between 1 and/);
    expect(errors.join("\n")).toMatch(/rawRetention .*InfluxQL duration/);
    expect(errors.join("\n")).toMatch(/influxDatabase .*must be a string/);
    expect(errors.join("\n")).toMatch(/httpPort \(env BRIDGE_HTTP_PORT\): must be an integer/);
    expect(errors.join("\n")).toMatch(/clientId \(env BRIDGE_CLIENT_ID\)/);
  });

  it("checks rules across keys", () => {
    const result = loadConfig(
      { mqttReconnectBaseMs: 5000, mqttReconnectCapMs: 1000, influxPasswordFile: "/x" },
      {},
    );
    expect(result.ok ? [] : result.errors).toEqual([
      "mqttReconnectCapMs: must be at least mqttReconnectBaseMs",
      "influxPasswordFile: set influxUsername too",
    ]);
  });

  it("spools to disk by default, in systemd's state folder or /var/lib/care-bridge; off only when asked", () => {
    const defaults = valid(undefined);
    expect(defaults).toMatchObject({
      stateDir: "/var/lib/care-bridge",
      spoolDir: "/var/lib/care-bridge/spool",
      deadLetterPath: "/var/lib/care-bridge/dead-letters.jsonl",
      spoolMaxBytes: 2 ** 30,
      spoolSyncIntervalMs: 200,
    });
    expect(valid(undefined, { STATE_DIRECTORY: "/var/lib/care-bridge-2" })).toMatchObject({
      spoolDir: "/var/lib/care-bridge-2/spool",
      deadLetterPath: "/var/lib/care-bridge-2/dead-letters.jsonl",
    });
    expect(valid({ spool: "off" }).spoolDir).toBeUndefined();
    const conflicting = loadConfig({ spool: "off", spoolDir: "/x" }, {});
    expect(conflicting.ok ? [] : conflicting.errors).toEqual([
      'spoolDir: the spool is "off"; remove spoolDir or set spool to "disk"',
    ]);
    const spooled = valid({ spoolDir: "/var/spool/bridge" }, { BRIDGE_SPOOL_SYNC_INTERVAL_MS: "0" });
    expect(spooled).toMatchObject({ spoolDir: "/var/spool/bridge", spoolSyncIntervalMs: 0 });
    const result = loadConfig({ spoolMaxBytes: 1_000_000, spoolSegmentBytes: 500_000 }, {});
    expect(result.ok ? [] : result.errors).toEqual([
      "spoolSegmentBytes: must be at most a quarter of spoolMaxBytes",
    ]);
  });

  it("refuses a config file that is not an object", () => {
    const result = loadConfig([1, 2], {});
    expect(result.ok ? [] : result.errors).toEqual(["config file: must contain a JSON object"]);
  });

  it("masks URL passwords when the config is logged", () => {
    const config = valid({ mqttUrl: "mqtt://bridge:secret@broker:1883" });
    expect(JSON.stringify(redactedConfig(config))).not.toContain("secret");
  });

  it("documents every key with its env name", () => {
    const lines = describeSchema(BRIDGE_CONFIG_SCHEMA);
    expect(lines).toHaveLength(Object.keys(BRIDGE_CONFIG_SCHEMA).length);
    expect(lines.find((line) => line.startsWith("rawRetention"))).toContain("BRIDGE_RAW_RETENTION");
  });
});

describe("secrets", () => {
  const files: Record<string, string> = {
    "/run/mqtt.pw": "m-secret\n",
    "/run/empty": "",
    "/run/command.token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
    "/run/short.token": "short\n",
    "/run/ca.crt": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
  };
  const read = (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return text;
  };

  it("reads passwords from files, trimming one trailing newline, and prefers the environment", () => {
    const config = valid({ mqttUsername: "bridge", mqttPasswordFile: "/run/mqtt.pw", influxUsername: "w" });
    expect(loadSecrets(config, {}, read)).toEqual({
      ok: true,
      secrets: { mqttPassword: "m-secret", influxPassword: undefined },
    });
    expect(loadSecrets(config, { BRIDGE_MQTT_PASSWORD: "env" }, read)).toMatchObject({
      secrets: { mqttPassword: "env" },
    });
  });

  it("switches the command API on with a token file only, which needs the HTTP server", () => {
    expect(loadSecrets(valid({}), {}, read)).toMatchObject({
      ok: true,
      secrets: { commandToken: undefined },
    });
    const config = valid({ commandTokenFile: "/run/command.token", httpPort: 9100 });
    expect(loadSecrets(config, {}, read)).toMatchObject({
      ok: true,
      secrets: { commandToken: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    });
    const weak = loadSecrets(valid({ commandTokenFile: "/run/short.token", httpPort: 9100 }), {}, read);
    expect(weak.ok ? [] : weak.errors).toEqual([
      "commandTokenFile: /run/short.token must hold one token of at least 22 printable ASCII characters without spaces",
    ]);
    const noHttp = loadConfig({ commandTokenFile: "/run/command.token" }, {});
    expect(noHttp.ok ? [] : noHttp.errors).toEqual([
      "commandTokenFile: the command API needs the HTTP server; set httpPort too",
    ]);
  });

  it("reads the CA that the broker's certificate is checked against", () => {
    const config = valid({ mqttUrl: "mqtts://broker.facility.lan:8883", mqttCaFile: "/run/ca.crt" });
    expect(loadSecrets(config, {}, read)).toMatchObject({
      ok: true,
      secrets: { mqttCa: files["/run/ca.crt"]?.trimEnd() },
    });
  });

  it("reports every unreadable or empty file at once", () => {
    const config = valid({
      mqttUsername: "bridge",
      mqttPasswordFile: "/missing",
      mqttCaFile: "/missing-ca.crt",
      influxUsername: "w",
      influxPasswordFile: "/run/empty",
    });
    const result = loadSecrets(config, {}, read);
    expect(result.ok ? [] : result.errors).toEqual([
      "mqttPasswordFile: cannot read /missing: ENOENT: /missing",
      "influxPasswordFile: /run/empty is empty",
      "mqttCaFile: cannot read /missing-ca.crt: ENOENT: /missing-ca.crt",
    ]);
  });
});
