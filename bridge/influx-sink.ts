// PointSink for InfluxDB 1.x: POST /write with line protocol at ns precision, one request per
// retention policy and per maxPointsPerRequest points. The database and the "raw" retention policy
// are ensured before the first write and again after InfluxDB reports the database missing, so the
// bridge can start while InfluxDB is still down.
import type { InfluxDB } from "influx";
import { ensureInfluxSchema, type InfluxTarget, influxClient } from "./influx-admin.ts";
import { toLineProtocol } from "./line-protocol.ts";
import type { Logger } from "./log.ts";
import { attemptTimeoutMs } from "./retry.ts";
import {
  type Point,
  type PointSink,
  type RetentionPolicy,
  type SinkObserver,
  SinkWriteError,
  type WriteOptions,
} from "./sink.ts";

export interface InfluxSinkOptions extends InfluxTarget {
  readonly rawRetention: string;
  readonly maxPointsPerRequest: number;
  readonly requestTimeoutMs?: number;
  readonly observer?: SinkObserver;
  readonly log: Logger;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

function groupByRetention(points: readonly Point[]): Map<RetentionPolicy, Point[]> {
  const groups = new Map<RetentionPolicy, Point[]>();
  for (const point of points) {
    const group = groups.get(point.retentionPolicy);
    if (group) group.push(point);
    else groups.set(point.retentionPolicy, [point]);
  }
  return groups;
}

/** Points a refused request still stored: InfluxDB answers a partial write with "partial write: ... dropped=N". */
function storedDespiteRefusal(body: string, sent: number): number {
  const match = /partial write.*dropped=(\d+)/s.exec(body);
  return match ? Math.max(0, sent - Number(match[1])) : 0;
}

export class InfluxSink implements PointSink {
  readonly #options: InfluxSinkOptions;
  readonly #admin: InfluxDB;
  readonly #authorization: string | undefined;
  #schema: Promise<void> | undefined;
  #healthy = true;

  constructor(options: InfluxSinkOptions) {
    this.#options = options;
    this.#admin = influxClient(options);
    this.#authorization =
      options.username === undefined
        ? undefined
        : `Basic ${Buffer.from(`${options.username}:${options.password ?? ""}`).toString("base64")}`;
  }

  /** False after a failed write until a write succeeds. */
  get healthy(): boolean {
    return this.#healthy;
  }

  /** Creates the database and retention policy now rather than at the first write. */
  prepare(): Promise<void> {
    return this.#ensureSchema();
  }

  async write(points: readonly Point[], options: WriteOptions = {}): Promise<void> {
    if (points.length === 0) return;
    const configuredMs = this.#options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // Every request of this write shares the caller's deadline.
    const deadline = Date.now() + (options.timeoutMs ?? configuredMs);
    const timeout = () => attemptTimeoutMs(configuredMs, deadline, Date.now());
    try {
      await this.#ensureSchema();
      let permanent: SinkWriteError | undefined;
      for (const [policy, group] of groupByRetention(points)) {
        for (let start = 0; start < group.length; start += this.#options.maxPointsPerRequest) {
          const chunk = group.slice(start, start + this.#options.maxPointsPerRequest);
          // A refused chunk does not stop the others: InfluxDB stores each request independently.
          permanent = (await this.#post(policy, chunk, timeout())) ?? permanent;
        }
      }
      this.#healthy = true;
      if (permanent) throw permanent;
    } catch (error) {
      if (!(error instanceof SinkWriteError && error.permanent)) this.#healthy = false;
      this.#options.observer?.failed(error);
      throw error instanceof SinkWriteError ? error : new SinkWriteError(describe(error), false);
    }
  }

  async close(): Promise<void> {}

  /** One set-up at a time; a failed one is forgotten so the next write tries again. */
  #ensureSchema(): Promise<void> {
    this.#schema ??= ensureInfluxSchema(this.#admin, this.#options.database, this.#options.rawRetention).then(
      (actions) => {
        for (const action of actions) this.#options.log.info(action);
      },
      (error: unknown) => {
        this.#schema = undefined;
        throw new SinkWriteError(`cannot prepare database: ${describe(error)}`, false);
      },
    );
    return this.#schema;
  }

  /** Returns a permanent error for a refused request; throws a transient one for anything else. */
  async #post(
    policy: RetentionPolicy,
    points: readonly Point[],
    timeoutMs: number,
  ): Promise<SinkWriteError | undefined> {
    const url = new URL(`${this.#options.url.replace(/\/$/, "")}/write`);
    url.searchParams.set("db", this.#options.database);
    url.searchParams.set("rp", policy);
    url.searchParams.set("precision", "n");
    const headers: Record<string, string> = { "Content-Type": "text/plain; charset=utf-8" };
    if (this.#authorization) headers.Authorization = this.#authorization;
    let body: string;
    try {
      body = toLineProtocol(points);
    } catch (error) {
      return new SinkWriteError(`cannot encode points: ${describe(error)}`, true);
    }
    const response = await fetch(url, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
    });
    if (response.status === 204) {
      this.#options.observer?.written(points.length);
      return undefined;
    }
    const answer = (await response.text()).slice(0, 500);
    if (response.status === 400) {
      this.#options.observer?.written(storedDespiteRefusal(answer, points.length));
      return new SinkWriteError(`InfluxDB refused points: ${answer}`, true, 400);
    }
    if (response.status === 404 && answer.includes("database not found")) this.#schema = undefined;
    throw new SinkWriteError(
      `InfluxDB write failed with HTTP ${response.status}: ${answer}`,
      false,
      response.status,
    );
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
