import { randomUUID } from "node:crypto";
import { type EnvelopeInit, SCHEMA_VERSION } from "../../proto/index.ts";
import type { OutgoingPayload } from "../pipeline/outgoing.ts";
import type { Clock } from "../time/clock.ts";

export type SendablePayload = OutgoingPayload | { status: NonNullable<EnvelopeInit["status"]> };

export interface EnvelopeFactory {
  readonly bootId: string;
  /** Wraps a payload with identity, the next per-boot seq and device timestamps. */
  wrap(payload: SendablePayload): EnvelopeInit;
  /** The envelope `wrap` would build now, without taking the seq; `advance` then takes it. */
  preview(payload: SendablePayload): EnvelopeInit;
  advance(): void;
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
    preview: (payload) => ({ ...base(), seq: seq + 1, ...payload }),
    advance: () => {
      seq++;
    },
    lastWill: (status) => ({ ...base(), seq: 0, status }),
    get lastSeq() {
      return seq;
    },
  };
}
