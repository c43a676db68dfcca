// Points for the payloads other than samples: one point per observation, prediction, alert, event
// or command ack; a device_status point plus one sensor_status point per sensor for a status.
import { care, type Envelope } from "../proto/index.ts";
import { MEASUREMENT } from "./influx-names.ts";
import { enumLabel, int, msToNs } from "./influx-values.ts";
import type { FieldValue, Point } from "./sink.ts";

type Fields = Record<string, FieldValue>;
type Tags = Record<string, string>;

/** Leaves out empty tag values: InfluxDB has no empty tags, and a missing tag reads the same. */
function tagsOf(entries: Record<string, string | null | undefined>): Tags {
  const tags: Tags = {};
  for (const [key, value] of Object.entries(entries)) if (value) tags[key] = value;
  return tags;
}

function addFields(fields: Fields, list: readonly care.v1.Field.$Properties[] | null | undefined): Fields {
  for (const field of list ?? []) fields[field.name ?? ""] = field.value ?? 0;
  return fields;
}

function observationPoint(o: care.v1.Observation.$Properties, site: string, device: string): Point {
  const quality = enumLabel(care.v1.Quality, o.quality, "QUALITY_");
  return {
    measurement: o.name ?? "",
    retentionPolicy: "autogen",
    tags: tagsOf({ site, device, sensor: o.sensorId, quality }),
    fields: addFields({ window_ms: int(o.windowMs) }, o.fields),
    timeNs: msToNs(o.timeMs ?? 0),
  };
}

function predictionPoint(p: care.v1.Prediction.$Properties, site: string, device: string): Point {
  return {
    measurement: MEASUREMENT.prediction,
    retentionPolicy: "autogen",
    tags: tagsOf({ site, device, sensor: p.sensorId, target: p.target }),
    fields: {
      minutes_until: p.minutesUntil ?? 0,
      uncertainty_minutes: p.uncertaintyMinutes ?? 0,
      confidence: p.confidence ?? 0,
    },
    timeNs: msToNs(p.timeMs ?? 0),
  };
}

/**
 * Events and alerts keep their millisecond time; the envelope's seq fills the nanoseconds below it,
 * so two events in the same millisecond (onsets on two channels) stay two points, and a replayed
 * envelope still lands on the same point.
 */
function withinMillisecond(timeMs: number | null | undefined, seq: number): bigint {
  return msToNs(timeMs ?? 0) + BigInt(seq % 1_000_000);
}

function alertPoint(a: care.v1.Alert.$Properties, site: string, device: string, seq: number): Point {
  const severity = enumLabel(care.v1.Severity, a.severity, "SEVERITY_");
  const state = enumLabel(care.v1.AlertState, a.state, "ALERT_STATE_");
  return {
    measurement: MEASUREMENT.alert,
    retentionPolicy: "autogen",
    tags: tagsOf({ site, device, sensor: a.sensorId, kind: a.kind, severity, state }),
    fields: addFields({ alert_id: a.alertId ?? "", message: a.message ?? "" }, a.fields),
    timeNs: withinMillisecond(a.timeMs, seq),
  };
}

function eventPoint(e: care.v1.Event.$Properties, site: string, device: string, seq: number): Point {
  return {
    measurement: MEASUREMENT.event,
    retentionPolicy: "autogen",
    tags: tagsOf({ site, device, sensor: e.sensorId, kind: e.kind }),
    fields: addFields({ detail: e.detail ?? "" }, e.fields),
    timeNs: withinMillisecond(e.timeMs, seq),
  };
}

function statusPoints(
  s: care.v1.DeviceStatus.$Properties,
  site: string,
  device: string,
  timeNs: bigint,
): Point[] {
  const fields: Fields = {
    reason: s.reason ?? "",
    clock_offset_ms: int(s.clockOffsetMs),
    clock_synced: s.clockSynced ?? false,
    uptime_ms: int(s.uptimeMs),
    agent_version: s.agentVersion ?? "",
  };
  for (const counter of s.counters ?? []) fields[counter.name ?? ""] = int(counter.value);
  const state = enumLabel(care.v1.DeviceState, s.state, "DEVICE_STATE_");
  const points: Point[] = [
    {
      measurement: MEASUREMENT.deviceStatus,
      retentionPolicy: "autogen",
      tags: tagsOf({ site, device, state }),
      fields,
      timeNs,
    },
  ];
  for (const sensor of s.sensors ?? []) {
    points.push({
      measurement: MEASUREMENT.sensorStatus,
      retentionPolicy: "autogen",
      tags: tagsOf({ site, device, sensor: sensor.sensorId }),
      // A transport is a free-form description ("serial:/dev/ttyUSB0"): a field, not a tag.
      fields: {
        connected: sensor.connected ?? false,
        transport: sensor.transport ?? "",
        reason: sensor.reason ?? "",
        last_frame_ms: int(sensor.lastFrameMs),
      },
      timeNs,
    });
  }
  return points;
}

function commandAckPoint(
  a: care.v1.CommandAck.$Properties,
  site: string,
  device: string,
  envelopeNs: bigint,
): Point {
  return {
    measurement: MEASUREMENT.commandAck,
    retentionPolicy: "autogen",
    tags: tagsOf({ site, device }),
    fields: { command_id: a.commandId ?? "", ok: a.ok ?? false, message: a.message ?? "" },
    // An ack without applied_ms (a refused command) is stamped with the envelope's time.
    timeNs: a.appliedMs ? msToNs(a.appliedMs) : envelopeNs,
  };
}

/**
 * Points of every payload except samples (see samplePoints). Commands give none. `envelopeNs` stamps
 * payloads without a time of their own (status, an unapplied command ack).
 */
export function payloadPoints(envelope: Envelope, site: string, device: string, envelopeNs: bigint): Point[] {
  if (envelope.observation) return [observationPoint(envelope.observation, site, device)];
  if (envelope.prediction) return [predictionPoint(envelope.prediction, site, device)];
  if (envelope.alert) return [alertPoint(envelope.alert, site, device, envelope.seq)];
  if (envelope.event) return [eventPoint(envelope.event, site, device, envelope.seq)];
  if (envelope.status) return statusPoints(envelope.status, site, device, envelopeNs);
  if (envelope.commandAck) return [commandAckPoint(envelope.commandAck, site, device, envelopeNs)];
  return [];
}
