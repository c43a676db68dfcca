// Spool throughput against the ceiling measured in the same run: raw writes of the same points to the
// same InfluxDB. Prints name=value lines.
//   node --import tsx bridge/bench-spool.ts --influx-url http://127.0.0.1:8086 [--batches 4000] [--dir D]
// Needs a running influxd (scripts/stack starts one; docs/bridge-delivery.md has the figures).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BatchingSink } from "./batching-sink.ts";
import { InfluxSink } from "./influx-sink.ts";
import { createLogger } from "./log.ts";
import type { Point, PointSink } from "./sink.ts";
import { SpoolingSink } from "./spooling-sink.ts";

export interface SpoolBenchOptions {
  readonly influxUrl: string;
  readonly batches: number;
  /** Where the spools go; a temporary folder by default. */
  readonly dir?: string;
}

const INSTANTS_PER_BATCH = 50;
const CHANNELS = ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"];
const DATABASE = "bench_spool";
const silent = createLogger("bench", { level: "silent" });

/** One MQTT message's worth: 50 instants of an 8-channel stream at 1 kHz, as envelopeToPoints makes them. */
function sampleBatchPoints(measurement: string, batch: number, startNs: bigint): Point[] {
  const tags = { site: "ward-3", device: "bed-07", sensor: "suit-1" };
  return Array.from({ length: INSTANTS_PER_BATCH }, (_, i) => {
    const fields: Record<string, number | bigint> = {};
    for (const [c, name] of CHANNELS.entries()) fields[name] = ((batch * 31 + i * 7 + c) % 2000) * 0.001;
    fields.sensor_seq = BigInt(batch * INSTANTS_PER_BATCH + i);
    const timeNs = startNs + BigInt(batch * INSTANTS_PER_BATCH + i) * 1_000_000n;
    return { measurement, retentionPolicy: "raw" as const, tags, fields, timeNs };
  });
}

const influxSink = (influxUrl: string) =>
  new InfluxSink({
    url: influxUrl,
    database: DATABASE,
    username: undefined,
    password: undefined,
    rawRetention: "1d",
    maxPointsPerRequest: 5000,
    log: silent,
  });

/** A store that never answers: the spool only appends. */
const hangingStore: PointSink = { write: () => new Promise(() => {}), close: async () => {} };

function openSpool(dir: string, inner: PointSink, syncIntervalMs: number): SpoolingSink {
  return new SpoolingSink(inner, {
    dir,
    maxBytes: 2 ** 34,
    maxAgeMs: 86_400_000,
    segmentBytes: 16 * 1024 * 1024,
    syncIntervalMs,
    drainMaxPoints: 5000,
    retry: { baseMs: 50, capMs: 1000 },
    now: () => Date.now(),
    random: Math.random,
    log: silent,
  });
}

interface Timing {
  /** Wall-clock seconds. */
  readonly wall: number;
  /** CPU seconds this process spent (user + system): steadier than wall time on a shared machine. */
  readonly cpu: number;
}

async function timed(run: () => Promise<void>): Promise<Timing> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

/** Batches regrouped into requests of `size` points. */
function requestsOf(batches: readonly Point[][], size: number): Point[][] {
  const all = batches.flat();
  return Array.from({ length: Math.ceil(all.length / size) }, (_, r) => all.slice(r * size, (r + 1) * size));
}

async function writeAll(sink: PointSink, batches: readonly Point[][]): Promise<void> {
  for (const batch of batches) await sink.write(batch);
}

/** The same points straight to InfluxDB in 5000-point requests, `inFlight` at a time. */
function rawWrites(influxUrl: string, batches: readonly Point[][], inFlight: number): Promise<Timing> {
  const requests = requestsOf(batches, 5000);
  const sink = influxSink(influxUrl);
  const worker = async () => {
    for (let request = requests.shift(); request; request = requests.shift()) await sink.write(request);
  };
  return timed(() => Promise.all(Array.from({ length: inFlight }, worker)).then(() => {}));
}

/** Without a spool: each message waits for its write to InfluxDB (MQTT.js handles one at a time). */
function ackAfterWrite(influxUrl: string, batches: readonly Point[][]): Promise<Timing> {
  const sink = new BatchingSink(influxSink(influxUrl), { maxPoints: 5000, maxDelayMs: 100 });
  return timed(() => writeAll(sink, batches));
}

/** With a spool: appends only, the store never answering. */
async function spoolAppends(dir: string, batches: readonly Point[][], syncIntervalMs: number) {
  const spool = openSpool(dir, hangingStore, syncIntervalMs);
  const timing = await timed(() => writeAll(spool, batches));
  return { ...timing, bytes: spool.bytes };
}

