// Every count the bridge keeps. Served on /metrics, logged as one line and written to bridge_stats.
import type { DeadLetterObserver } from "../proto/index.ts";
import type { SinkObserver } from "./sink.ts";
import type { SpoolObserver } from "./spool-drainer.ts";
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
  readonly spooledBatches: number;
  readonly spooledPoints: number;
  readonly spoolDrainedBatches: number;
  readonly spoolDrainedPoints: number;
  readonly spoolDroppedBatches: number;
  readonly spoolDroppedPoints: number;
  readonly spoolReplayedBatches: number;
  readonly spoolReplayedPoints: number;
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
  /** Batches (one per sink write) appended to the spool, and their points. */
  spooledBatches = 0;
  spooledPoints = 0;
  /** Spooled batches the store confirmed. */
  spoolDrainedBatches = 0;
  spoolDrainedPoints = 0;
  /** Spooled batches a bound dropped (bytes, age) or that could not be read back (damaged). */
  spoolDroppedBatches = 0;
  spoolDroppedPoints = 0;
  /** Batches found unfinished in the spool at start-up and drained again. */
  spoolReplayedBatches = 0;
  spoolReplayedPoints = 0;
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
      spooledBatches: this.spooledBatches,
      spooledPoints: this.spooledPoints,
      spoolDrainedBatches: this.spoolDrainedBatches,
      spoolDrainedPoints: this.spoolDrainedPoints,
      spoolDroppedBatches: this.spoolDroppedBatches,
      spoolDroppedPoints: this.spoolDroppedPoints,
      spoolReplayedBatches: this.spoolReplayedBatches,
      spoolReplayedPoints: this.spoolReplayedPoints,
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

  /** `refused` is left to the caller: a refused batch is a reject with a dead letter. */
  spoolObserver(refused: SpoolObserver["refused"]): SpoolObserver {
    return {
      spooled: (points) => {
        this.spooledBatches += 1;
        this.spooledPoints += points;
      },
      drained: ({ batches, points }) => {
        this.spoolDrainedBatches += batches;
        this.spoolDrainedPoints += points;
      },
      dropped: ({ batches, points }) => {
        this.spoolDroppedBatches += batches;
        this.spoolDroppedPoints += points;
      },
      refused,
      replayed: ({ batches, points }) => {
        this.spoolReplayedBatches += batches;
        this.spoolReplayedPoints += points;
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
