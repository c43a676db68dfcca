// One envelope of every payload kind, as the v1 schema first shipped them. Encoded copies live in
// test/fixtures/v1/ and must keep decoding with every later v1 schema.
import { care, type EnvelopeInit, type PayloadKind } from "../../proto/index.ts";

const base = {
  deviceId: "room101-bed",
  siteId: "facility-a",
  bootId: "7d0c9f2e-3b1a-4c55-9a57-0d1f2e3c4b5a",
  deviceTimeMs: 1_767_225_600_000,
  monotonicMs: 123_456,
  schemaVersion: 1,
};

export const envelopeSamples: Record<PayloadKind, EnvelopeInit> = {
  samples: {
    ...base,
    seq: 1,
    samples: {
      sensorId: "bladder-1",
      sensorKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
      stream: "bladder_echo",
      channelNames: ["anterior_mm", "posterior_mm"],
      values: [305, 1290, 306, 1301, -5, 70000],
      scale: 1,
      offset: 0,
      unit: "mm",
      startTimeUs: 1_767_225_600_000_000,
      sampleOffsetsUs: [0, 60_000_000, 120_000_000],
      firstSensorSeq: 65_530,
      gapBefore: 2,
      channelScales: [0.1, 0.1],
      channelUnits: ["mm", "mm"],
    },
  },
  observation: {
    ...base,
    seq: 2,
    observation: {
      sensorId: "bladder-1",
      sensorKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
      name: "bladder_fill",
      timeMs: 1_767_225_600_000,
      windowMs: 300_000,
      fields: [
        { name: "volume_ml", value: 212.5, unit: "mL" },
        { name: "level", value: 5, unit: "level" },
      ],
      quality: care.v1.Quality.QUALITY_GOOD,
    },
  },
  prediction: {
    ...base,
    seq: 3,
    prediction: {
      sensorId: "bladder-1",
      sensorKind: care.v1.SensorKind.SENSOR_KIND_BLADDER,
      target: "toilet_threshold",
      timeMs: 1_767_225_660_000,
      minutesUntil: 42.5,
      uncertaintyMinutes: 8,
      confidence: 0.8,
    },
  },
  alert: {
    ...base,
    seq: 4,
    alert: {
      alertId: "a-1",
      sensorId: "bed-1",
      sensorKind: care.v1.SensorKind.SENSOR_KIND_BED,
      kind: "bed_exit",
      severity: care.v1.Severity.SEVERITY_CRITICAL,
      state: care.v1.AlertState.ALERT_STATE_RAISED,
      timeMs: 1_767_225_700_000,
      message: "Bed exit, room 101",
      fields: [{ name: "latency_s", value: 1.2, unit: "s" }],
    },
  },
  status: {
    ...base,
    seq: 5,
    status: {
      state: care.v1.DeviceState.DEVICE_STATE_DEGRADED,
      reason: "bed-1: no data for 15000 ms",
      counters: [{ name: "frames_rejected_bad_crc", value: 3 }],
      clockOffsetMs: -12,
      clockSynced: true,
      sensors: [
        {
          sensorId: "bed-1",
          sensorKind: care.v1.SensorKind.SENSOR_KIND_BED,
          transport: "serial:/dev/ttyUSB0",
          connected: false,
          reason: "no data",
          lastFrameMs: 1_767_225_590_000,
        },
      ],
      agentVersion: "0.1.0",
      uptimeMs: 3_600_000,
    },
  },
  event: {
    ...base,
    seq: 6,
    event: {
      sensorId: "bed-1",
      sensorKind: care.v1.SensorKind.SENSOR_KIND_BED,
      kind: "sit_up",
      timeMs: 1_767_225_650_000,
      fields: [{ name: "confidence", value: 0.9, unit: "" }],
      detail: "sitting on the bed edge",
    },
  },
  command: {
    ...base,
    deviceId: "bridge",
    seq: 7,
    command: {
      commandId: "c-1",
      kind: "set_threshold",
      sensorId: "bladder-1",
      args: { lead_minutes: "20", level: "7" },
      issuedMs: 1_767_225_600_500,
    },
  },
  commandAck: {
    ...base,
    seq: 8,
    commandAck: { commandId: "c-1", ok: true, message: "applied", appliedMs: 1_767_225_601_000 },
  },
};
