// The bridge's one config schema. Type, defaults, env overrides and validation all come from here.
// Secrets never live in this table: only the paths of files that hold them (see secrets.ts).
import { join } from "node:path";
import { isValidSegment } from "../proto/index.ts";
import {
  type ConfigOf,
  type ConfigResult,
  integer,
  optionalText,
  resolveConfig,
  text,
} from "./config-schema.ts";

const MINUTE_MS = 60_000;
export const DEFAULT_BRIDGE_STATE_DIR = "/var/lib/care-bridge";
const DAY_MS = 24 * 60 * MINUTE_MS;

function checkUrl(protocols: readonly string[]) {
  return (value: string): string | undefined => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol)
        ? undefined
        : `must use ${protocols.join(" or ")}, got ${url.protocol}`;
    } catch {
      return `is not a URL: ${JSON.stringify(value)}`;
    }
  };
}

const nonEmpty = (value: string) => (value.trim() === "" ? "must not be empty" : undefined);
const segment = (value: string) => (isValidSegment(value) ? undefined : "must match [A-Za-z0-9_-]{1,64}");
// InfluxQL duration literal (or INF), e.g. "30d", "12w", "720h".
const influxDuration = (value: string) =>
  /^(INF|[1-9][0-9]*(w|d|h|m|s))$/.test(value)
    ? undefined
    : 'must be an InfluxQL duration such as "30d" or INF';
const identifier = (value: string) =>
  /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value) ? undefined : "must be an identifier [A-Za-z_][A-Za-z0-9_]*";

