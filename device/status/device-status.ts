import { care, type EnvelopeInit } from "../../proto/index.ts";
import type { Counters } from "./counters.ts";

export interface SensorLink {
  sensorId: string;
  protoKind: care.v1.SensorKind;
  transport: string;
  connected: boolean;
  reason: string;
  lastFrameMs: number;
}

export interface StatusInputs {
  counters: Counters;
  sensors: readonly SensorLink[];
  clockOffsetMs: number;
  uptimeMs: number;
  agentVersion: string;
  wallNowMs: number;
}

/** Degraded when any sensor link is down; the reason names the first one. */
export function deviceStatus(inputs: StatusInputs): NonNullable<EnvelopeInit["status"]> {
  const down = inputs.sensors.find((sensor) => !sensor.connected);
  return {
    state: down ? care.v1.DeviceState.DEVICE_STATE_DEGRADED : care.v1.DeviceState.DEVICE_STATE_ONLINE,
    reason: down ? `${down.sensorId}: ${down.reason}` : "all sensors connected",
    counters: inputs.counters.snapshot(),
    clockOffsetMs: Math.round(inputs.clockOffsetMs),
    // Without a real-time clock the wall clock is only trusted once it is past the build year.
    clockSynced: new Date(inputs.wallNowMs).getUTCFullYear() >= 2025,
    sensors: inputs.sensors.map((sensor) => ({
      sensorId: sensor.sensorId,
      sensorKind: sensor.protoKind,
      transport: sensor.transport,
      connected: sensor.connected,
      reason: sensor.reason,
      lastFrameMs: Math.round(sensor.lastFrameMs),
    })),
    agentVersion: inputs.agentVersion,
    uptimeMs: Math.round(inputs.uptimeMs),
  };
}

export function offlineStatus(reason: string): NonNullable<EnvelopeInit["status"]> {
  return { state: care.v1.DeviceState.DEVICE_STATE_OFFLINE, reason };
}
