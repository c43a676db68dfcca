// Wires the bridge together from a validated config: MQTT → Ingest → batching or the spool → InfluxDB,
// the dead letters, the counters and their three outlets (/metrics, a log line, bridge_stats), and,
// with a command token, the HTTP command API that publishes commands from the bridge's MQTT session.
import { randomUUID } from "node:crypto";
import { DeadLetterFile } from "../proto/index.ts";
import { BatchingSink } from "./batching-sink.ts";
import { CommandApi } from "./command-api.ts";
import { ackTap, CommandLedger } from "./command-ledger.ts";
import type { BridgeConfig } from "./config.ts";
import { BridgeCounters } from "./counters.ts";
import { startHttpServer } from "./http-server.ts";
import { InfluxSink } from "./influx-sink.ts";
import { Ingest } from "./ingest.ts";
import { createLogger } from "./log.ts";
import { type BridgeGauges, prometheusText } from "./metrics.ts";
import { MqttIngest } from "./mqtt-ingest.ts";
import { handlerBudgetMs } from "./retry.ts";
import type { BridgeSecrets } from "./secrets.ts";
import type { PointSink } from "./sink.ts";
import type { RefusedBatch } from "./spool-drainer.ts";
import { SpoolingSink } from "./spooling-sink.ts";
import { startStatsReporter } from "./stats-reporter.ts";

export interface RunningBridge {
  /** Port of /health and /metrics, when enabled. */
  readonly httpPort: number | undefined;
  readonly counters: BridgeCounters;
  stop(): Promise<void>;
}

