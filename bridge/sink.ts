// Where points go. The ingest only knows this interface: InfluxDB directly (group commit), or the
// durable local spool in front of it (acknowledge after a local append, drain in the background).

/** "raw" holds samples with a bounded retention; "autogen" is the database default for the rest. */
export type RetentionPolicy = "raw" | "autogen";

/** A float is a number, an integer is a bigint (stored as an InfluxDB integer, never as a float). */
export type FieldValue = number | bigint | string | boolean;

export interface Point {
  readonly measurement: string;
  readonly retentionPolicy: RetentionPolicy;
  /** Tag values are never empty; a missing tag is left out. */
  readonly tags: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** Nanoseconds since the epoch: the only precision that holds every identity we build exactly. */
  readonly timeNs: bigint;
}

export interface WriteOptions {
  /** What is left of the caller's time budget: a request to the store may not take longer. */
  readonly timeoutMs?: number;
}

export interface PointSink {
  /** Resolves once the points are stored (or durably spooled); rejects with SinkWriteError. */
  write(points: readonly Point[], options?: WriteOptions): Promise<void>;
  close(): Promise<void>;
}

/**
 * permanent: the store refused the data itself (HTTP 400: bad line, field type conflict), so retrying
 * cannot help and the message goes to the dead letters. Otherwise the store was unreachable or
 * unhealthy and the same write may succeed later.
 */
export class SinkWriteError extends Error {
  readonly permanent: boolean;
  readonly status: number | undefined;

  constructor(message: string, permanent: boolean, status?: number) {
    super(message);
    this.name = "SinkWriteError";
    this.permanent = permanent;
    this.status = status;
  }
}

/** Notified of every write attempt that reaches the store; the counters hang off this. */
export interface SinkObserver {
  written(points: number): void;
  failed(error: unknown): void;
}
