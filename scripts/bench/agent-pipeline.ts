// Agent throughput: bladder frames through the whole pipeline (assemble → decode → stamp → batch →
// window → envelope encode) against a ceiling measured in the same run: the frame assembler alone.
import { from, lastValueFrom, queueScheduler, tap } from "rxjs";
import { buildSensorPipeline } from "../../device/pipeline/sensor-pipeline.ts";
import { bladderDefinition } from "../../device/sensors/bladder/bladder-definition.ts";
import { defaultBladderSettings } from "../../device/sensors/bladder/bladder-settings.ts";
import { Counters } from "../../device/status/counters.ts";
import {
  encodeBladderEcho,
  encodeEnvelope,
  encodeFrame,
  FrameAssembler,
  FrameType,
} from "../../proto/index.ts";

export interface BenchResult {
  name: string;
  value: number;
}

function frameChunks(frames: number, chunkBytes: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < frames; i++) {
    const payload = encodeBladderEcho({
      ticksMs: i * 1000,
      anteriorMm: 30,
      posteriorMm: 70 + (i % 20),
      strength: 200,
      moving: false,
      batteryPct: 80,
    });
    parts.push(encodeFrame({ type: FrameType.bladderEcho, seq: i & 0xffff, payload }));
  }
  const all = Buffer.concat(parts);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < all.length; at += chunkBytes) chunks.push(all.subarray(at, at + chunkBytes));
  return chunks;
}

async function pipelineSeconds(chunks: Uint8Array[]): Promise<number> {
  let ticks = 0;
  const clock = { now: () => 1_700_000_000_000 + ticks * 1000, monotonic: () => ticks };
  const started = performance.now();
  await lastValueFrom(
    buildSensorPipeline(from(chunks).pipe(tap(() => ticks++)), bladderDefinition, defaultBladderSettings, {
      sensorId: "bench",
      scheduler: queueScheduler,
      clock,
      counters: new Counters(),
      clockToleranceMs: 5000,
      batchMaxCount: 200,
      batchMaxDelayMs: 1000,
      windowMs: 300_000,
      windowIdleFlushMs: 5000,
      onReject: () => undefined,
      onHello: () => undefined,
      onClock: () => undefined,
    }).pipe(tap((payload) => encodeEnvelope({ deviceId: "d", seq: 1, schemaVersion: 1, ...payload }))),
    { defaultValue: null },
  );
  return (performance.now() - started) / 1000;
}

function assemblerSeconds(chunks: Uint8Array[]): number {
  const assembler = new FrameAssembler();
  const started = performance.now();
  for (const chunk of chunks) assembler.push(chunk);
  return (performance.now() - started) / 1000;
}

export async function benchAgentPipeline(frames = 200_000): Promise<BenchResult[]> {
  const chunks = frameChunks(frames, 64);
  assemblerSeconds(chunks);
  await pipelineSeconds(chunks.slice(0, 2000));
  const ceiling = frames / assemblerSeconds(chunks);
  const pipeline = frames / (await pipelineSeconds(chunks));
  return [
    { name: "agent_assembler_frames_per_s", value: Math.round(ceiling) },
    { name: "agent_pipeline_frames_per_s", value: Math.round(pipeline) },
    { name: "agent_pipeline_vs_assembler_ratio", value: Number((pipeline / ceiling).toFixed(3)) },
  ];
}
