// How fast one core runs a bed through the agent: 30 simulated minutes of emulator frames through the
// bed pipeline (assemble → decode → stamp → analyzer: raw batches, vitals, events → protobuf encode).
//   node --import tsx scripts/system/bed-pipeline-bench.ts [--rate 250] [--channels 4] [--minutes 30]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { from, lastValueFrom, map, queueScheduler, toArray } from "rxjs";
import { buildSensorPipeline } from "../../device/pipeline/sensor-pipeline.ts";
import { bedDefinition } from "../../device/sensors/bed/bed-definition.ts";
import { createBedSensorAnalyzer } from "../../device/sensors/bed/bed-sensor-analyzer.ts";
import { defaultBedSettings } from "../../device/sensors/bed/bed-settings.ts";
import type { SensorAnalyzer } from "../../device/sensors/sensor-definition.ts";
import { Counters } from "../../device/status/counters.ts";
import { encodeEnvelope } from "../../proto/index.ts";
import { memoryBedEmulator } from "../../sim/bed/memory-emulator.ts";

const { values } = parseArgs({
  options: {
    rate: { type: "string", default: "250" },
    channels: { type: "string", default: "4" },
    minutes: { type: "string", default: "30" },
  },
});
const rateHz = Number(values.rate);
const channels = Number(values.channels);
const seconds = Number(values.minutes) * 60;

/** The emulator's frames for the first `seconds` of a drawn night (the resident gets in and sleeps). */
function emulatorFrames(): { chunks: Uint8Array[]; instants: number } {
  const chunks: Uint8Array[] = [];
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
  return { chunks, instants: emulator.counts.sent };
}

const { chunks, instants } = emulatorFrames();
// Arrival times follow the frames (0.1 s each), so the clock mapping sees a live sensor.
let arrivalMs = 0;
const clock = { now: () => arrivalMs, monotonic: () => arrivalMs };
const analyzer = createBedSensorAnalyzer(defaultBedSettings, "bench") as SensorAnalyzer<unknown>;
const started = performance.now();
const payloads = await lastValueFrom(
  buildSensorPipeline(
    from(chunks).pipe(
      map((chunk, i) => {
        arrivalMs = (i + 1) * 100;
        return chunk;
      }),
    ),
    bedDefinition,
    defaultBedSettings,
    {
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
    },
  ).pipe(toArray()),
);
const kinds = new Map<string, number>();
for (const payload of payloads) {
  const kind = Object.keys(payload)[0] ?? "";
  const name =
    "observation" in payload
      ? `${kind}:${payload.observation.name}`
      : "event" in payload
        ? `event:${payload.event.kind}`
        : kind;
  kinds.set(name, (kinds.get(name) ?? 0) + 1);
}
console.log([...kinds].join(" "));
let bytes = 0;
for (const payload of payloads)
  bytes += encodeEnvelope({ deviceId: "bench", seq: 1, schemaVersion: 1, ...payload }).length;
const elapsedS = (performance.now() - started) / 1000;
console.log(
  `bed pipeline ${rateHz} Hz × ${channels} ch: ${seconds} s of signal in ${elapsedS.toFixed(2)} s → ` +
    `${Math.round(instants / elapsedS)} instants/s (${Math.floor(seconds / elapsedS)}× one bed); ` +
    `${payloads.length} payloads, ${Math.round(bytes / seconds)} B/s of envelopes`,
);
