import { randomUUID } from "node:crypto";
import { type EnvelopeInit, SCHEMA_VERSION } from "../../proto/index.ts";
import type { OutgoingPayload } from "../pipeline/outgoing.ts";
import type { Clock } from "../time/clock.ts";

export interface EnvelopeFactory {
  readonly bootId: string;
  /** Wraps a payload with identity, the next per-boot seq and device timestamps. */
  wrap(payload: OutgoingPayload | { status: NonNullable<EnvelopeInit["status"]> }): EnvelopeInit;
  /** The last-will envelope: seq 0 marks it as outside the per-boot sequence. */
  lastWill(status: NonNullable<EnvelopeInit["status"]>): EnvelopeInit;
  readonly lastSeq: number;
}

export function createEnvelopeFactory(
  deviceId: string,
  siteId: string,
  clock: Clock,
  bootId = randomUUID(),
): EnvelopeFactory {
  let seq = 0;
  const base = () => ({
    deviceId,
    siteId,
    bootId,
    schemaVersion: SCHEMA_VERSION,
    deviceTimeMs: Math.round(clock.now()),
    monotonicMs: Math.round(clock.monotonic()),
  });
  return {
    bootId,
    wrap: (payload) => ({ ...base(), seq: ++seq, ...payload }),
    lastWill: (status) => ({ ...base(), seq: 0, status }),
    get lastSeq() {
      return seq;
    },
  };
}