/** Opens a spool over `dir` (recovering what is there) and drains it, appending `batches` meanwhile. */
async function spoolDrain(dir: string, influxUrl: string, batches: readonly Point[][]): Promise<Timing> {
  let spool: SpoolingSink | undefined;
  const timing = await timed(async () => {
    spool = openSpool(dir, influxSink(influxUrl), 200);
    await writeAll(spool, batches);
    await spool.drained();
  });
  await spool?.close();
  return timing;
}

export async function runSpoolBench(options: SpoolBenchOptions): Promise<Record<string, number>> {
  const root = options.dir ?? mkdtempSync(join(tmpdir(), "bench-spool-"));
  const startNs = BigInt(Date.now() - 3_600_000) * 1_000_000n;
  const make = (measurement: string, count = options.batches) =>
    Array.from({ length: count }, (_, b) => sampleBatchPoints(measurement, b, startNs));
  const points = options.batches * INSTANTS_PER_BATCH;
  const url = options.influxUrl;
  const rate = (timing: Timing) => points / timing.wall;
  const cpuPerPoint = (timing: Timing) => (timing.cpu / points) * 1e6;
  const f: Record<string, number> = { batches: options.batches, points_per_batch: INSTANTS_PER_BATCH };
  await influxSink(url).prepare();
  // Warm-up (not counted): the JIT compiles the line-protocol builder on the first requests.
  await rawWrites(url, make("bench_warmup", Math.min(options.batches, 1000)), 1);

  // The ceiling, measured first and last since InfluxDB slows as its cache fills and compacts.
  const rawFirst = await rawWrites(url, make("bench_raw_first"), 1);
  f.influx_4_in_flight_points_per_s = rate(await rawWrites(url, make("bench_parallel"), 4));
  const acked = Math.min(options.batches, 1000);
  f.ack_after_influx_write_batches_per_s =
    acked / (await ackAfterWrite(url, make("bench_acked", acked))).wall;
  const appended = await spoolAppends(join(root, "append"), make("bench_append"), 200);
  f.spool_append_batches_per_s = options.batches / appended.wall;
  f.spool_append_points_per_s = rate(appended);
  f.spool_bytes_per_point = appended.bytes / points;
  const synced = await spoolAppends(join(root, "append-sync"), make("bench_append_sync"), 0);
  f.spool_append_sync_each_batches_per_s = options.batches / synced.wall;
  // Replay after a crash: the appended spool read back from disk and drained.
  const replay = await spoolDrain(join(root, "append"), url, []);
  f.spool_replay_drain_points_per_s = rate(replay);
  // Live: appends and draining at once, until the last point is in InfluxDB.
  const live = await spoolDrain(join(root, "live"), url, make("bench_live"));
  f.spool_live_points_per_s = rate(live);
  const rawLast = await rawWrites(url, make("bench_raw_last"), 1);
  f.influx_raw_points_per_s = (rate(rawFirst) + rate(rawLast)) / 2;
  f.spool_replay_vs_raw = f.spool_replay_drain_points_per_s / f.influx_raw_points_per_s;
  f.spool_live_vs_raw = f.spool_live_points_per_s / f.influx_raw_points_per_s;
  f.spool_append_vs_ack_after_write = f.spool_append_batches_per_s / f.ack_after_influx_write_batches_per_s;
  f.cpu_us_per_point_raw = (cpuPerPoint(rawFirst) + cpuPerPoint(rawLast)) / 2;
  f.cpu_us_per_point_append = cpuPerPoint(appended);
  f.cpu_us_per_point_replay = cpuPerPoint(replay);
  f.cpu_us_per_point_live = cpuPerPoint(live);
  if (options.dir === undefined) rmSync(root, { recursive: true, force: true });
  return f;
}

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const influxUrl = argument(argv, "--influx-url");
  if (influxUrl === undefined) {
    process.stderr.write("usage: bench-spool.ts --influx-url URL [--batches N] [--dir DIR]\n");
    process.exit(2);
  }
  const figures = await runSpoolBench({
    influxUrl,
    batches: Number(argument(argv, "--batches") ?? 4000),
    dir: argument(argv, "--dir"),
  });
  for (const [name, value] of Object.entries(figures)) {
    process.stdout.write(`${name}=${Number.isInteger(value) ? value : value.toFixed(3)}\n`);
  }
  // The appending spools wait on a store that never answers; nothing else is left to do.
  process.exit(0);
}
