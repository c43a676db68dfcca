import { of, queueScheduler } from "rxjs";
import { TestScheduler } from "rxjs/testing";
import { describe, expect, it } from "vitest";
import { encodeBladderEcho, encodeFrame, FrameType } from "../../proto/index.ts";
import { bladderDefinition } from "../sensors/bladder/bladder-definition.ts";
import { defaultBladderSettings } from "../sensors/bladder/bladder-settings.ts";
import { Counters } from "../status/counters.ts";
import type { OutgoingPayload } from "./outgoing.ts";
import { buildSensorPipeline } from "./sensor-pipeline.ts";
import { testPipelineOptions } from "./test-pipeline-options.ts";

const MINUTE = 60_000;

function echoFrame(seq: number, ticksMs: number, diameterMm: number): Uint8Array {
  const payload = encodeBladderEcho({
    ticksMs,
    anteriorMm: 30,
    posteriorMm: 30 + diameterMm,
    strength: 200,
    moving: false,
    batteryPct: 90,
  });
  return encodeFrame({ type: FrameType.bladderEcho, seq, payload });
}

function runPipeline(marbles: string, values: Record<string, Uint8Array>) {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  const counters = new Counters();
  const outputs: { frame: number; payload: OutgoingPayload }[] = [];
  scheduler.run(({ cold }) => {
    const chunks = cold(marbles, values);
    buildSensorPipeline(
      chunks,
      bladderDefinition,
      defaultBladderSettings,
      testPipelineOptions(scheduler, { counters, batchMaxCount: 3, windowIdleFlushMs: 2_000 }),
    ).subscribe((payload) => outputs.push({ frame: scheduler.now(), payload }));
  });
  return { outputs, counters };
}

describe("bladder sensor pipeline (virtual time)", () => {
  it("batches readings by count and closes fill windows on event time", () => {
    // One reading per simulated minute, arriving every 1000 virtual ms (clock runs 60x).
    const values: Record<string, Uint8Array> = {};
    "abcdefg".split("").forEach((key, i) => {
      values[key] = echoFrame(i, i * MINUTE, 100);
    });
    const { outputs, counters } = runPipeline("a 999ms b 999ms c 999ms d 999ms e 999ms f 999ms g", values);
    const batches = outputs.filter((o) => "samples" in o.payload);
    const windows = outputs.filter((o) => "observation" in o.payload);
    expect(batches.map((b) => ("samples" in b.payload ? b.payload.samples.values?.length : 0))).toEqual([
      15, 15, 5,
    ]);
    expect(counters.get("readings")).toBe(7);
    // The first window closes when a reading of the next 5-minute window arrives; the last when idle.
    expect(windows).toHaveLength(2);
    const first = windows[0]?.payload;
    const volume =
      first && "observation" in first
        ? first.observation.fields?.find((f) => f.name === "volume_ml")
        : undefined;
    expect(volume?.value).toBeGreaterThan(600);
  });

  it("never lets a batch span more than the wire's 32-bit microsecond offsets can hold", () => {
    // Readings an hour apart: a batch may hold at most two of them.
    const values: Record<string, Uint8Array> = {};
    "abcd".split("").forEach((key, i) => {
      values[key] = echoFrame(i, i * 60 * MINUTE, 80);
    });
    const { outputs } = runPipeline("a 59999ms b 59999ms c 59999ms d", values);
    for (const output of outputs) {
      if (!("samples" in output.payload)) continue;
      for (const offset of output.payload.samples.sampleOffsetsUs ?? []) expect(offset).toBeLessThan(2 ** 32);
    }
    const readings = outputs.reduce(
      (n, o) => n + ("samples" in o.payload ? (o.payload.samples.values?.length ?? 0) / 5 : 0),
      0,
    );
    expect(readings).toBe(4);
  });

  it("reads a synchronous source once and shows it whole to every branch", () => {
    const counters = new Counters();
    const outputs: OutgoingPayload[] = [];
    const joined = new Uint8Array([
      ...echoFrame(0, 0, 80),
      ...echoFrame(1, MINUTE, 80),
      ...echoFrame(2, 2 * MINUTE, 80),
    ]);
    let now = 1_700_000_000_000;
    buildSensorPipeline(of(joined), bladderDefinition, defaultBladderSettings, {
      sensorId: "bladder-1",
      scheduler: queueScheduler,
      clock: { now: () => (now += 1), monotonic: () => 0 },
      counters,
      clockToleranceMs: 5_000,
      batchMaxCount: 10,
      batchMaxDelayMs: 1_000,
      windowMs: 5 * MINUTE,
      windowIdleFlushMs: 1_000,
      onReject: () => undefined,
      onHello: () => undefined,
      onClock: () => undefined,
    }).subscribe((payload) => outputs.push(payload));
    expect(counters.get("readings")).toBe(3);
    const samples = outputs.flatMap((o) => ("samples" in o ? [o.samples] : []));
    expect(samples.map((batch) => batch.values?.length)).toEqual([15]);
    const windows = outputs.flatMap((o) => ("observation" in o ? [o.observation] : []));
    expect(windows.map((w) => w.fields?.find((f) => f.name === "readings")?.value)).toEqual([3]);
  });

  it("counts and skips a corrupt frame, keeps the good ones around it", () => {
    const bad = echoFrame(1, MINUTE, 100);
    bad[8] = (bad[8] ?? 0) ^ 0xff;
    const joined = new Uint8Array([...echoFrame(0, 0, 80), ...bad, ...echoFrame(2, 2 * MINUTE, 80)]);
    const { outputs, counters } = runPipeline("(a|)", { a: joined });
    expect(counters.get("frames_rejected_bad_crc")).toBe(1);
    expect(counters.get("readings")).toBe(2);
    const batches = outputs.filter((o) => "samples" in o.payload);
    // The lost frame splits the batch: each batch stays contiguous in sensor sequence.
    expect(batches).toHaveLength(2);
    const second = batches[1]?.payload;
    expect(second && "samples" in second ? second.samples.gapBefore : -1).toBe(1);
  });
});
