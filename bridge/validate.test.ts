import { describe, expect, it } from "vitest";
import { type EnvelopeInit, encodeEnvelope, MAX_ENVELOPE_BYTES } from "../proto/index.ts";
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
import { REJECT_CODES, type RejectCode, rejectCode, validateMessage } from "./validate.ts";

const samples = (batch = {}, envelope: Partial<EnvelopeInit> = {}) =>
  baseEnvelope({ samples: sampleBatch(batch), ...envelope });

function check(envelope: EnvelopeInit, kind: string, topic = topicOf(envelope, kind)) {
  return validateMessage(topic, encodeEnvelope(envelope), TEST_NOW_MS, TEST_LIMITS);
}

function expectReject(result: ReturnType<typeof check>, code: RejectCode, detail?: RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(rejectCode(result.reason)).toBe(code);
  if (detail) expect(result.reason).toMatch(detail);
}

describe("validateMessage accepts", () => {
  it.each([
    ["samples", samples()],
    ["samples", samples({ samplePeriodUs: 0, sampleOffsetsUs: [0, 900, 2100] })],
    ["samples", samples({ scale: 0, channelScales: [0.1, 2], channelUnits: ["mm", "mV"] })],
    ["observations", baseEnvelope({ observation: observation() })],
    ["predictions", baseEnvelope({ prediction: prediction() })],
    ["alerts", baseEnvelope({ alert: alert() })],
    ["alerts", baseEnvelope({ alert: alert({ sensorId: "" }) })],
    ["events", baseEnvelope({ event: event() })],
    ["status", baseEnvelope({ status: deviceStatus() })],
    [
      "status",
      baseEnvelope({
        status: deviceStatus({ sensors: [{ sensorId: "ble/AA:BB", transport: "serial:/run/x.tty" }] }),
      }),
    ],
    ["acks", baseEnvelope({ commandAck: commandAck() })],
    ["acks", baseEnvelope({ commandAck: commandAck({ appliedMs: 0, ok: false }) })],
  ])("a valid %s envelope", (kind, envelope) => {
    const result = check(envelope, kind);
    expect(result.ok ? result.value.address : result.reason).toEqual({
      site: "ward-3",
      device: "bed-07",
      kind,
    });
  });

  it("a last will (status, seq 0) whose device time is its owner's long-past connect time", () => {
    const will = baseEnvelope({
      seq: 0,
      deviceTimeMs: TEST_NOW_MS - 90 * 86_400_000,
      status: deviceStatus(),
    });
    const result = check(will, "status");
    expect(result.ok && result.value.lastWill).toBe(true);
    expect(result.ok && result.value.receivedMs).toBe(TEST_NOW_MS);
  });

  it("reports the size on the wire", () => {
    const envelope = samples();
    const result = check(envelope, "samples");
    expect(result.ok && result.value.bytes).toBe(encodeEnvelope(envelope).length);
  });
});

