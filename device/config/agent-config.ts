// The agent's configuration: this declaration is its type, validation, defaults and env overrides.
import { accessSync, constants, mkdirSync, readFileSync } from "node:fs";
import { localAlarmSpec } from "../alarms/local-alarm-config.ts";
import {
  array,
  type Infer,
  number,
  object,
  oneOf,
  optional,
  parseWithSchema,
  passthrough,
  string,
} from "./schema.ts";
import { transportSpec } from "./transport-config.ts";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const sensorSpec = object({
  id: string({ pattern: ID }),
  kind: oneOf(["bladder", "suit", "bed"] as const),
  transport: transportSpec,
  /** Event-time window of derived estimates; default from the sensor definition. */
  windowMs: optional(number({ min: 1000 })),
  batchMaxCount: number({ default: 200, integer: true, min: 1, max: 10_000 }),
  batchMaxDelayMs: number({ default: 1000, min: 10 }),
  /** How late (wall time) a reading may arrive before the sensor clock mapping restarts. */
  clockToleranceMs: number({ default: 5000, min: 1 }),
  settings: passthrough(),
});

export const agentConfigSpec = object({
  deviceId: string({ pattern: ID, env: "CARE_DEVICE_ID" }),
  siteId: string({ pattern: ID, env: "CARE_SITE_ID" }),
  mqtt: object({
    url: string({ env: "CARE_MQTT_URL" }),
    username: optional(string({ env: "CARE_MQTT_USERNAME" })),
    /** The password is read from this file (or CARE_MQTT_PASSWORD); it never appears in config or logs. */
    passwordFile: optional(string({ env: "CARE_MQTT_PASSWORD_FILE" })),
    /** PEM file of the CA that signed the broker's certificate, for mqtts:// to a facility's own CA. */
    caFile: optional(string({ env: "CARE_MQTT_CA_FILE" })),
    keepaliveS: number({ default: 30, min: 5, max: 600 }),
    maxInflight: number({ default: 50, integer: true, min: 1, max: 1000 }),
  }),
  /**
   * Folder of the agent's durable state (outbox, dead letters). Default: systemd's STATE_DIRECTORY
   * (from StateDirectory=care-agent), else /var/lib/care-agent. See stateDirOf().
   */
  stateDir: optional(string({ env: "CARE_STATE_DIR" })),
  outbox: object({
    /** "disk": the crash-safe log (default). "memory" loses every waiting message on a restart. */
    store: oneOf(["disk", "memory"] as const, { default: "disk", env: "CARE_OUTBOX_STORE" }),
    /** Folder of the outbox log; default <stateDir>/outbox. */
    dir: optional(string({ env: "CARE_OUTBOX_DIR" })),
    maxMessages: number({ default: 200_000, integer: true, min: 10 }),
    /** Bound on the outbox's file bytes (memory store: payload bytes). */
    maxBytes: number({ default: 256 * 1024 * 1024, integer: true, min: 16 * 1024 }),
    maxAgeMs: number({ default: 7 * 24 * 3600_000, min: 1000 }),
    /** At most a quarter of maxBytes: compaction needs room to copy a segment forward. */
    segmentBytes: number({ default: 4 * 1024 * 1024, integer: true, min: 4096 }),
    syncIntervalMs: number({ default: 1000, min: 10 }),
  }),
  deadLetters: object({
    /** <stateDir>/dead-letters.jsonl rotates to .1 past this size; the old .1 is dropped (counted). */
    maxBytes: number({ default: 10 * 1024 * 1024, integer: true, min: 4096 }),
  }),
  statusIntervalMs: number({ default: 10_000, min: 100 }),
  clock: object({
    /** Simulated ms per real ms; 1 on real hardware. Demos use the simulator's value. */
    acceleration: number({ default: 1, min: 1 }),
    epochMs: optional(number({ min: 0 })),
    /** Wall-clock instant at which simulated time equals epochMs (shared with the simulator). */
    startAtMs: optional(number({ min: 0 })),
  }),
  sensors: array(sensorSpec, { minItems: 1 }),
  /** Bedside outputs driven by alerts without the network (device/alarms, docs/bed-integration.md). */
  localAlarm: optional(localAlarmSpec),
});

export type AgentConfig = Infer<typeof agentConfigSpec>;
export type SensorConfig = AgentConfig["sensors"][number];

export const DEFAULT_STATE_DIR = "/var/lib/care-agent";

/** config.stateDir (or CARE_STATE_DIR), else the first of systemd's STATE_DIRECTORY, else the default. */
export function stateDirOf(
  config: Pick<AgentConfig, "stateDir">,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return config.stateDir ?? (env.STATE_DIRECTORY?.split(":")[0] || DEFAULT_STATE_DIR);
}

export function loadAgentConfig(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): { config: AgentConfig; errors: string[]; readable: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return {
      config: {} as AgentConfig,
      errors: [`cannot read ${path}: ${(error as Error).message}`],
      readable: false,
    };
  }
  const { value, errors } = parseWithSchema(agentConfigSpec, raw, env);
  return { config: value, errors: [...errors, ...crossKeyErrors(value)], readable: true };
}

function crossKeyErrors(config: AgentConfig): string[] {
  const { segmentBytes, maxBytes } = config.outbox;
  return segmentBytes * 4 > maxBytes
    ? ["config.outbox.segmentBytes: must be at most a quarter of maxBytes"]
    : [];
}

/** The state folder must be writable at start-up, so a wrong path is a config error, not lost data later. */
export function stateDirErrors(config: AgentConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  const dir = stateDirOf(config, env);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return [];
  } catch (error) {
    return [`config.stateDir: cannot write ${dir}: ${(error as Error).message}`];
  }
}

/** Files the config names must be readable at start-up, so a typo is a config error, not a crash later. */
export function unreadableFileErrors(config: AgentConfig): string[] {
  const files = { "mqtt.passwordFile": config.mqtt.passwordFile, "mqtt.caFile": config.mqtt.caFile };
  return Object.entries(files).flatMap(([key, path]) => {
    if (path === undefined) return [];
    try {
      accessSync(path, constants.R_OK);
      return [];
    } catch (error) {
      return [`config.${key}: cannot read ${path}: ${(error as Error).message}`];
    }
  });
}
