// Decode and validate one MQTT message. Pure: the clock arrives as `nowMs`. Every reject is a value
// whose reason starts with a stable code ("kind_mismatch: ...") so counters can group by it.
import {
  decodeEnvelope,
  type Envelope,
  type PayloadKind,
  parseTopic,
  type Result,
  rejected,
  TOPIC_KIND_OF_PAYLOAD,
  type TopicAddress,
} from "../proto/index.ts";
import { checkPayload, isLastWill } from "./validate-payload.ts";

export const REJECT_CODES = [
  "bad_topic",
  "too_large",
  "malformed",
  "bad_schema_version",
  "no_payload",
  "no_device_id",
  "device_mismatch",
  "site_mismatch",
  "kind_mismatch",
  "bad_identity",
  "bad_name",
  "non_finite",
  "bad_batch",
  "batch_too_large",
  "time_in_future",
  "time_too_old",
  "sink_rejected",
  "internal_error",
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export interface ValidationLimits {
  readonly maxFutureSkewMs: number;
  readonly maxPastAgeMs: number;
  /** Most sample instants in one SampleBatch. */
  readonly maxBatchSamples: number;
}

export interface ValidMessage {
  readonly envelope: Envelope;
  /** Bridge clock at receipt; the time of a last will, whose device time is its owner's connect time. */
  readonly receivedMs: number;
  /** The status the broker published for a device that vanished (seq 0). */
  readonly lastWill: boolean;
  readonly payload: PayloadKind;
  readonly address: TopicAddress;
  /** Size on the wire, stored with the envelope point. */
  readonly bytes: number;
}

export const reject = <T = never>(code: RejectCode, detail: string): Result<T> =>
  rejected(`${code}: ${detail}`);

/** The stable code at the start of a reason; unknown text maps to "malformed". */
export function rejectCode(reason: string): RejectCode {
  const code = reason.slice(0, reason.indexOf(":"));
  return (REJECT_CODES as readonly string[]).includes(code) ? (code as RejectCode) : "malformed";
}

// decodeEnvelope (the wire contract) words its reasons in prose; this maps them onto codes.
const DECODE_REASONS: ReadonlyArray<readonly [RegExp, RejectCode]> = [
  [/^envelope of \d+ bytes exceeds/, "too_large"],
  [/^malformed protobuf/, "malformed"],
  [/^unknown schema version/, "bad_schema_version"],
  [/^envelope carries no payload/, "no_payload"],
  [/^envelope has no device_id/, "no_device_id"],
];

function codeOfDecodeReason(reason: string): RejectCode {
  return DECODE_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? "malformed";
}

function checkIdentity(envelope: Envelope, address: TopicAddress, payload: PayloadKind): Result<void> {
  if (envelope.deviceId !== address.device) {
    return reject(
      "device_mismatch",
      `topic device "${address.device}" but payload device_id "${envelope.deviceId}"`,
    );
  }
  if (envelope.siteId !== address.site) {
    return reject(
      "site_mismatch",
      `topic site "${address.site}" but payload site_id "${envelope.siteId ?? ""}"`,
    );
  }
  const expectedKind = TOPIC_KIND_OF_PAYLOAD[payload];
  if (expectedKind !== address.kind) {
    return reject(
      "kind_mismatch",
      `${payload} payload on a "${address.kind}" topic (expected "${expectedKind}")`,
    );
  }
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(envelope.bootId ?? "")) {
    return reject(
      "bad_identity",
      `boot_id ${JSON.stringify(envelope.bootId)} is empty or not [A-Za-z0-9_.:-]{1,64}`,
    );
  }
  // seq 0 is reserved for the last-will status, which lies outside the per-boot sequence.
  if (!((envelope.seq ?? 0) >= 1 || isLastWill(envelope))) {
    return reject("bad_identity", "seq must start at 1 (0 only for a last-will status)");
  }
  return { ok: true, value: undefined };
}

export function validateMessage(
  topic: string,
  bytes: Uint8Array,
  nowMs: number,
  limits: ValidationLimits,
): Result<ValidMessage> {
  const address = parseTopic(topic);
  if (!address.ok) return reject("bad_topic", address.reason);
  const decoded = decodeEnvelope(bytes);
  if (!decoded.ok) return reject(codeOfDecodeReason(decoded.reason), decoded.reason);
  const envelope = decoded.value;
  // decodeEnvelope guarantees a payload; the check keeps the type honest.
  const payload = envelope.payload;
  if (!payload) return reject("no_payload", "envelope carries no payload");
  const identity = checkIdentity(envelope, address.value, payload);
  if (!identity.ok) return identity;
  const problem = checkPayload(envelope, nowMs, limits);
  if (problem !== undefined) return rejected(problem);
  const lastWill = isLastWill(envelope);
  return {
    ok: true,
    value: { envelope, payload, address: address.value, bytes: bytes.length, receivedMs: nowMs, lastWill },
  };
}
