// Per-payload sanity checks. Each returns undefined when fine, or a reason "code: detail".
import type { care, Envelope } from "../proto/index.ts";
import {
  ALERT_RESERVED_FIELDS,
  EVENT_RESERVED_FIELDS,
  IDENTIFIER,
  OBSERVATION_RESERVED_FIELDS,
  RESERVED_MEASUREMENTS,
  SAMPLE_RESERVED_FIELDS,
  STATUS_RESERVED_FIELDS,
  TAG_VALUE,
} from "./influx-names.ts";
import type { RejectCode, ValidationLimits } from "./validate.ts";

type Problem = string | undefined;
type FieldInit = care.v1.Field.$Properties;

const problem = (code: RejectCode, detail: string): string => `${code}: ${detail}`;

/** The device's last will: a status with seq 0, composed when it connected and sent by the broker. */
export const isLastWill = (envelope: Envelope): boolean =>
  (envelope.seq ?? 0) === 0 && envelope.payload === "status";

/** A device-chosen measurement name: an identifier that is not one of the bridge's own. */
function checkMeasurement(what: string, name: string | null | undefined): Problem {
  if (!IDENTIFIER.test(name ?? ""))
    return problem("bad_name", `${what} ${JSON.stringify(name)} is not an identifier`);
  if (RESERVED_MEASUREMENTS.has(name ?? ""))
    return problem("bad_name", `${what} "${name}" is reserved by the bridge`);
  return undefined;
}

function checkTag(what: string, value: string | null | undefined, required: boolean): Problem {
  if (!value && !required) return undefined;
  return TAG_VALUE.test(value ?? "")
    ? undefined
    : problem("bad_name", `${what} ${JSON.stringify(value)} is empty or not [A-Za-z0-9_.:@/-]{1,128}`);
}

function checkNames(what: string, names: readonly string[], reserved: ReadonlySet<string>): Problem {
  const seen = new Set<string>();
  for (const name of names) {
    if (!IDENTIFIER.test(name))
      return problem("bad_name", `${what} ${JSON.stringify(name)} is not an identifier`);
    if (reserved.has(name)) return problem("bad_name", `${what} "${name}" is reserved by the bridge`);
    if (seen.has(name)) return problem("bad_name", `${what} "${name}" appears twice`);
    seen.add(name);
  }
  return undefined;
}

function checkFinite(what: string, value: number | null | undefined): Problem {
  return Number.isFinite(value ?? 0) ? undefined : problem("non_finite", `${what} is ${value}`);
}

function checkFields(
  what: string,
  fields: readonly FieldInit[] | null | undefined,
  reserved: ReadonlySet<string>,
): Problem {
  const list = fields ?? [];
  const names = checkNames(
    `${what} field`,
    list.map((field) => field.name ?? ""),
    reserved,
  );
  if (names) return names;
  for (const field of list) {
    const finite = checkFinite(`${what} field "${field.name}"`, field.value);
    if (finite) return finite;
  }
  return undefined;
}

export function checkTime(what: string, timeMs: number, nowMs: number, limits: ValidationLimits): Problem {
  if (!Number.isFinite(timeMs)) return problem("non_finite", `${what} is ${timeMs}`);
  if (timeMs > nowMs + limits.maxFutureSkewMs) {
    return problem("time_in_future", `${what} ${timeMs} is ${timeMs - nowMs} ms ahead of the bridge clock`);
  }
  if (timeMs < nowMs - limits.maxPastAgeMs) {
    return problem("time_too_old", `${what} ${timeMs} is ${nowMs - timeMs} ms in the past`);
  }
  return undefined;
}

function checkSampleTiming(batch: care.v1.SampleBatch.$Properties, instants: number): Problem {
  const period = batch.samplePeriodUs ?? 0;
  const offsets = batch.sampleOffsetsUs ?? [];
  if (period > 0 && offsets.length > 0)
    return problem("bad_batch", "both sample_period_us and sample_offsets_us set");
  if (period === 0 && offsets.length === 0)
    return problem("bad_batch", "neither sample_period_us nor sample_offsets_us set");
  if (offsets.length > 0 && offsets.length !== instants) {
    return problem("bad_batch", `${offsets.length} sample offsets for ${instants} sample instants`);
  }
  for (let i = 1; i < offsets.length; i++) {
    // Equal offsets would give two samples one timestamp, and the second would overwrite the first.
    if ((offsets[i] ?? 0) <= (offsets[i - 1] ?? 0))
      return problem("bad_batch", `sample offset ${i} is not increasing`);
  }
  return undefined;
}

/** The scale (or per-channel scales) and offset must be finite, non-zero and keep every value finite. */
function checkScaling(batch: care.v1.SampleBatch.$Properties, channels: number): Problem {
  const channelScales = batch.channelScales ?? [];
  const units = batch.channelUnits ?? [];
  if (channelScales.length !== 0 && channelScales.length !== channels) {
    return problem("bad_batch", `${channelScales.length} channel scales for ${channels} channels`);
  }
  if (units.length !== 0 && units.length !== channels) {
    return problem("bad_batch", `${units.length} channel units for ${channels} channels`);
  }
  // Per-channel scales, when present, replace the batch scale for every channel.
  const scales = channelScales.length > 0 ? channelScales : [batch.scale ?? 0];
  const offset = batch.offset ?? 0;
  const finite =
    checkFinite("offset", offset) ?? scales.map((scale) => checkFinite("scale", scale)).find(Boolean);
  if (finite) return finite;
  if (scales.includes(0)) return problem("bad_batch", "a scale is 0 (unset?)");
  const largest = Math.max(...scales.map(Math.abs));
  // The largest sint32 times the largest scale plus the offset must stay finite too.
  if (!Number.isFinite(largest * 2 ** 31 + Math.abs(offset)))
    return problem("non_finite", "scaled values overflow");
  return undefined;
}