/** How long POST /commands waits for the broker's PUBACK before answering 504. */
const COMMAND_PUBLISH_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for the spool to empty, but no longer than `ms`. */
async function drainedWithin(spool: SpoolingSink, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([spool.drained(), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * What the Ingest writes to. By default the spool: a message is acknowledged once it is appended
 * locally, and the spool drains to InfluxDB on its own. With `spool: "off"` (no spoolDir): group
 * commit straight to InfluxDB, so a message is acknowledged once InfluxDB has it.
 */
function storeChain(
  config: BridgeConfig,
  influx: InfluxSink,
  counters: BridgeCounters,
  deadLetters: DeadLetterFile,
  clock: { now: () => number; random: () => number },
): { sink: PointSink; spool: SpoolingSink | undefined } {
  if (config.spoolDir === undefined) {
    const sink = new BatchingSink(influx, {
      maxPoints: config.batchMaxPoints,
      maxDelayMs: config.batchMaxDelayMs,
    });
    return { sink, spool: undefined };
  }
  // The message behind a batch InfluxDB refuses was acknowledged long ago: the batch becomes the dead letter.
  const refused = (batch: RefusedBatch) => {
    counters.reject("sink_rejected");
    void deadLetters.record({
      timeMs: batch.appendedMs,
      topic: `spool/batch/${batch.id}`,
      reason: `sink_rejected: ${batch.reason}`,
      payload: batch.payload,
    });
  };
  const spool = new SpoolingSink(influx, {
    dir: config.spoolDir,
    maxBytes: config.spoolMaxBytes,
    maxAgeMs: config.spoolMaxAgeMs,
    segmentBytes: config.spoolSegmentBytes,
    syncIntervalMs: config.spoolSyncIntervalMs,
    drainMaxPoints: config.batchMaxPoints,
    retry: { baseMs: config.writeRetryBaseMs, capMs: config.writeRetryCapMs },
    now: clock.now,
    random: clock.random,
    observer: counters.spoolObserver(refused),
    log: createLogger("bridge:spool"),
  });
  return { sink: spool, spool };
}

export async function startBridge(config: BridgeConfig, secrets: BridgeSecrets): Promise<RunningBridge> {
  const log = createLogger("bridge");
  const counters = new BridgeCounters();
  const clock = { now: () => Date.now(), sleep, random: Math.random };
  const influx = new InfluxSink({
    url: config.influxUrl,
    database: config.influxDatabase,
    username: config.influxUsername,
    password: secrets.influxPassword,
    rawRetention: config.rawRetention,
    maxPointsPerRequest: config.batchMaxPoints,
    observer: counters.sinkObserver(),
    log: createLogger("bridge:influx"),
  });
  // Not awaited: the bridge starts (and keeps messages unacknowledged) while InfluxDB is still down.
  influx
    .prepare()
    .catch((error: unknown) => log.warn("InfluxDB not ready; will retry on write", { error: String(error) }));
  const deadLetterLog = createLogger("bridge:dead-letter");
  const deadLetters = await DeadLetterFile.open(
    config.deadLetterPath,
    config.deadLetterMaxBytes,
    counters.deadLetterObserver((error) =>
      deadLetterLog.error("cannot record a dead letter", { error: String(error) }),
    ),
  );
  const { sink, spool } = storeChain(config, influx, counters, deadLetters, clock);
  // Only with the command API: the acks the Ingest stores also feed what GET /commands/<id> answers.
  const ledger = secrets.commandToken === undefined ? undefined : new CommandLedger();
  const ingest = new Ingest({
    sink: ledger ? ackTap(sink, (ack) => ledger.acknowledged(ack)) : sink,
    deadLetters,
    counters,
    limits: config,
    retry: {
      baseMs: config.writeRetryBaseMs,
      capMs: config.writeRetryCapMs,
      budgetMs: handlerBudgetMs(config.mqttKeepaliveSec),
    },
    clock,
    log: createLogger("bridge:ingest"),
  });
  const mqtt = new MqttIngest({
    url: config.mqttUrl,
    username: config.mqttUsername,
    password: secrets.mqttPassword,
    ca: secrets.mqttCa,
    clientId: config.clientId,
    keepaliveSec: config.mqttKeepaliveSec,
    sessionExpirySec: config.mqttSessionExpirySec,
    sharedGroup: config.sharedGroup,
    reconnect: { baseMs: config.mqttReconnectBaseMs, capMs: config.mqttReconnectCapMs },
    random: Math.random,
    ingest,
    counters,
    log: createLogger("bridge:mqtt"),
  });
  const stopStats = startStatsReporter({
    counters,
    sink,
    clientId: config.clientId,
    intervalMs: config.statsIntervalMs,
    now: clock.now,
    log: createLogger("bridge:stats"),
  });
  const gauges = (): BridgeGauges => ({
    mqttConnected: mqtt.connected,
    sinkHealthy: influx.healthy,
    spool: spool && {
      bytes: spool.bytes,
      pendingBatches: spool.pending.batches,
      pendingPoints: spool.pending.points,
    },
  });
  const commandApi =
    ledger && secrets.commandToken !== undefined
      ? new CommandApi({
          token: secrets.commandToken,
          publish: (target, payload) => mqtt.publishCommand(target, payload),
          connected: () => mqtt.connected,
          ledger,
          now: clock.now,
          newCommandId: randomUUID,
          bootId: randomUUID(),
          publishTimeoutMs: COMMAND_PUBLISH_TIMEOUT_MS,
          log: createLogger("bridge:commands"),
        })
      : undefined;
  const http =
    config.httpPort === 0
      ? undefined
      : await startHttpServer(config.httpHost, config.httpPort, {
          health: () => ({
            healthy: mqtt.connected && influx.healthy,
            ...gauges(),
            counters: counters.snapshot(),
          }),
          metrics: () => prometheusText(counters.snapshot(), gauges()) + (commandApi?.metricsText() ?? ""),
          commands: commandApi
            ? (request, response, path) => commandApi.handle(request, response, path)
            : undefined,
        });
  log.info("bridge started", { clientId: config.clientId, httpPort: http?.port, commandApi: !!commandApi });
  return {
    httpPort: http?.port,
    counters,
    stop: async () => {
      await mqtt.stop();
      await stopStats();
      await http?.close();
      // A moment for the drainer to empty the spool; whatever is left is replayed at the next start.
      if (spool) await drainedWithin(spool, 2_000);
      await sink.close();
      await deadLetters.settle();
      log.info("bridge stopped");
    },
  };
}
