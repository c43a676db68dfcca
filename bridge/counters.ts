// Every count the bridge keeps. Served on /metrics, logged as one line and written to bridge_stats.
import type { DeadLetterObserver } from "./dead-letter.ts";
import type { SinkObserver } from "./sink.ts";
import type { RejectCode } from "./validate.ts";

export interface CounterSnapshot {
  readonly received: number;
  readonly accepted: number;
  readonly pointsWritten: number;
  readonly writeFailures: number;
  readonly deliveriesAbandoned: number;
  readonly deadLetters: number;
  readonly deadLettersDropped: number;
  readonly deadLetterFailures: number;
  readonly mqttConnects: number;
  readonly rejects: Readonly<Partial<Record<RejectCode, number>>>;
}

export class BridgeCounters {
  /** MQTT messages handed to the ingest. */
  received = 0;
  /** Messages that passed validation. */
  accepted = 0;
  /** Points the store confirmed. */
  pointsWritten = 0;
  /** Write requests the store failed or refused. */
  writeFailures = 0;
  /** Messages left unacknowledged for the broker to redeliver because the store stayed down. */
  deliveriesAbandoned = 0;
  deadLetters = 0;
  /** Dead letters deleted by rotation (oldest first). */
  deadLettersDropped = 0;
  deadLetterFailures = 0;
  mqttConnects = 0;
  readonly #rejects = new Map<RejectCode, number>();

  reject(code: RejectCode): void {
    this.#rejects.set(code, (this.#rejects.get(code) ?? 0) + 1);
  }

  snapshot(): CounterSnapshot {
    return {
      received: this.received,
      accepted: this.accepted,
      pointsWritten: this.pointsWritten,
      writeFailures: this.writeFailures,
      deliveriesAbandoned: this.deliveriesAbandoned,
      deadLetters: this.deadLetters,
      deadLettersDropped: this.deadLettersDropped,
      deadLetterFailures: this.deadLetterFailures,
      mqttConnects: this.mqttConnects,
      rejects: Object.fromEntries(this.#rejects),
    };
  }

  sinkObserver(): SinkObserver {
    return {
      written: (points) => {
        this.pointsWritten += points;
      },
      failed: () => {
        this.writeFailures += 1;
      },
    };
  }

  deadLetterObserver(onFailure?: (error: unknown) => void): DeadLetterObserver {
    return {
      recorded: () => {
        this.deadLetters += 1;
      },
      dropped: (records) => {
        this.deadLettersDropped += records;
      },
      failed: (error) => {
        this.deadLetterFailures += 1;
        onFailure?.(error);
      },
    };
  }
}

export const totalRejects = (snapshot: CounterSnapshot): number =>
  Object.values(snapshot.rejects).reduce((sum, count) => sum + count, 0);