function checkSamples(
  batch: care.v1.SampleBatch.$Properties,
  nowMs: number,
  limits: ValidationLimits,
): Problem {
  const channels = batch.channelNames ?? [];
  const values = batch.values ?? [];
  const naming =
    checkMeasurement("stream", batch.stream) ??
    checkTag("sensor_id", batch.sensorId, true) ??
    checkNames("channel", channels, SAMPLE_RESERVED_FIELDS);
  if (naming) return naming;
  if (channels.length === 0) return problem("bad_batch", "no channel names");
  if (values.length === 0) return problem("bad_batch", "no values");
  if (values.length % channels.length !== 0) {
    return problem("bad_batch", `${values.length} values do not divide into ${channels.length} channels`);
  }
  const instants = values.length / channels.length;
  if (instants > limits.maxBatchSamples) {
    return problem("batch_too_large", `${instants} sample instants exceed ${limits.maxBatchSamples}`);
  }
  const scaling = checkScaling(batch, channels.length);
  if (scaling) return scaling;
  const timing = checkSampleTiming(batch, instants);
  if (timing) return timing;
  const startUs = batch.startTimeUs ?? 0;
  const lastOffsetUs = (batch.sampleOffsetsUs ?? []).at(-1) ?? (instants - 1) * (batch.samplePeriodUs ?? 0);
  return (
    checkTime("first sample time", startUs / 1000, nowMs, limits) ??
    checkTime("last sample time", (startUs + lastOffsetUs) / 1000, nowMs, limits)
  );
}

function checkObservation(
  o: care.v1.Observation.$Properties,
  nowMs: number,
  limits: ValidationLimits,
): Problem {
  return (
    checkMeasurement("observation name", o.name) ??
    checkTag("sensor_id", o.sensorId, true) ??
    checkFields("observation", o.fields, OBSERVATION_RESERVED_FIELDS) ??
    checkTime("observation time_ms", o.timeMs ?? 0, nowMs, limits)
  );
}

function checkPrediction(
  p: care.v1.Prediction.$Properties,
  nowMs: number,
  limits: ValidationLimits,
): Problem {
  return (
    checkTag("sensor_id", p.sensorId, false) ??
    checkTag("target", p.target, true) ??
    checkFinite("minutes_until", p.minutesUntil) ??
    checkFinite("uncertainty_minutes", p.uncertaintyMinutes) ??
    checkFinite("confidence", p.confidence) ??
    checkTime("prediction time_ms", p.timeMs ?? 0, nowMs, limits)
  );
}

function checkAlert(a: care.v1.Alert.$Properties, nowMs: number, limits: ValidationLimits): Problem {
  return (
    checkTag("sensor_id", a.sensorId, false) ??
    checkTag("alert kind", a.kind, true) ??
    checkTag("alert_id", a.alertId, true) ??
    checkFields("alert", a.fields, ALERT_RESERVED_FIELDS) ??
    checkTime("alert time_ms", a.timeMs ?? 0, nowMs, limits)
  );
}

function checkEvent(e: care.v1.Event.$Properties, nowMs: number, limits: ValidationLimits): Problem {
  return (
    checkTag("sensor_id", e.sensorId, false) ??
    checkTag("event kind", e.kind, true) ??
    checkFields("event", e.fields, EVENT_RESERVED_FIELDS) ??
    checkTime("event time_ms", e.timeMs ?? 0, nowMs, limits)
  );
}

function checkStatus(s: care.v1.DeviceStatus.$Properties): Problem {
  const names = checkNames(
    "counter",
    (s.counters ?? []).map((counter) => counter.name ?? ""),
    STATUS_RESERVED_FIELDS,
  );
  if (names) return names;
  for (const sensor of s.sensors ?? []) {
    const tag = checkTag("sensor status sensor_id", sensor.sensorId, true);
    if (tag) return tag;
  }
  return undefined;
}

function checkCommandAck(
  a: care.v1.CommandAck.$Properties,
  nowMs: number,
  limits: ValidationLimits,
): Problem {
  const applied = a.appliedMs ?? 0;
  return applied === 0 ? undefined : checkTime("command ack applied_ms", applied, nowMs, limits);
}

/** Checks the payload the envelope carries; the identity checks have already passed. */
export function checkPayload(envelope: Envelope, nowMs: number, limits: ValidationLimits): Problem {
  // A last will carries the time its device connected, possibly long ago; it is stored at receipt.
  const envelopeTime = isLastWill(envelope)
    ? undefined
    : checkTime("device_time_ms", envelope.deviceTimeMs ?? 0, nowMs, limits);
  if (envelopeTime) return envelopeTime;
  const { samples, observation, prediction, alert, event, status, commandAck } = envelope;
  if (samples) return checkSamples(samples, nowMs, limits);
  if (observation) return checkObservation(observation, nowMs, limits);
  if (prediction) return checkPrediction(prediction, nowMs, limits);
  if (alert) return checkAlert(alert, nowMs, limits);
  if (event) return checkEvent(event, nowMs, limits);
  if (status) return checkStatus(status);
  if (commandAck) return checkCommandAck(commandAck, nowMs, limits);
  // A command travels bridge → device; the kind check has already refused it on every ingest topic.
  return problem("kind_mismatch", "commands are not accepted from devices");
}
