import { describe, expect, it } from "vitest";
import { care, type EnvelopeInit, encodeEnvelope } from "../proto/index.ts";
import {
  alert,
  baseEnvelope,
  commandAck,
  deviceStatus,
  event,
  observation,
  prediction,
  sampleBatch,
  TEST_LIMITS,
  TEST_NOW_MS,
  topicOf,
} from "./envelope-builders.ts";
import { toLineProtocol } from "./line-protocol.ts";
import { envelopeToPoints } from "./points.ts";
import { validateMessage } from "./validate.ts";

function pointsOf(envelope: EnvelopeInit, kind: string) {
  const result = validateMessage(topicOf(envelope, kind), encodeEnvelope(envelope), TEST_NOW_MS, TEST_LIMITS);
  if (!result.ok) throw new Error(result.reason);
  return envelopeToPoints(result.value);
}

const ns = (ms: number) => BigInt(ms) * 1_000_000n;
const site = { site: "ward-3", device: "bed-07" };

describe("envelope point", () => {
  it("has a fixed identity: boot and kind tags, seq and size fields, time = device ms + seq mod 1e6 ns", () => {
    const envelope = baseEnvelope({ seq: 3_000_042, alert: alert() });
    const [point] = pointsOf(envelope, "alerts");
    expect(point).toEqual({
      measurement: "envelope",
      retentionPolicy: "autogen",
      tags: { ...site, boot: "boot-a1", kind: "alerts" },
      fields: { seq: 3_000_042n, bytes: BigInt(encodeEnvelope(envelope).length) },
      timeNs: ns(TEST_NOW_MS - 1_000) + 42n,
    });
  });

  it("is the same for the same envelope (a replay overwrites itself) and differs by seq", () => {
    const envelope = baseEnvelope({ samples: sampleBatch() });
    expect(toLineProtocol(pointsOf(envelope, "samples"))).toBe(toLineProtocol(pointsOf(envelope, "samples")));
    const next = pointsOf({ ...envelope, seq: 43 }, "samples")[0];
    expect(next?.timeNs).not.toBe(pointsOf(envelope, "samples")[0]?.timeNs);
  });
});

describe("sample points", () => {
  it("one point per sample instant: scaled channels, sensor_seq, period timing, raw retention", () => {
    const start = (TEST_NOW_MS - 2_000) * 1000;
    const points = pointsOf(baseEnvelope({ samples: sampleBatch() }), "samples").slice(1);
    expect(points).toEqual(
      [0, 1, 2].map((i) => ({
        measurement: "bladder_echo",
        retentionPolicy: "raw",
        tags: { ...site, sensor: "bladder-1" },
        fields: { echo_a: (10 + i) * 0.5 + 1, echo_b: -(20 + i) * 0.5 + 1, sensor_seq: BigInt(500 + i) },
        timeNs: BigInt(start + i * 10_000) * 1000n,
      })),
    );
  });

  it("per-channel scales override the batch scale", () => {
    const batch = sampleBatch({ scale: 0, channelScales: [0.25, 2], offset: 0 });
    const [first] = pointsOf(baseEnvelope({ samples: batch }), "samples").slice(1);
    expect(first?.fields).toEqual({ echo_a: 2.5, echo_b: -40, sensor_seq: 500n });
  });

  it("irregular streams use the per-sample offsets", () => {
    const start = (TEST_NOW_MS - 2_000) * 1000;
    const batch = sampleBatch({ samplePeriodUs: 0, sampleOffsetsUs: [0, 1_500, 7_250] });
    const times = pointsOf(baseEnvelope({ samples: batch }), "samples")
      .slice(1)
      .map((point) => point.timeNs);
    expect(times).toEqual([0, 1_500, 7_250].map((offset) => BigInt(start + offset) * 1000n));
  });

  it("writes channel values as floats and sensor_seq as an integer", () => {
    const lines = toLineProtocol(pointsOf(baseEnvelope({ samples: sampleBatch() }), "samples")).split("\n");
    expect(lines[1]).toBe(
      `bladder_echo,device=bed-07,sensor=bladder-1,site=ward-3 echo_a=6,echo_b=-9,sensor_seq=500i ${BigInt((TEST_NOW_MS - 2_000) * 1000) * 1000n}`,
    );
  });
});

