// Every interval: one log line with all counters, and one bridge_stats point. A failed stats write is
// not retried: the next point carries the cumulative counts anyway.
import type { BridgeCounters } from "./counters.ts";
import { msToNs } from "./influx-values.ts";
import type { Logger } from "./log.ts";
import { statsLogFields, statsPoint } from "./metrics.ts";
import type { PointSink } from "./sink.ts";

export interface StatsReporterOptions {
  readonly counters: BridgeCounters;
  readonly sink: PointSink;
  readonly clientId: string;
  readonly intervalMs: number;
  readonly now: () => number;
  readonly log: Logger;
}

/** Returns a function that reports once more (at shutdown) and stops the timer. */
export function startStatsReporter(options: StatsReporterOptions): () => Promise<void> {
  const report = async (): Promise<void> => {
    const snapshot = options.counters.snapshot();
    options.log.info("stats", statsLogFields(snapshot));
    try {
      await options.sink.write([statsPoint(snapshot, options.clientId, msToNs(options.now()))]);
    } catch (error) {
      options.log.debug("stats point not written", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const timer = setInterval(() => void report(), options.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await report();
  };
}
