// Renderings of the counters: Prometheus text for /metrics, one log line, one bridge_stats point.
import { type CounterSnapshot, totalRejects } from "./counters.ts";
import { MEASUREMENT } from "./influx-names.ts";
import type { Point } from "./sink.ts";
import { REJECT_CODES } from "./validate.ts";

export interface SpoolGauges {
  readonly bytes: number;
  readonly pendingBatches: number;
  readonly pendingPoints: number;
}

export interface BridgeGauges {
  readonly mqttConnected: boolean;
  readonly sinkHealthy: boolean;
  /** Present when the bridge runs with a spool. */
  readonly spool?: SpoolGauges;
}

const COUNTERS: ReadonlyArray<readonly [keyof Omit<CounterSnapshot, "rejects">, string, string]> = [
  ["received", "bridge_messages_received_total", "MQTT messages handed to the ingest"],
  ["accepted", "bridge_messages_accepted_total", "messages that passed validation"],
  ["pointsWritten", "bridge_points_written_total", "points confirmed by InfluxDB"],
  ["writeFailures", "bridge_write_failures_total", "InfluxDB write requests that failed"],
  ["deliveriesAbandoned", "bridge_deliveries_abandoned_total", "messages left unacknowledged for redelivery"],
  ["deadLetters", "bridge_dead_letters_total", "records appended to the dead-letter file"],
  ["deadLettersDropped", "bridge_dead_letters_dropped_total", "dead-letter records deleted by rotation"],
  ["deadLetterFailures", "bridge_dead_letter_failures_total", "dead letters that could not be written"],
  ["mqttConnects", "bridge_mqtt_connects_total", "successful MQTT (re)connections"],
  ["spooledBatches", "bridge_spooled_batches_total", "batches appended to the spool"],
  ["spooledPoints", "bridge_spooled_points_total", "points appended to the spool"],
  ["spoolDrainedBatches", "bridge_spool_drained_batches_total", "spooled batches confirmed by InfluxDB"],
  ["spoolDrainedPoints", "bridge_spool_drained_points_total", "spooled points confirmed by InfluxDB"],
  ["spoolDroppedBatches", "bridge_spool_dropped_batches_total", "spooled batches dropped by a bound"],
  ["spoolDroppedPoints", "bridge_spool_dropped_points_total", "spooled points dropped by a bound"],
  ["spoolReplayedBatches", "bridge_spool_replayed_batches_total", "unfinished batches found at start"],
  ["spoolReplayedPoints", "bridge_spool_replayed_points_total", "unfinished points found at start"],
];

const SPOOL_GAUGES: ReadonlyArray<readonly [keyof SpoolGauges, string, string]> = [
  ["bytes", "bridge_spool_bytes", "size of the spool's segment files"],
  ["pendingBatches", "bridge_spool_pending_batches", "spooled batches not yet drained"],
  ["pendingPoints", "bridge_spool_pending_points", "spooled points not yet drained"],
];

export function prometheusText(snapshot: CounterSnapshot, gauges: BridgeGauges): string {
  const lines: string[] = [];
  for (const [key, name, help] of COUNTERS) {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`, `${name} ${snapshot[key]}`);
  }
  lines.push(
    "# HELP bridge_rejects_total messages rejected, by reason",
    "# TYPE bridge_rejects_total counter",
  );
  // Every reason is listed, zeros included, so rate() works from the first reject on.
  for (const code of REJECT_CODES)
    lines.push(`bridge_rejects_total{reason="${code}"} ${snapshot.rejects[code] ?? 0}`);
  lines.push(
    "# HELP bridge_mqtt_connected 1 while the MQTT session is up",
    "# TYPE bridge_mqtt_connected gauge",
    `bridge_mqtt_connected ${gauges.mqttConnected ? 1 : 0}`,
    "# HELP bridge_sink_healthy 1 while the last InfluxDB write succeeded",
    "# TYPE bridge_sink_healthy gauge",
    `bridge_sink_healthy ${gauges.sinkHealthy ? 1 : 0}`,
  );
  for (const [key, name, help] of gauges.spool ? SPOOL_GAUGES : []) {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${gauges.spool?.[key]}`);
  }
  return `${lines.join("\n")}\n`;
}

export function statsLogFields(snapshot: CounterSnapshot): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const [key] of COUNTERS) fields[key] = snapshot[key];
  fields.rejected = totalRejects(snapshot);
  for (const [code, count] of Object.entries(snapshot.rejects)) fields[`reject_${code}`] = count;
  return fields;
}

/** Counters as integer fields; reject counts as reject_<reason>. */
export function statsPoint(snapshot: CounterSnapshot, clientId: string, timeNs: bigint): Point {
  const fields: Record<string, bigint> = {};
  for (const [key, count] of Object.entries(statsLogFields(snapshot)))
    fields[toSnakeCase(key)] = BigInt(count);
  return {
    measurement: MEASUREMENT.bridgeStats,
    retentionPolicy: "autogen",
    tags: { bridge: clientId },
    fields,
    timeNs,
  };
}

const toSnakeCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
