// The suit definition inside the real pipeline shell: frames in, payloads out (synchronous scheduler).
import { asapScheduler, from, lastValueFrom, map, observeOn, queueScheduler, toArray } from "rxjs";
import { describe, expect, it } from "vitest";
import { encodeFrame, encodeSampleBlock, encodeSuitStatus, FrameType } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { buildSensorPipeline } from "../../pipeline/sensor-pipeline.ts";
import { Counters } from "../../status/counters.ts";
import { seededNoise } from "../../suit/test-noise.ts";
import { suitDefinition } from "./suit-definition.ts";
import { defaultSuitSettings } from "./suit-settings.ts";

const T0 = 1_700_000_000_000;
const RATE = 2000;
const CHANNELS = 2;
const INSTANTS = 60;
/** The counter starts 1 s before its wrap, so the session crosses it. */
const COUNTER_START = 2 ** 32 - RATE;

interface Chunk {
  bytes: Uint8Array;
  arrivalMs: number;
}

function sessionChunks(seconds: number): Chunk[] {
  const noise = seededNoise(11);
  const chunks: Chunk[] = [];
  let seq = 0;
  const status = (assisting: boolean, arrivalMs: number) => {
    const payload = encodeSuitStatus({ assistLevel: 4, mode: 1, batteryPct: 77, assisting });
    chunks.push({ bytes: encodeFrame({ type: FrameType.suitStatus, seq: seq++, payload }), arrivalMs });
  };
  status(true, 0);
  for (let s = 0; s < seconds * RATE; s += INSTANTS) {
    const values = Int16Array.from({ length: INSTANTS * CHANNELS }, () => Math.round(20 * noise()));
    const payload = encodeSampleBlock({
      firstSample: (COUNTER_START + s) % 2 ** 32,
      rateHz: RATE,
      channels: CHANNELS,
      values,
    });
    // Sent when its last sample is taken; the line adds 2 ms.
    chunks.push({
      bytes: encodeFrame({ type: FrameType.sampleBlock, seq: seq++, payload }),
      arrivalMs: ((s + INSTANTS - 1) * 1000) / RATE + 2,
    });
  }
  status(false, seconds * 1000 + 5);
  return chunks;
}

async function run(
  chunks: Chunk[],
  settings = defaultSuitSettings,
): Promise<{ out: OutgoingPayload[]; counters: Counters }> {
  const counters = new Counters();
  let nowMs = T0;
  const analyzer = suitDefinition.createAnalyzer?.(settings, "suit-1", { monotonicMs: () => 0, counters });
  // Asynchronous like a real transport, so every branch of the pipeline shares one pass over the frames.
  const bytes = from(chunks).pipe(
    observeOn(asapScheduler),
    map((chunk) => {
      nowMs = T0 + chunk.arrivalMs;
      return chunk.bytes;
    }),
  );
  const out = await lastValueFrom(
    buildSensorPipeline(bytes, suitDefinition, settings, {
      sensorId: "suit-1",
      scheduler: queueScheduler,
      clock: { now: () => nowMs, monotonic: () => nowMs - T0 },
      counters,
      clockToleranceMs: 5000,
      batchMaxCount: 200,
      batchMaxDelayMs: 1000,
      windowMs: 10_000,
      windowIdleFlushMs: 5000,
      ...(analyzer ? { analyzer: analyzer as never } : {}),
      onReject: () => undefined,
      onHello: () => undefined,
      onClock: () => undefined,
    }).pipe(toArray()),
  );
  return { out, counters };
}

describe("suit definition in the sensor pipeline", () => {
  it("accepts both frame types, stamps blocks from the unwrapped counter and publishes no raw samples by default", async () => {
    const { out, counters } = await run(sessionChunks(3));
    expect(counters.get("frames_rejected_unknown_frame_type")).toBe(0);
    expect(counters.get("readings")).toBe(2 + (3 * RATE) / INSTANTS);
    expect(counters.get("timestamps_nudged")).toBe(0);
    expect(out.some((p) => "samples" in p)).toBe(false);
    const envelopes = out.flatMap((p) =>
      "observation" in p && p.observation.name === "suit_envelope" ? [p.observation] : [],
    );
    // The counter wrapped after 1 s; the windows run on, 250 ms apart, from the first sample's wall time
    // (the line's 2 ms delay is all that separates sensor and wall time).
    expect(envelopes.map((o) => Number(o.timeMs) - T0).slice(0, 6)).toEqual([2, 252, 502, 752, 1002, 1252]);
    expect(envelopes.length).toBe(12);
  });

  it("summarises the session when the suit stops assisting, and reports link and suit state per window", async () => {
    const { out } = await run(sessionChunks(3));
    const named = (name: string) =>
      out.flatMap((p) => ("observation" in p && p.observation.name === name ? [p.observation] : []));
    const [session] = named("suit_session");
    expect(session?.fields?.find((f) => f.name === "duration_s")?.value).toBeCloseTo(3, 2);
    expect(session?.fields?.find((f) => f.name === "ended_by")?.value).toBe(1);
    const [window] = named("suit_status");
    expect(window?.fields?.find((f) => f.name === "samples")?.value).toBe(3 * RATE);
    expect(window?.fields?.find((f) => f.name === "battery_pct")?.value).toBe(77);
  });

  it("publishes raw batches with a fixed period when asked to", async () => {
    const { out } = await run(sessionChunks(1), { ...defaultSuitSettings, publishRaw: true });
    const batches = out.flatMap((p) => ("samples" in p ? [p.samples] : []));
    expect(batches.map((b) => (b.values?.length ?? 0) / CHANNELS)).toEqual([540, 540, 540, 420]);
    expect(batches.map((b) => b.samplePeriodUs)).toEqual([500, 500, 500, 500]);
    expect(batches.map((b) => Number(b.startTimeUs) / 1000 - T0)).toEqual([2, 272, 542, 812]);
    expect(batches[0]?.firstSensorSeq).toBe(COUNTER_START);
  });
});