export const BRIDGE_CONFIG_SCHEMA = {
  mqttUrl: text({
    env: "BRIDGE_MQTT_URL",
    default: "mqtt://127.0.0.1:1883",
    check: checkUrl(["mqtt:", "mqtts:", "tcp:", "ssl:"]),
    doc: "broker URL",
  }),
  mqttUsername: optionalText({ env: "BRIDGE_MQTT_USERNAME", check: nonEmpty, doc: "MQTT user" }),
  mqttPasswordFile: optionalText({
    env: "BRIDGE_MQTT_PASSWORD_FILE",
    check: nonEmpty,
    doc: "file holding the MQTT password (or set BRIDGE_MQTT_PASSWORD)",
  }),
  mqttCaFile: optionalText({
    env: "BRIDGE_MQTT_CA_FILE",
    check: nonEmpty,
    doc: "PEM file of the CA that signed the broker's certificate (mqtts:// with a facility's own CA)",
  }),
  mqttKeepaliveSec: integer({
    env: "BRIDGE_MQTT_KEEPALIVE_SEC",
    default: 30,
    min: 5,
    max: 600,
    doc: "MQTT keepalive; also the longest one message may hold the handler while InfluxDB retries",
  }),
  mqttSessionExpirySec: integer({
    env: "BRIDGE_MQTT_SESSION_EXPIRY_SEC",
    default: 7 * 24 * 3600,
    min: 60,
    max: 0xffffffff,
    doc: "how long the broker keeps the persistent session (and its queue) while the bridge is away",
  }),
  mqttReconnectBaseMs: integer({
    env: "BRIDGE_MQTT_RECONNECT_BASE_MS",
    default: 500,
    min: 10,
    max: 60_000,
    doc: "first reconnect delay",
  }),
  mqttReconnectCapMs: integer({
    env: "BRIDGE_MQTT_RECONNECT_CAP_MS",
    default: 30_000,
    min: 10,
    max: 600_000,
    doc: "largest reconnect delay",
  }),
  writeRetryBaseMs: integer({
    env: "BRIDGE_WRITE_RETRY_BASE_MS",
    default: 250,
    min: 1,
    max: 60_000,
    doc: "first delay before retrying a failed InfluxDB write",
  }),
  writeRetryCapMs: integer({
    env: "BRIDGE_WRITE_RETRY_CAP_MS",
    default: 8_000,
    min: 1,
    max: 600_000,
    doc: "largest delay between InfluxDB write retries",
  }),
  clientId: text({
    env: "BRIDGE_CLIENT_ID",
    default: "care-bridge",
    check: segment,
    doc: "fixed MQTT client id",
  }),
  sharedGroup: optionalText({
    env: "BRIDGE_SHARED_GROUP",
    check: segment,
    doc: "subscribe through $share/<group>/ so replicas split the load",
  }),
  influxUrl: text({
    env: "BRIDGE_INFLUX_URL",
    default: "http://127.0.0.1:8086",
    check: checkUrl(["http:", "https:"]),
    doc: "InfluxDB 1.x HTTP URL",
  }),
  influxDatabase: text({
    env: "BRIDGE_INFLUX_DATABASE",
    default: "care",
    check: identifier,
    doc: "database",
  }),
  influxUsername: optionalText({ env: "BRIDGE_INFLUX_USERNAME", check: nonEmpty, doc: "InfluxDB user" }),
  influxPasswordFile: optionalText({
    env: "BRIDGE_INFLUX_PASSWORD_FILE",
    check: nonEmpty,
    doc: "file holding the InfluxDB password (or set BRIDGE_INFLUX_PASSWORD)",
  }),
  rawRetention: text({
    env: "BRIDGE_RAW_RETENTION",
    default: "30d",
    check: influxDuration,
    doc: 'duration of the "raw" retention policy that holds samples',
  }),
  batchMaxPoints: integer({
    env: "BRIDGE_BATCH_MAX_POINTS",
    default: 5000,
    min: 1,
    max: 1_000_000,
    doc: "points per InfluxDB write request",
  }),
  batchMaxDelayMs: integer({
    env: "BRIDGE_BATCH_MAX_DELAY_MS",
    default: 100,
    min: 0,
    max: 60_000,
    doc: "how long points may wait for a batch while another write is in flight",
  }),
  stateDir: optionalText({
    env: "BRIDGE_STATE_DIR",
    check: nonEmpty,
    doc: `folder of the spool and the dead letters; default systemd's STATE_DIRECTORY, else ${DEFAULT_BRIDGE_STATE_DIR}`,
  }),
  deadLetterPath: optionalText({
    env: "BRIDGE_DEAD_LETTER_PATH",
    check: nonEmpty,
    doc: "JSON-lines file of rejected messages; default <stateDir>/dead-letters.jsonl",
  }),
  deadLetterMaxBytes: integer({
    env: "BRIDGE_DEAD_LETTER_MAX_BYTES",
    default: 10 * 1024 * 1024,
    min: 4096,
    max: 2 ** 40,
    doc: "size at which the dead-letter file rotates to .1 (the old .1 is dropped and counted)",
  }),
  maxFutureSkewMs: integer({
    env: "BRIDGE_MAX_FUTURE_SKEW_MS",
    default: 5 * MINUTE_MS,
    min: 0,
    // Accelerated simulations run far ahead of the wall clock on purpose.
    max: 10 * 365 * DAY_MS,
    doc: "reject timestamps further ahead of the bridge clock",
  }),
  maxPastAgeMs: integer({
    env: "BRIDGE_MAX_PAST_AGE_MS",
    default: 30 * DAY_MS,
    min: 1,
    max: 10 * 365 * DAY_MS,
    doc: "reject timestamps older than this",
  }),
  maxBatchSamples: integer({
    env: "BRIDGE_MAX_BATCH_SAMPLES",
    default: 20_000,
    min: 1,
    max: 1_000_000,
    doc: "most sample instants one SampleBatch may carry",
  }),
  spool: text({
    env: "BRIDGE_SPOOL",
    default: "disk",
    check: (value) => (value === "disk" || value === "off" ? undefined : 'must be "disk" or "off"'),
    doc: '"disk": acknowledge after a durable local append, drain to InfluxDB in the background; "off": acknowledge after InfluxDB has it, the broker queue is the only buffer',
  }),
  spoolDir: optionalText({
    env: "BRIDGE_SPOOL_DIR",
    check: nonEmpty,
    doc: "folder of the spool; default <stateDir>/spool",
  }),
  spoolMaxBytes: integer({
    env: "BRIDGE_SPOOL_MAX_BYTES",
    default: 1024 * 1024 * 1024,
    min: 256 * 1024,
    max: 2 ** 40,
    doc: "size bound of the spool; past it the oldest segment is dropped (counted)",
  }),
  spoolMaxAgeMs: integer({
    env: "BRIDGE_SPOOL_MAX_AGE_MS",
    default: 7 * DAY_MS,
    min: 1_000,
    max: 365 * DAY_MS,
    doc: "spooled batches older than this are dropped (counted) instead of written",
  }),
  spoolSegmentBytes: integer({
    env: "BRIDGE_SPOOL_SEGMENT_BYTES",
    default: 16 * 1024 * 1024,
    min: 64 * 1024,
    max: 1024 * 1024 * 1024,
    doc: "spool segment file size; the bytes bound drops whole segments",
  }),
  spoolSyncIntervalMs: integer({
    env: "BRIDGE_SPOOL_SYNC_INTERVAL_MS",
    default: 200,
    min: 0,
    max: 60_000,
    doc: "fdatasync period: what a power cut may lose; 0 syncs before every acknowledgement",
  }),
  commandTokenFile: optionalText({
    env: "BRIDGE_COMMAND_TOKEN_FILE",
    check: nonEmpty,
    doc: "file holding the bearer token of POST /commands and GET /commands/<id>; unset = command API off",
  }),
  httpHost: text({
    env: "BRIDGE_HTTP_HOST",
    default: "127.0.0.1",
    check: nonEmpty,
    doc: "address of /health and /metrics",
  }),
  httpPort: integer({
    env: "BRIDGE_HTTP_PORT",
    default: 0,
    min: 0,
    max: 65535,
    doc: "0 disables the HTTP server",
  }),
  statsIntervalMs: integer({
    env: "BRIDGE_STATS_INTERVAL_MS",
    default: 10_000,
    min: 100,
    max: 3_600_000,
    doc: "period of the stats log line and the bridge_stats point",
  }),
} as const;

