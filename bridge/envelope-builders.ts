// Valid envelopes of every kind for tests, each overridable. Used by the bridge's unit tests and the
// bridge integration test; not used by the bridge itself.
import { care, type EnvelopeInit, encodeEnvelope, SCHEMA_VERSION } from "../proto/index.ts";

/** 2025-01-15T12:00:00Z: the bridge clock in tests. */
export const TEST_NOW_MS = Date.UTC(2025, 0, 15, 12, 0, 0);

export const TEST_LIMITS = {
  maxFutureSkewMs: 5 * 60_000,
  maxPastAgeMs: 30 * 86_400_000,
  maxBatchSamples: 1000,
};

export function baseEnvelope(overrides: Partial<EnvelopeInit> = {}): EnvelopeInit {
  return {
    deviceId: "bed-07",
    bootId: "boot-a1",
    seq: 42,
    deviceTimeMs: TEST_NOW_MS - 1_000,
    monotonicMs: 123_456,
    schemaVersion: SCHEMA_VERSION,
    siteId: "ward-3",
    ...overrides,
  };
}

export function sampleBatch(
  overrides: Partial<care.v1.SampleBatch.$Properties> = {},
): care.v1.SampleBatch.$Properties {
  return {
    sensorId: "bladder-1",
    sensorKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
    stream: "bladder_echo",
    channelNames: ["echo_a", "echo_b"],
    values: [10, -20, 11, -21, 12, -22],
    scale: 0.5,
    offset: 1,
    unit: "mV",
    startTimeUs: (TEST_NOW_MS - 2_000) * 1000,
    samplePeriodUs: 10_000,
    firstSensorSeq: 500,
    ...overrides,
  };
}

export const observation = (
  o: Partial<care.v1.Observation.$Properties> = {},
): care.v1.Observation.$Properties => ({
  sensorId: "bladder-1",
  sensorKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
  name: "bladder_fill",
  timeMs: TEST_NOW_MS - 1_500,
  windowMs: 30_000,
  fields: [
    { name: "level", value: 6.5, unit: "" },
    { name: "volume_ml", value: 310, unit: "ml" },
  ],
  quality: care.v1.Quality.QUALITY_GOOD,
  ...o,
});

export const alert = (a: Partial<care.v1.Alert.$Properties> = {}): care.v1.Alert.$Properties => ({
  alertId: "al-9",
  sensorId: "bladder-1",
  kind: "toilet_soon",
  severity: care.v1.Severity.SEVERITY_WARNING,
  state: care.v1.AlertState.ALERT_STATE_RAISED,
  timeMs: TEST_NOW_MS - 1_200,
  message: 'fill "8"\nsoon',
  fields: [{ name: "level", value: 8 }],
  ...a,
});

export const prediction = (
  p: Partial<care.v1.Prediction.$Properties> = {},
): care.v1.Prediction.$Properties => ({
  sensorId: "bladder-1",
  target: "void",
  timeMs: TEST_NOW_MS - 1_100,
  minutesUntil: 25.5,
  uncertaintyMinutes: 6,
  confidence: 0.8,
  ...p,
});

export const event = (e: Partial<care.v1.Event.$Properties> = {}): care.v1.Event.$Properties => ({
  sensorId: "bed-1",
  kind: "bed_exit",
  timeMs: TEST_NOW_MS - 900,
  detail: "left side",
  fields: [{ name: "duration_s", value: 3.5 }],
  ...e,
});

export const deviceStatus = (
  s: Partial<care.v1.DeviceStatus.$Properties> = {},
): care.v1.DeviceStatus.$Properties => ({
  state: care.v1.DeviceState.DEVICE_STATE_ONLINE,
  reason: "",
  counters: [
    { name: "frames_ok", value: 1200 },
    { name: "outbox_dropped", value: 0 },
  ],
  clockOffsetMs: -35,
  clockSynced: true,
  sensors: [
    { sensorId: "bed-1", transport: "serial", connected: true, reason: "", lastFrameMs: TEST_NOW_MS - 50 },
  ],
  agentVersion: "0.1.0",
  uptimeMs: 3_600_000,
  ...s,
});

export const commandAck = (
  a: Partial<care.v1.CommandAck.$Properties> = {},
): care.v1.CommandAck.$Properties => ({
  commandId: "cmd-1",
  ok: true,
  message: "applied",
  appliedMs: TEST_NOW_MS - 800,
  ...a,
});

/** Topic for an envelope init, from its own site and device. */
export function topicOf(envelope: EnvelopeInit, kind: string): string {
  return `care/v1/${envelope.siteId}/${envelope.deviceId}/${kind}`;
}

export function encoded(envelope: EnvelopeInit): Uint8Array {
  return encodeEnvelope(envelope);
}