describe("payload points", () => {
  it("observation: its name, sensor and quality tags, fields plus window_ms", () => {
    const [, point] = pointsOf(baseEnvelope({ observation: observation() }), "observations");
    expect(point).toEqual({
      measurement: "bladder_fill",
      retentionPolicy: "autogen",
      tags: { ...site, sensor: "bladder-1", quality: "good" },
      fields: { window_ms: 30_000n, level: 6.5, volume_ml: 310 },
      timeNs: ns(TEST_NOW_MS - 1_500),
    });
  });

  it("alert: kind, severity and state tags; id, message and fields", () => {
    const [, point] = pointsOf(baseEnvelope({ alert: alert() }), "alerts");
    expect(point).toEqual({
      measurement: "alert",
      retentionPolicy: "autogen",
      tags: { ...site, sensor: "bladder-1", kind: "toilet_soon", severity: "warning", state: "raised" },
      fields: { alert_id: "al-9", message: 'fill "8"\nsoon', level: 8 },
      // The envelope's seq (42) fills the nanoseconds below the alert's millisecond.
      timeNs: ns(TEST_NOW_MS - 1_200) + 42n,
    });
  });

  it("keeps two events of the same millisecond apart and a replay on the same point", () => {
    const [, first] = pointsOf(baseEnvelope({ seq: 7, event: event() }), "events");
    const [, second] = pointsOf(baseEnvelope({ seq: 8, event: event() }), "events");
    const [, replay] = pointsOf(baseEnvelope({ seq: 7, event: event() }), "events");
    expect(first?.timeNs).not.toBe(second?.timeNs);
    expect(replay?.timeNs).toBe(first?.timeNs);
  });

  it("alert without sensor leaves the tag out", () => {
    const [, point] = pointsOf(baseEnvelope({ alert: alert({ sensorId: "" }) }), "alerts");
    expect(point?.tags).not.toHaveProperty("sensor");
  });

  it("event and prediction", () => {
    const [, eventPoint] = pointsOf(baseEnvelope({ event: event() }), "events");
    expect(eventPoint).toMatchObject({
      measurement: "event",
      tags: { ...site, sensor: "bed-1", kind: "bed_exit" },
      fields: { detail: "left side", duration_s: 3.5 },
      timeNs: ns(TEST_NOW_MS - 900) + 42n,
    });
    const [, predictionPoint] = pointsOf(baseEnvelope({ prediction: prediction() }), "predictions");
    expect(predictionPoint).toMatchObject({
      measurement: "prediction",
      tags: { ...site, sensor: "bladder-1", target: "void" },
      fields: { minutes_until: 25.5, uncertainty_minutes: 6, confidence: 0.8 },
      timeNs: ns(TEST_NOW_MS - 1_100),
    });
  });

  it("status: device_status with integer counters and clock health, one sensor_status per sensor", () => {
    const [, device, sensor] = pointsOf(baseEnvelope({ status: deviceStatus() }), "status");
    expect(device).toEqual({
      measurement: "device_status",
      retentionPolicy: "autogen",
      tags: { ...site, state: "online" },
      fields: {
        reason: "",
        clock_offset_ms: -35n,
        clock_synced: true,
        uptime_ms: 3_600_000n,
        agent_version: "0.1.0",
        frames_ok: 1200n,
        outbox_dropped: 0n,
      },
      timeNs: ns(TEST_NOW_MS - 1_000),
    });
    expect(sensor).toMatchObject({
      measurement: "sensor_status",
      tags: { ...site, sensor: "bed-1" },
      fields: { connected: true, transport: "serial", reason: "", last_frame_ms: BigInt(TEST_NOW_MS - 50) },
    });
  });

  it("a last will (seq 0) is stored at the bridge's receive time, not its stale device time", () => {
    const will = baseEnvelope({
      seq: 0,
      deviceTimeMs: TEST_NOW_MS - 86_400_000,
      status: deviceStatus({ state: care.v1.DeviceState.DEVICE_STATE_OFFLINE }),
    });
    const [envelope, status] = pointsOf(will, "status");
    expect(envelope?.timeNs).toBe(ns(TEST_NOW_MS));
    expect(status).toMatchObject({
      measurement: "device_status",
      tags: { state: "offline" },
      timeNs: ns(TEST_NOW_MS),
    });
  });

  it("command ack at applied_ms, or at the envelope time when never applied", () => {
    const [, applied] = pointsOf(baseEnvelope({ commandAck: commandAck() }), "acks");
    expect(applied).toMatchObject({
      measurement: "command_ack",
      tags: site,
      fields: { command_id: "cmd-1", ok: true, message: "applied" },
      timeNs: ns(TEST_NOW_MS - 800),
    });
    const [, refused] = pointsOf(
      baseEnvelope({ commandAck: commandAck({ appliedMs: 0, ok: false }) }),
      "acks",
    );
    expect(refused?.timeNs).toBe(ns(TEST_NOW_MS - 1_000));
  });

  it("enum values newer than the bridge become their number", () => {
    const [, point] = pointsOf(baseEnvelope({ alert: alert({ severity: 9 as care.v1.Severity }) }), "alerts");
    expect(point?.tags.severity).toBe("9");
  });
});
