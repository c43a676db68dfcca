// From a payload to the outbox: wrap it in an envelope (identity, per-boot seq), keep it under the
// broker's packet limit, store it, and wake the publisher. Never throws: this is the boundary between
// the sensor pipelines and delivery, so an envelope that cannot be stored (disk full, I/O error) is
// counted (send_errors) and dead-lettered instead of ending the pipeline that produced it. Its seq is
// still taken, so the bridge sees the gap as a loss.
import { encodeEnvelope, MAX_ENVELOPE_BYTES, type PayloadKind } from "../../proto/index.ts";
import type { Counters } from "../status/counters.ts";
import type { DeadLetterLog } from "../status/dead-letters.ts";
import type { EnvelopeFactory, SendablePayload } from "./envelope-factory.ts";
import { fitPayload } from "./fit-envelope.ts";
import type { Outbox } from "./outbox.ts";

/** Room for the seq of a later piece to need more varint bytes than the preview's. */
const SEQ_MARGIN_BYTES = 16;

export interface SenderDeps {
  readonly envelopes: EnvelopeFactory;
  readonly outbox: Outbox;
  /** Wakes the publisher after the outbox gained messages. */
  readonly pump: () => void;
  readonly topicOf: (kind: PayloadKind) => string;
  readonly counters: Counters;
  readonly deadLetters: DeadLetterLog;
  readonly now: () => number;
  readonly warn: (message: string) => void;
  readonly maxEnvelopeBytes?: number;
}

export type Send = (payload: SendablePayload, urgent: boolean) => void;

export function createSender(deps: SenderDeps): Send {
  const { envelopes, counters } = deps;
  const limit = deps.maxEnvelopeBytes ?? MAX_ENVELOPE_BYTES;

  const reject = (kind: PayloadKind, reason: string, bytes: Uint8Array) => {
    deps.deadLetters.add({ timeMs: deps.now(), topic: deps.topicOf(kind), reason, payload: bytes });
    deps.warn(`cannot send ${kind}: ${reason}`);
  };

  const store = (kind: PayloadKind, bytes: Uint8Array, urgent: boolean) => {
    try {
      deps.outbox.push({ topic: deps.topicOf(kind), bytes, retain: kind === "status", urgent });
      counters.increment(`enqueued_${kind}`);
    } catch (error) {
      counters.increment("send_errors");
      reject(kind, `outbox_write_failed: ${error instanceof Error ? error.message : String(error)}`, bytes);
    } finally {
      envelopes.advance();
    }
  };

  const storeSplit = (payload: SendablePayload, kind: PayloadKind, urgent: boolean) => {
    const size = (piece: SendablePayload) => encodeEnvelope(envelopes.preview(piece)).length;
    const { pieces, oversized } = fitPayload(payload, size, limit - SEQ_MARGIN_BYTES);
    if (pieces.length > 1) counters.increment("envelopes_split", pieces.length - 1);
    for (const piece of pieces) store(kind, encodeEnvelope(envelopes.preview(piece)), urgent);
    for (const piece of oversized) {
      counters.increment("envelopes_too_large");
      const bytes = encodeEnvelope(envelopes.preview(piece));
      reject(kind, `envelope_too_large: ${bytes.length} bytes > ${limit}`, bytes);
    }
  };

  return (payload, urgent) => {
    const kind = Object.keys(payload)[0] as PayloadKind;
    try {
      const bytes = encodeEnvelope(envelopes.preview(payload));
      if (bytes.length <= limit) store(kind, bytes, urgent);
      else storeSplit(payload, kind, urgent);
    } catch (error) {
      // A payload that cannot even be encoded is a bug upstream; it must not stop the sensor.
      counters.increment("send_errors");
      reject(
        kind,
        `encode_failed: ${error instanceof Error ? error.message : String(error)}`,
        new Uint8Array(),
      );
    }
    try {
      deps.pump();
    } catch (error) {
      // The message is stored; the next pump (a PUBACK, a reconnect) sends it.
      counters.increment("send_errors");
      deps.warn(
        `publisher could not take the message: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}
