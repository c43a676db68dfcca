// How fast one core runs a bed through the agent, as ratios against ceilings measured in the same run:
// 30 simulated minutes of emulator frames through the bed pipeline (assemble → decode → stamp →
// analyzer: raw batches, vitals, events → protobuf encode) against the same frames only assembled and
// decoded (the rate the wire format allows), and against real time (how many such beds one core
// follows live); and the emulator's rendering against real time. Part of `npm run bench`; also alone:
//   node --import tsx scripts/system/bed-pipeline-bench.ts [--rate 250] [--channels 4] [--minutes 30]
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { from, lastValueFrom, map, queueScheduler, tap } from "rxjs";
import { buildSensorPipeline } from "../../device/pipeline/sensor-pipeline.ts";
import { bedDefinition } from "../../device/sensors/bed/bed-definition.ts";
import { createBedSensorAnalyzer } from "../../device/sensors/bed/bed-sensor-analyzer.ts";
import { defaultBedSettings } from "../../device/sensors/bed/bed-settings.ts";
import type { SensorAnalyzer } from "../../device/sensors/sensor-definition.ts";
import { Counters } from "../../device/status/counters.ts";
import { decodeSampleBlock, encodeEnvelope, FrameAssembler, FrameType } from "../../proto/index.ts";
import { memoryBedEmulator } from "../../sim/bed/memory-emulator.ts";
import type { BenchResult } from "../bench/agent-pipeline.ts";

export interface BedBenchOptions {
  rateHz: number;
  channels: number;
  seconds: number;
}

/**
 * The emulator's frames for the first `seconds` of a drawn night (the resident gets in and sleeps), and
 * how long rendering and framing took.
 */
function emulatorFrames({ rateHz, channels, seconds }: BedBenchOptions): {
  chunks: Uint8Array[];
  instants: number;
  seconds: number;
} {
  const chunks: Uint8Array[] = [];
  const started = performance.now();
  const { emulator, truth, setNow } = memoryBedEmulator({
    seed: 2,
    sampleRateHz: rateHz,
    channels,
    night: { type: "drawn", hours: 8 },
    onFrame: (frame) => chunks.push(frame),
  });
  for (let now = 0; now <= seconds * 1000; now += 1000) {
    setNow(now);
    emulator.emitDueReadings();
  }
  truth.close();
  return { chunks, instants: emulator.counts.sent, seconds: (performance.now() - started) / 1000 };
}

/** The ceiling: frames assembled and their sample blocks decoded, nothing else. */
function decodeSeconds(chunks: readonly Uint8Array[]): number {
  const assembler = new FrameAssembler();
  let decoded = 0;
  const started = performance.now();
  for (const chunk of chunks)
    for (const frame of assembler.push(chunk))
      if (frame.ok && frame.value.type === FrameType.sampleBlock && decodeSampleBlock(frame.value.payload).ok)
        decoded++;
  if (decoded === 0) throw new Error("no sample blocks decoded");
  return (performance.now() - started) / 1000;
}

/** The whole bed pipeline with every payload encoded; returns seconds and envelope bytes. */
async function pipelineSeconds(chunks: readonly Uint8Array[]): Promise<{ seconds: number; bytes: number }> {
  // Arrival times follow the frames (0.1 s each), so the clock mapping sees a live sensor.
  let arrivalMs = 0;
  let bytes = 0;
  const clock = { now: () => arrivalMs, monotonic: () => arrivalMs };
  const analyzer = createBedSensorAnalyzer(defaultBedSettings, "bench") as SensorAnalyzer<unknown>;
  const started = performance.now();
  const frames = from(chunks).pipe(
    map((chunk, i) => {
      arrivalMs = (i + 1) * 100;
      return chunk;
    }),
  );
  await lastValueFrom(
    buildSensorPipeline(frames, bedDefinition, defaultBedSettings, {
      sensorId: "bench",
      scheduler: queueScheduler,
      clock,
      counters: new Counters(),
      clockToleranceMs: 5000,
      batchMaxCount: 50,
      batchMaxDelayMs: 1000,
      windowMs: 60_000,
      windowIdleFlushMs: 5000,
      analyzer,
      onReject: () => undefined,
      onHello: () => undefined,
      onClock: () => undefined,
    }).pipe(
      tap((payload) => {
        bytes += encodeEnvelope({ deviceId: "bench", seq: 1, schemaVersion: 1, ...payload }).length;
      }),
    ),
    { defaultValue: null },
  );
  return { seconds: (performance.now() - started) / 1000, bytes };
}

export async function benchBedPipeline(
  options: BedBenchOptions = { rateHz: 250, channels: 4, seconds: 1800 },
): Promise<BenchResult[]> {
  const { chunks, instants, seconds: emulatorSeconds } = emulatorFrames(options);
  decodeSeconds(chunks.slice(0, 2000)); // warm-up
  const ceiling = instants / decodeSeconds(chunks);
  const pipeline = await pipelineSeconds(chunks);
  const perS = instants / pipeline.seconds;
  return [
    { name: "bed_decode_instants_per_s", value: Math.round(ceiling) },
    { name: "bed_pipeline_instants_per_s", value: Math.round(perS) },
    { name: "bed_pipeline_vs_decode_ratio", value: Number((perS / ceiling).toFixed(3)) },
    { name: "bed_pipeline_vs_real_time", value: Math.round(perS / options.rateHz) },
    { name: "bed_wire_bytes_per_s", value: Math.round(pipeline.bytes / options.seconds) },
    // The simulator's side: one core renders and frames a bed this many times faster than real time.
    { name: "bed_emulator_vs_real_time", value: Math.round(instants / emulatorSeconds / options.rateHz) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      rate: { type: "string", default: "250" },
      channels: { type: "string", default: "4" },
      minutes: { type: "string", default: "30" },
    },
  });
  const results = await benchBedPipeline({
    rateHz: Number(values.rate),
    channels: Number(values.channels),
    seconds: Number(values.minutes) * 60,
  });
  for (const { name, value } of results) console.log(`${name}=${value}`);
}