describe("validateMessage rejects", () => {
  it("a topic outside care/v1/<site>/<device>/<kind>", () => {
    expectReject(check(samples(), "samples", "care/v2/ward-3/bed-07/samples"), "bad_topic");
    expectReject(check(samples(), "samples", "care/v1/ward-3/bed-07/bogus"), "bad_topic");
  });

  it("an envelope larger than the contract allows", () => {
    const result = validateMessage(
      "care/v1/ward-3/bed-07/samples",
      new Uint8Array(MAX_ENVELOPE_BYTES + 1),
      0,
      TEST_LIMITS,
    );
    expectReject(result, "too_large");
  });

  it("bytes that are not protobuf", () => {
    const garbage = Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    expectReject(
      validateMessage("care/v1/ward-3/bed-07/samples", garbage, TEST_NOW_MS, TEST_LIMITS),
      "malformed",
    );
  });

  it("an unknown schema version", () => {
    expectReject(check(samples({}, { schemaVersion: 2 }), "samples"), "bad_schema_version");
  });

  it("an envelope without payload or device id", () => {
    expectReject(check(baseEnvelope(), "samples"), "no_payload");
    expectReject(
      check(samples({}, { deviceId: "" }), "samples", "care/v1/ward-3/bed-07/samples"),
      "no_device_id",
    );
  });

  it("identity mismatches between topic and payload", () => {
    expectReject(check(samples(), "samples", "care/v1/ward-3/bed-08/samples"), "device_mismatch", /bed-08/);
    expectReject(check(samples(), "samples", "care/v1/ward-4/bed-07/samples"), "site_mismatch", /ward-4/);
    expectReject(
      check(samples({}, { siteId: "" }), "samples", "care/v1/ward-3/bed-07/samples"),
      "site_mismatch",
    );
    expectReject(
      check(baseEnvelope({ observation: observation() }), "samples"),
      "kind_mismatch",
      /observation/,
    );
  });

  it("commands published by a device", () => {
    const command = baseEnvelope({ command: { commandId: "c", kind: "reset" } });
    expectReject(check(command, "commands"), "kind_mismatch");
  });

  it("a missing boot id, or a seq of 0 on anything but a last-will status", () => {
    expectReject(check(samples({}, { bootId: "" }), "samples"), "bad_identity", /boot_id/);
    expectReject(check(samples({}, { seq: 0 }), "samples"), "bad_identity", /seq/);
  });

  it.each([
    ["stream named like a bridge measurement", samples({ stream: "envelope" }), "samples"],
    ["stream that is not an identifier", samples({ stream: "bladder echo" }), "samples"],
    ["channel named twice", samples({ channelNames: ["a", "a"] }), "samples"],
    ["channel named sensor_seq", samples({ channelNames: ["a", "sensor_seq"] }), "samples"],
    ["sensor id with a space", samples({ sensorId: "bladder 1" }), "samples"],
    ["missing sensor id", samples({ sensorId: "" }), "samples"],
    [
      "observation field window_ms",
      baseEnvelope({ observation: observation({ fields: [{ name: "window_ms", value: 1 }] }) }),
      "observations",
    ],
    [
      "observation named alert",
      baseEnvelope({ observation: observation({ name: "alert" }) }),
      "observations",
    ],
    ["alert without kind", baseEnvelope({ alert: alert({ kind: "" }) }), "alerts"],
    [
      "alert field message",
      baseEnvelope({ alert: alert({ fields: [{ name: "message", value: 1 }] }) }),
      "alerts",
    ],
    ["event kind with a comma", baseEnvelope({ event: event({ kind: "a,b" }) }), "events"],
    ["prediction without target", baseEnvelope({ prediction: prediction({ target: "" }) }), "predictions"],
    [
      "status counter named uptime_ms",
      baseEnvelope({ status: deviceStatus({ counters: [{ name: "uptime_ms", value: 1 }] }) }),
      "status",
    ],
    [
      "sensor status without sensor id",
      baseEnvelope({ status: deviceStatus({ sensors: [{ sensorId: "" }] }) }),
      "status",
    ],
  ])("bad names: %s", (_, envelope, kind) => {
    expectReject(check(envelope, kind), "bad_name");
  });

  it.each([
    ["scale NaN", samples({ scale: Number.NaN }), "samples"],
    ["offset Infinity", samples({ offset: Number.POSITIVE_INFINITY }), "samples"],
    ["channel scale NaN", samples({ channelScales: [1, Number.NaN] }), "samples"],
    ["scaled values overflowing", samples({ scale: 1e308 }), "samples"],
    [
      "observation field NaN",
      baseEnvelope({ observation: observation({ fields: [{ name: "level", value: Number.NaN }] }) }),
      "observations",
    ],
    [
      "prediction confidence -Infinity",
      baseEnvelope({ prediction: prediction({ confidence: Number.NEGATIVE_INFINITY }) }),
      "predictions",
    ],
    [
      "alert field Infinity",
      baseEnvelope({ alert: alert({ fields: [{ name: "x", value: Number.POSITIVE_INFINITY }] }) }),
      "alerts",
    ],
    [
      "event field NaN",
      baseEnvelope({ event: event({ fields: [{ name: "x", value: Number.NaN }] }) }),
      "events",
    ],
  ])("non-finite numbers: %s", (_, envelope, kind) => {
    expectReject(check(envelope, kind), "non_finite");
  });

  it.each([
    ["values not dividing into channels", { values: [1, 2, 3] }, /do not divide/],
    ["no channel names", { channelNames: [] }, /no channel/],
    ["no values", { values: [] }, /no values/],
    ["scale 0", { scale: 0 }, /scale is 0/],
    ["a channel scale 0", { channelScales: [1, 0] }, /scale is 0/],
    ["channel scales not matching channels", { channelScales: [1, 2, 3] }, /3 channel scales for 2/],
    ["channel units not matching channels", { channelUnits: ["mm"] }, /1 channel units for 2/],
    ["both period and offsets", { sampleOffsetsUs: [0, 1, 2] }, /both/],
    ["neither period nor offsets", { samplePeriodUs: 0 }, /neither/],
    ["offsets count not matching", { samplePeriodUs: 0, sampleOffsetsUs: [0, 1] }, /2 sample offsets for 3/],
    ["offsets not increasing", { samplePeriodUs: 0, sampleOffsetsUs: [0, 5, 5] }, /not increasing/],
  ])("sample batch sanity: %s", (_, batch, detail) => {
    expectReject(check(samples(batch), "samples"), "bad_batch", detail);
  });

  it("a batch with more sample instants than allowed", () => {
    const values = new Array(2 * (TEST_LIMITS.maxBatchSamples + 1)).fill(1);
    expectReject(check(samples({ values }), "samples"), "batch_too_large", /1001/);
  });

  it("timestamps too far in the future", () => {
    const ahead = TEST_NOW_MS + TEST_LIMITS.maxFutureSkewMs + 1;
    expectReject(check(samples({}, { deviceTimeMs: ahead }), "samples"), "time_in_future", /device_time_ms/);
    // The last instant of a long batch counts, not only the first.
    const lastTooLate = { startTimeUs: (TEST_NOW_MS + TEST_LIMITS.maxFutureSkewMs - 5) * 1000 };
    expectReject(check(samples(lastTooLate), "samples"), "time_in_future", /last sample/);
    expectReject(
      check(baseEnvelope({ alert: alert({ timeMs: ahead }) }), "alerts"),
      "time_in_future",
      /alert/,
    );
  });

  it("timestamps too far in the past", () => {
    const old = TEST_NOW_MS - TEST_LIMITS.maxPastAgeMs - 1;
    expectReject(check(samples({ startTimeUs: old * 1000 }), "samples"), "time_too_old", /first sample/);
    expectReject(
      check(baseEnvelope({ observation: observation({ timeMs: old }) }), "observations"),
      "time_too_old",
    );
    expectReject(check(baseEnvelope({ event: event({ timeMs: 0 }) }), "events"), "time_too_old");
    expectReject(check(baseEnvelope({ commandAck: commandAck({ appliedMs: old }) }), "acks"), "time_too_old");
  });

  it("times exactly at the bounds pass", () => {
    const atFuture = TEST_NOW_MS + TEST_LIMITS.maxFutureSkewMs;
    expect(check(baseEnvelope({ alert: alert({ timeMs: atFuture }) }), "alerts").ok).toBe(true);
    const atPast = TEST_NOW_MS - TEST_LIMITS.maxPastAgeMs;
    expect(check(baseEnvelope({ alert: alert({ timeMs: atPast }) }), "alerts").ok).toBe(true);
  });
});

describe("rejectCode", () => {
  it("reads the code from a reason and maps unknown text to malformed", () => {
    for (const code of REJECT_CODES) expect(rejectCode(`${code}: detail`)).toBe(code);
    expect(rejectCode("something else")).toBe("malformed");
  });
});
