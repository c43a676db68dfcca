// One message in, one decision out: acknowledge it (stored, or recorded as a dead letter) or leave
// it for the broker to redeliver (the store stayed down for the whole retry budget). Knows nothing of
// MQTT; never throws.

import type { DeadLetterSink } from "../proto/index.ts";
import type { BridgeCounters } from "./counters.ts";
import type { Logger } from "./log.ts";
import { envelopeToPoints } from "./points.ts";
import { type RetryDeps, type RetryPolicy, retryWithinBudget } from "./retry.ts";
import type { PointSink } from "./sink.ts";
import { rejectCode, type ValidationLimits, validateMessage } from "./validate.ts";

export type IngestDecision = "ack" | "redeliver";

export interface IngestDeps {
  readonly sink: PointSink;
  readonly deadLetters: DeadLetterSink;
  readonly counters: BridgeCounters;
  readonly limits: ValidationLimits;
  readonly retry: RetryPolicy;
  /** The bridge clock (ms since epoch) with sleep and randomness for the retries. */
  readonly clock: RetryDeps;
  readonly log: Logger;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class Ingest {
  readonly #deps: IngestDeps;
  // Shared across messages so the backoff keeps growing while the store stays down.
  readonly #consecutiveFailures = { count: 0 };

  constructor(deps: IngestDeps) {
    this.#deps = deps;
  }

  /**
   * `stillWanted` turns false when the delivery is void (the connection that brought it closed): the
   * broker will deliver the message again, so retrying this copy would only duplicate work.
   */
  async handle(
    topic: string,
    payload: Uint8Array,
    stillWanted: () => boolean = () => true,
  ): Promise<IngestDecision> {
    const { counters, clock } = this.#deps;
    counters.received += 1;
    const receivedMs = clock.now();
    try {
      return await this.#store(topic, payload, receivedMs, stillWanted);
    } catch (error) {
      // A bug, not bad data: record the message so it is not lost, and acknowledge it so it cannot
      // block the subscription forever.
      this.#deps.log.error("unexpected error while handling a message", { topic, error: describe(error) });
      return this.#refuse(topic, payload, receivedMs, `internal_error: ${describe(error)}`);
    }
  }

  async #store(topic: string, payload: Uint8Array, receivedMs: number, stillWanted: () => boolean) {
    const { counters, limits, sink, retry, clock, log } = this.#deps;
    const valid = validateMessage(topic, payload, receivedMs, limits);
    if (!valid.ok) return this.#refuse(topic, payload, receivedMs, valid.reason);
    counters.accepted += 1;
    const points = envelopeToPoints(valid.value);
    const outcome = await retryWithinBudget(
      (remainingMs) => sink.write(points, { timeoutMs: remainingMs }),
      retry,
      this.#consecutiveFailures,
      clock,
      stillWanted,
    );
    switch (outcome.status) {
      case "done":
        return "ack";
      case "refused":
        return this.#refuse(topic, payload, receivedMs, `sink_rejected: ${describe(outcome.error)}`);
      case "gave_up":
        counters.deliveriesAbandoned += 1;
        log.warn("store unavailable; leaving the message for redelivery", {
          topic,
          attempts: outcome.attempts,
          error: describe(outcome.error),
        });
        return "redeliver";
    }
  }

  async #refuse(topic: string, payload: Uint8Array, timeMs: number, reason: string): Promise<IngestDecision> {
    this.#deps.counters.reject(rejectCode(reason));
    if (this.#deps.log.debugEnabled) this.#deps.log.debug("rejected", { topic, reason });
    await this.#deps.deadLetters.record({ timeMs, topic, reason, payload });
    return "ack";
  }
}
