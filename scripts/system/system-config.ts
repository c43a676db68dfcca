// Generated configs for one whole system run: simulator, one agent per resident, the bridge.
import { join } from "node:path";

export interface SystemOptions {
  residents: number;
  /** Simulated seconds per real second. */
  acceleration: number;
  readingPeriodS: number;
  corruptFrameRate: number;
  siteId: string;
  seed: number;
}

export const defaultSystemOptions: SystemOptions = {
  residents: 3,
  acceleration: 60,
  readingPeriodS: 60,
  corruptFrameRate: 0,
  siteId: "demo-site",
  seed: 1,
};

export interface Resident {
  deviceId: string;
  sensorId: string;
  sensorTty: string;
  agentTty: string;
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
      ttyPath: resident.sensorTty,
      groundTruthDir,
    })),
    readingPeriodS: options.readingPeriodS,
    acceleration: options.acceleration,
    epochMs: time.epochMs,
    startAtMs: time.startAtMs,
    corruptFrameRate: options.corruptFrameRate,
  };
}

export function agentConfig(
  options: SystemOptions,
  resident: Resident,
  mqttUrl: string,
  time: SimulatedTime,
  runDir: string,
) {
  return {
    deviceId: resident.deviceId,
    siteId: options.siteId,
    mqtt: { url: mqttUrl },
    outbox: { dir: join(runDir, "outbox", resident.deviceId) },
    // Real-time status every 10 s; readings are batched for at most 1 s.
    statusIntervalMs: 10_000,
    clock: { acceleration: options.acceleration, epochMs: time.epochMs, startAtMs: time.startAtMs },
    sensors: [
      {
        id: resident.sensorId,
        kind: "bladder",
        transport: { type: "serial", path: resident.agentTty, silenceTimeoutMs: 15_000 },
        batchMaxCount: 200,
        batchMaxDelayMs: 1000,
        // Transport jitter is multiplied by the acceleration in simulated time.
        clockToleranceMs: Math.max(5_000, 200 * options.acceleration),
        settings: {},
      },
    ],
  };
}

export function bridgeConfig(
  runDir: string,
  mqttUrl: string,
  influxUrl: string,
  httpPort: number,
  acceleration: number,
) {
  return {
    mqttUrl,
    clientId: "bridge-1",
    influxUrl,
    influxDatabase: "care",
    deadLetterPath: join(runDir, "bridge-dead-letters.jsonl"),
    httpPort,
    // An accelerated simulation runs ahead of the wall clock on purpose.
    maxFutureSkewMs: acceleration > 1 ? 400 * 24 * 3600_000 : 5 * 60_000,
  };
}