type ConfigFromSchema = ConfigOf<typeof BRIDGE_CONFIG_SCHEMA>;

/** The config with its state paths resolved: spoolDir is undefined only when the spool is off. */
export type BridgeConfig = Omit<ConfigFromSchema, "stateDir" | "deadLetterPath"> & {
  readonly stateDir: string;
  readonly deadLetterPath: string;
};

/** config stateDir (or BRIDGE_STATE_DIR), else the first of systemd's STATE_DIRECTORY, else the default. */
function withStatePaths(
  config: ConfigFromSchema,
  env: Readonly<Record<string, string | undefined>>,
): BridgeConfig {
  const stateDir = config.stateDir ?? (env.STATE_DIRECTORY?.split(":")[0] || DEFAULT_BRIDGE_STATE_DIR);
  return {
    ...config,
    stateDir,
    deadLetterPath: config.deadLetterPath ?? join(stateDir, "dead-letters.jsonl"),
    spoolDir: config.spool === "off" ? undefined : (config.spoolDir ?? join(stateDir, "spool")),
  };
}

/** Rules that involve more than one key. */
function crossCheck(config: ConfigFromSchema): string[] {
  const errors: string[] = [];
  if (config.spool === "off" && config.spoolDir !== undefined) {
    errors.push('spoolDir: the spool is "off"; remove spoolDir or set spool to "disk"');
  }
  if (config.mqttReconnectCapMs < config.mqttReconnectBaseMs) {
    errors.push("mqttReconnectCapMs: must be at least mqttReconnectBaseMs");
  }
  if (config.writeRetryCapMs < config.writeRetryBaseMs) {
    errors.push("writeRetryCapMs: must be at least writeRetryBaseMs");
  }
  if (config.spoolSegmentBytes * 4 > config.spoolMaxBytes) {
    // The bound drops whole segments: with fewer than four, one drop would empty most of the spool.
    errors.push("spoolSegmentBytes: must be at most a quarter of spoolMaxBytes");
  }
  if (config.mqttPasswordFile !== undefined && config.mqttUsername === undefined) {
    errors.push("mqttPasswordFile: set mqttUsername too");
  }
  if (config.influxPasswordFile !== undefined && config.influxUsername === undefined) {
    errors.push("influxPasswordFile: set influxUsername too");
  }
  if (config.commandTokenFile !== undefined && config.httpPort === 0) {
    errors.push("commandTokenFile: the command API needs the HTTP server; set httpPort too");
  }
  return errors;
}

export function loadConfig(
  file: unknown,
  env: Readonly<Record<string, string | undefined>>,
): ConfigResult<BridgeConfig> {
  const result = resolveConfig(BRIDGE_CONFIG_SCHEMA, file, env);
  if (!result.ok) return result;
  const errors = crossCheck(result.config);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: withStatePaths(result.config, env) };
}

/** The config as it may be logged: URL credentials masked (secrets themselves are never in it). */
export function redactedConfig(config: BridgeConfig): Record<string, unknown> {
  const mask = (value: string) => {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  };
  return { ...config, mqttUrl: mask(config.mqttUrl), influxUrl: mask(config.influxUrl) };
}
