// Generated configs for one whole system run: simulator, one agent per resident, the bridge.
import { join } from "node:path";
import type { BedSystemOptions } from "./bed-system.ts";
import type { SuitSystemOptions } from "./suit-system.ts";

export interface SystemOptions {
  residents: number;
  /** Simulated seconds per real second. */
  acceleration: number;
  readingPeriodS: number;
  corruptFrameRate: number;
  siteId: string;
  seed: number;
  /** How sensors reach agents: real ptys, or BLE through a BlueZ-compatible service on a private bus. */
  transport?: "serial" | "ble";
  /** Per-run users and passwords for broker and database (docs/security.md); on unless false. */
  auth?: boolean;
  /** Assist suits, each its own device streaming in real time (scripts/system/suit-system.ts). */
  suits?: SuitSystemOptions;
  /** Sleep beds, each its own device on its own (slower) clock (scripts/system/bed-system.ts). */
  beds?: BedSystemOptions;
  /**
   * The residents' simulated time of day at the start, as a UTC hour. Residents live by the clock
   * (sleep, meals, drinks), so a test that checks what they did pins it to be the same whenever it runs.
   * Default: one real minute's worth of simulated time before the start.
   */
  startUtcHour?: number;
}

export const defaultSystemOptions: SystemOptions = {
  residents: 3,
  acceleration: 60,
  readingPeriodS: 60,
  corruptFrameRate: 0,
  siteId: "demo-site",
  seed: 1,
  transport: "serial",
};

const DAY_MS = 86_400_000;

/**
 * The residents' clock: accelerated runs start one real minute's worth of simulated time in the past so
 * that a short demo ends near the present; with `startUtcHour`, at the latest such hour before that.
 */
export function residentsTime(options: SystemOptions, startAtMs: number): SimulatedTime {
  const natural = startAtMs - (options.acceleration > 1 ? options.acceleration * 60_000 : 0);
  if (options.startUtcHour === undefined) return { epochMs: natural, startAtMs };
  const sinceHour = (((natural - options.startUtcHour * 3_600_000) % DAY_MS) + DAY_MS) % DAY_MS;
  return { epochMs: natural - sinceHour, startAtMs };
}

/** Resident i's device id, which is also its MQTT user (1-based). */
export function residentDeviceId(index: number): string {
  return `room${100 + index}`;
}

/** A user and the file holding its password: what a config may name (never the password itself). */
export interface UserWithPasswordFile {
  username: string;
  passwordFile: string;
}

/** How one client reaches the broker: its URL, the CA it trusts for mqtts://, and its own user. */
export interface BrokerAccess {
  url: string;
  caFile?: string | undefined;
  user?: UserWithPasswordFile | undefined;
}

/** The `mqtt` section of an agent config. */
export function agentMqttSection(access: BrokerAccess) {
  return {
    url: access.url,
    ...(access.caFile && { caFile: access.caFile }),
    ...(access.user && { username: access.user.username, passwordFile: access.user.passwordFile }),
  };
}

export type ResidentLink =
  | { type: "serial"; sensorTty: string; agentTty: string }
  | { type: "ble"; address: string; name: string };

export interface Resident {
  deviceId: string;
  sensorId: string;
  link: ResidentLink;
}

/** Resident i's emulated BLE sensor: a fixed, recognisable address per resident. */
export function bleLinkFor(index: number): ResidentLink {
  const byte = (index & 0xff).toString(16).toUpperCase().padStart(2, "0");
  return { type: "ble", address: `C0:FF:EE:00:00:${byte}`, name: `bladder-${index}` };
}

export interface SimulatedTime {
  epochMs: number;
  /** Wall-clock instant at which simulated time is epochMs, shared by simulator and agents. */
  startAtMs: number;
}

export function simulatorConfig(
  options: SystemOptions,
  residents: Resident[],
  time: SimulatedTime,
  groundTruthDir: string,
) {
  return {
    residents: residents.map((resident, index) => ({
      sensorId: resident.sensorId,
      seed: options.seed * 1000 + index,
      ...(resident.link.type === "serial"
        ? { ttyPath: resident.link.sensorTty }
        : { link: { type: "ble", address: resident.link.address, name: resident.link.name } }),
      groundTruthDir,
    })),
    readingPeriodS: options.readingPeriodS,
    acceleration: options.acceleration,
    epochMs: time.epochMs,
    startAtMs: time.startAtMs,
    corruptFrameRate: options.corruptFrameRate,
    utcOffsetMinutes: facilityUtcOffsetMinutes(),
  };
}

/**
 * The facility's time zone, given to the simulator (residents' daily routine) and to every bladder
 * agent (hourly rate prior, night start of the posture tracker), so that both agree: this machine's.
 */
export function facilityUtcOffsetMinutes(): number {
  return -new Date().getTimezoneOffset();
}

export function agentConfig(
  options: SystemOptions,
  resident: Resident,
  broker: BrokerAccess,
  time: SimulatedTime,
  runDir: string,
) {
  return {
    deviceId: resident.deviceId,
    siteId: options.siteId,
    mqtt: agentMqttSection(broker),
    stateDir: join(runDir, "agent-state", resident.deviceId),
    outbox: { dir: join(runDir, "outbox", resident.deviceId) },
    // Real-time status every 10 s; readings are batched for at most 1 s.
    statusIntervalMs: 10_000,
    clock: { acceleration: options.acceleration, epochMs: time.epochMs, startAtMs: time.startAtMs },
    sensors: [
      {
        id: resident.sensorId,
        kind: "bladder",
        transport:
          resident.link.type === "serial"
            ? { type: "serial", path: resident.link.agentTty, silenceTimeoutMs: 15_000 }
            : {
                type: "ble",
                address: resident.link.address,
                silenceTimeoutMs: 15_000,
                connectTimeoutMs: 10_000,
              },
        batchMaxCount: 200,
        batchMaxDelayMs: 1000,
        // Transport jitter is multiplied by the acceleration in simulated time.
        clockToleranceMs: Math.max(5_000, 200 * options.acceleration),
        settings: { utcOffsetMinutes: facilityUtcOffsetMinutes() },
      },
    ],
  };
}

export function bridgeConfig(
  runDir: string,
  broker: BrokerAccess,
  influxUrl: string,
  httpPort: number,
  acceleration: number,
  influxUser?: UserWithPasswordFile,
  /** Turns on the bridge's HTTP command API (POST /commands) with the token in this file. */
  commandTokenFile?: string,
) {
  return {
    mqttUrl: broker.url,
    ...(broker.caFile && { mqttCaFile: broker.caFile }),
    ...(commandTokenFile && { commandTokenFile }),
    ...(broker.user && { mqttUsername: broker.user.username, mqttPasswordFile: broker.user.passwordFile }),
    ...(influxUser && { influxUsername: influxUser.username, influxPasswordFile: influxUser.passwordFile }),
    clientId: "bridge-1",
    influxUrl,
    influxDatabase: "care",
    deadLetterPath: join(runDir, "bridge-dead-letters.jsonl"),
    // Acknowledge after a local durable append; InfluxDB outages drain from here.
    spoolDir: join(runDir, "bridge-spool"),
    httpPort,
    // An accelerated simulation runs ahead of the wall clock on purpose.
    maxFutureSkewMs: acceleration > 1 ? 400 * 24 * 3600_000 : 5 * 60_000,
  };
}
