import "./runtime.ts";
import { care } from "./gen/care_v1.js";
import { ok, type Result, rejected } from "./result.ts";
import type { TopicKind } from "./topics.ts";

export const SCHEMA_VERSION = 1;
/** The largest envelope either side accepts; bigger payloads are rejected before decoding. */
export const MAX_ENVELOPE_BYTES = 256 * 1024;

export type Envelope = care.v1.Envelope;
export type EnvelopeInit = care.v1.Envelope.$Properties;
export type PayloadKind = NonNullable<Envelope["payload"]>;

/** Which topic subtree each payload kind travels on. */
export const TOPIC_KIND_OF_PAYLOAD: Record<PayloadKind, TopicKind> = {
  samples: "samples",
  observation: "observations",
  prediction: "predictions",
  alert: "alerts",
  status: "status",
  event: "events",
  command: "commands",
  commandAck: "acks",
};

export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  return care.v1.Envelope.encode(envelope).finish();
}

/** Decodes untrusted bytes. Never throws: malformed input becomes a reason. */
export function decodeEnvelope(bytes: Uint8Array): Result<Envelope> {
  if (bytes.length > MAX_ENVELOPE_BYTES) {
    return rejected(`envelope of ${bytes.length} bytes exceeds ${MAX_ENVELOPE_BYTES}`);
  }
  let envelope: Envelope;
  try {
    envelope = care.v1.Envelope.decode(bytes);
  } catch (error) {
    return rejected(`malformed protobuf: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (envelope.schemaVersion < 1 || envelope.schemaVersion > SCHEMA_VERSION) {
    return rejected(`unknown schema version ${envelope.schemaVersion}`);
  }
  if (!envelope.payload) {
    return rejected("envelope carries no payload");
  }
  if (!envelope.deviceId) {
    return rejected("envelope has no device_id");
  }
  return ok(envelope);
}
