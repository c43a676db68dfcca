import type { care } from "../../proto/index.ts";

/** One payload the agent wants to send; the publisher wraps it in an Envelope. */
export type OutgoingPayload =
  | { samples: care.v1.SampleBatch.$Properties }
  | { observation: care.v1.Observation.$Properties }
  | { prediction: care.v1.Prediction.$Properties }
  | { alert: care.v1.Alert.$Properties }
  | { event: care.v1.Event.$Properties }
  | { commandAck: care.v1.CommandAck.$Properties };
