// Envelope → InfluxDB points (schema: docs/influx-schema.md). Pure and deterministic: the same
// envelope always gives the same points, so a redelivered message overwrites itself.
import type { care } from "../proto/index.ts";
import { MEASUREMENT } from "./influx-names.ts";
import { int, msToNs, NS_PER_US } from "./influx-values.ts";
import { payloadPoints } from "./points-payload.ts";
import type { Point } from "./sink.ts";
import type { ValidMessage } from "./validate.ts";

/**
 * When the envelope happened: its device time, except for a last will, which the broker sends when
 * the device vanishes but which carries the time the device connected.
 */
export const envelopeTimeMs = (message: ValidMessage): number =>
  message.lastWill ? message.receivedMs : (message.envelope.deviceTimeMs ?? 0);

/**
 * The "envelope" point: one per envelope, whose identity (boot, kind, time) is unique and fixed, so a
 * count per boot and kind shows lost or doubled envelopes. The sub-millisecond part of the time carries
 * seq mod 1e6 so envelopes created in the same millisecond stay distinct.
 */
export function envelopePoint(message: ValidMessage): Point {
  const { envelope, address } = message;
  const seq = envelope.seq ?? 0;
  return {
    measurement: MEASUREMENT.envelope,
    retentionPolicy: "autogen",
    tags: { site: address.site, device: address.device, boot: envelope.bootId ?? "", kind: address.kind },
    fields: { seq: int(seq), bytes: int(message.bytes) },
    timeNs: msToNs(envelopeTimeMs(message)) + BigInt(seq % 1_000_000),
  };
}

export function samplePoints(batch: care.v1.SampleBatch.$Properties, site: string, device: string): Point[] {
  const channels = batch.channelNames ?? [];
  const values = batch.values ?? [];
  const offsets = batch.sampleOffsetsUs ?? [];
  const channelScales = batch.channelScales ?? [];
  const scales = channels.map((_, c) => channelScales[c] ?? batch.scale ?? 1);
  const offset = batch.offset ?? 0;
  const period = batch.samplePeriodUs ?? 0;
  const startUs = batch.startTimeUs ?? 0;
  const firstSeq = batch.firstSensorSeq ?? 0;
  const measurement = batch.stream ?? "";
  // One tags object for the whole batch lets the line builder reuse the series key.
  const tags = { site, device, sensor: batch.sensorId ?? "" };
  const instants = channels.length === 0 ? 0 : values.length / channels.length;
  const points: Point[] = new Array(instants);
  for (let i = 0; i < instants; i++) {
    const fields: Record<string, number | bigint> = {};
    for (let c = 0; c < channels.length; c++) {
      fields[channels[c] ?? ""] = (values[i * channels.length + c] ?? 0) * (scales[c] ?? 1) + offset;
    }
    fields.sensor_seq = BigInt(firstSeq + i);
    const timeUs = startUs + (offsets.length > 0 ? (offsets[i] ?? 0) : i * period);
    points[i] = { measurement, retentionPolicy: "raw", tags, fields, timeNs: BigInt(timeUs) * NS_PER_US };
  }
  return points;
}

/** Every point one valid envelope produces: the envelope point first, then its payload's points. */
export function envelopeToPoints(message: ValidMessage): Point[] {
  const { envelope, address } = message;
  if (envelope.samples) {
    const points = samplePoints(envelope.samples, address.site, address.device);
    points.unshift(envelopePoint(message));
    return points;
  }
  const timeNs = msToNs(envelopeTimeMs(message));
  return [envelopePoint(message), ...payloadPoints(envelope, address.site, address.device, timeNs)];
}
