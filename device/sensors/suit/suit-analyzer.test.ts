import { describe, expect, it } from "vitest";
import { care, type SuitStatus } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { Counters } from "../../status/counters.ts";
import { seededNoise } from "../../suit/test-noise.ts";
import type { Stamped } from "../sensor-definition.ts";
import { SuitAnalyzer } from "./suit-analyzer.ts";
import type { SuitReading } from "./suit-frames.ts";
import { defaultSuitSettings, type SuitSettings } from "./suit-settings.ts";

const RATE = 1000;
const CHANNELS = 4;
const INSTANTS = 15;
const T0 = 1_700_000_000_000;
const UV_PER_COUNT = 0.25;

/** Bursts of 150 µV RMS noise over 5 µV RMS rest noise: [channel, fromMs, toMs]. */
const BURSTS: [number, number, number][] = [
  [0, 4000, 5000],
  [1, 4200, 5000],
  [0, 8000, 9000],
];

function emgCounts(fromSample: number, instants: number, noise: () => number): Int16Array {
  const values = new Int16Array(instants * CHANNELS);
  for (let i = 0; i < instants; i++) {
    const ms = ((fromSample + i) * 1000) / RATE;
    for (let c = 0; c < CHANNELS; c++) {
      const active = BURSTS.some(([channel, from, to]) => channel === c && ms >= from && ms < to);
      values[i * CHANNELS + c] = Math.round(((active ? 150 : 5) * noise()) / UV_PER_COUNT);
    }
  }
  return values;
}

const block = (first: number, values: Int16Array, gapBefore = 0): Stamped<SuitReading> => ({
  reading: { kind: "block", block: { firstSample: first, rateHz: RATE, channels: CHANNELS, values } },
  timeMs: T0 + first + values.length / CHANNELS - 1,
  sensorSeq: 0,
  gapBefore,
});

const status = (atMs: number, assisting: boolean): Stamped<SuitReading> => {
  const suit: SuitStatus = { assistLevel: 5, mode: 1, batteryPct: 90, assisting };
  return { reading: { kind: "status", status: suit }, timeMs: T0 + atMs, sensorSeq: 0, gapBefore: 0 };
};

function analyzerWith(overrides: Partial<SuitSettings> = {}) {
  const counters = new Counters();
  let fakeNow = 0;
  // Each processing call "takes" 0.25 ms of the injected clock.
  const monotonicMs = () => {
    fakeNow += 0.125;
    return fakeNow;
  };
  const analyzer = new SuitAnalyzer({ ...defaultSuitSettings, ...overrides }, "suit-1", {
    monotonicMs,
    counters,
  });
  return { analyzer, counters };
}

/** Streams `durationMs` of the synthetic session from sample `startSample`. */
function stream(analyzer: SuitAnalyzer, startSample: number, durationMs: number): OutgoingPayload[] {
  const noise = seededNoise(7);
  const out: OutgoingPayload[] = [];
  for (let s = startSample; s < startSample + durationMs; s += INSTANTS) {
    out.push(...analyzer.analyze(block(s, emgCounts(s, INSTANTS, noise))));
  }
  return out;
}

const events = (out: OutgoingPayload[], kind: string) =>
  out.flatMap((p) => ("event" in p && p.event.kind === kind ? [p.event] : []));
const observations = (out: OutgoingPayload[], name: string) =>
  out.flatMap((p) => ("observation" in p && p.observation.name === name ? [p.observation] : []));
const field = (fields: { name?: string | null; value?: number | null }[] | null | undefined, name: string) =>
  fields?.find((f) => f.name === name)?.value;

/**
 * Rest as a real lead shows it: 5 µV noise on a DC offset with slow wander and 50 Hz mains of 200 µV; at
 * 5 s channel 0's electrode pops (a 3 mV step decaying with 100 ms).
 */
function restCounts(fromSample: number, instants: number, rateHz: number, noise: () => number) {
  const values = new Int16Array(instants * CHANNELS);
  for (let i = 0; i < instants; i++) {
    const t = (fromSample + i) / rateHz;
    for (let c = 0; c < CHANNELS; c++) {
      const uv =
        (c % 2 ? 600 : -400) +
        150 * Math.sin(2 * Math.PI * 0.3 * t + c) +
        200 * Math.sin(2 * Math.PI * 50 * t + c) +
        (c === 0 && t >= 5 ? 3000 * Math.exp(-(t - 5) / 0.1) : 0) +
        5 * noise();
      values[i * CHANNELS + c] = Math.round(uv / UV_PER_COUNT);
    }
  }
  return values;
}

describe("suit analyzer", () => {
  it("restarts the estimators across lost samples and rejects a pop: no onsets or intents, the gap is published", () => {
    const rateHz = 2000;
    const { analyzer, counters } = analyzerWith();
    const noise = seededNoise(11);
    const out: OutgoingPayload[] = [];
    // 1.5 s lost about 10 s in, on block boundaries.
    const dropFrom = 1334 * INSTANTS;
    const dropTo = dropFrom + 1.5 * rateHz;
    for (let s = 0; s < 16 * rateHz; s += INSTANTS) {
      if (s >= dropFrom && s < dropTo) continue;
      const values = restCounts(s, INSTANTS, rateHz, noise);
      const reading: SuitReading = {
        kind: "block",
        block: { firstSample: s, rateHz, channels: CHANNELS, values },
      };
      const timeMs = T0 + ((s + INSTANTS - 1) * 1000) / rateHz;
      out.push(...analyzer.analyze({ reading, timeMs, sensorSeq: 0, gapBefore: s === dropTo ? 100 : 0 }));
    }
    out.push(...analyzer.flush());
    expect(events(out, "emg_onset")).toEqual([]);
    expect(events(out, "movement_intent")).toEqual([]);
    const [gap, ...more] = events(out, "stream_gap");
    expect(more).toEqual([]);
    expect(Number(gap?.timeMs)).toBe(T0 + 10_005);
    expect(field(gap?.fields, "samples_lost")).toBe(1.5 * rateHz);
    expect(field(gap?.fields, "end_ms")).toBe(T0 + 11_505);
    expect(counters.get("suit_samples_lost")).toBe(1.5 * rateHz);
    expect(counters.get("suit_rises_rejected")).toBe(1);
    const marked = observations(out, "suit_envelope").filter(
      (o) => field(o.fields, "gap_samples") !== undefined,
    );
    expect(marked.map((o) => [field(o.fields, "gap_samples"), o.quality])).toEqual([
      [1.5 * rateHz, care.v1.Quality.QUALITY_POOR],
    ]);
  });

  it("finds onsets per channel near the true bursts, in wall time, and a movement intention", () => {
    const { analyzer } = analyzerWith();
    const out = [...analyzer.analyze(status(0, true)), ...stream(analyzer, 0, 12_000)];
    const onsets = events(out, "emg_onset").map((e) => [field(e.fields, "channel"), Number(e.timeMs) - T0]);
    const near = (channel: number, ms: number) =>
      onsets.some(([c, t]) => c === channel && Math.abs(Number(t) - ms) <= 60);
    expect(near(0, 4000) && near(1, 4200) && near(0, 8000)).toBe(true);
    expect(onsets.filter(([c]) => c === 2 || c === 3)).toEqual([]);
    const intents = events(out, "movement_intent").map((e) => Number(e.timeMs) - T0);
    expect(intents.some((t) => Math.abs(t - 4000) <= 60)).toBe(true);
    for (const onset of events(out, "emg_onset"))
      expect(field(onset.fields, "latency_ms")).toBeGreaterThan(0);
  });

  it("runs the configured intention groups: a group of BF_R alone opens with its onset", () => {
    const { analyzer } = analyzerWith({
      channelNames: ["VL_R", "BF_R", "TA_R", "ES_R"],
      intentGroups: [{ name: "knee_flexion", channels: ["BF_R"] }],
    });
    const out = [...analyzer.analyze(status(0, true)), ...stream(analyzer, 0, 12_000)];
    const intents = events(out, "movement_intent");
    expect(intents.map((e) => [e.detail, field(e.fields, "channel")])).toEqual([["knee_flexion", 1]]);
    expect(Math.abs(Number(intents[0]?.timeMs) - T0 - 4200)).toBeLessThanOrEqual(60);
  });

  it("publishes one envelope window per 250 ms with RMS per channel and its processing time", () => {
    const { analyzer, counters } = analyzerWith();
    const out = stream(analyzer, 0, 12_000);
    const windows = observations(out, "suit_envelope");
    expect(windows.length).toBeGreaterThanOrEqual(46);
    expect(windows.length).toBeLessThanOrEqual(48);
    expect(Number(windows[1]?.timeMs) - Number(windows[0]?.timeMs)).toBe(250);
    const at = (ms: number) => windows.find((w) => Number(w.timeMs) - T0 === ms);
    expect(field(at(4500)?.fields, "ch1_rms_uv")).toBeGreaterThan(100);
    expect(field(at(2500)?.fields, "ch1_rms_uv")).toBeLessThan(10);
    expect(field(at(4500)?.fields, "ch1_mdf_hz") ?? field(at(4750)?.fields, "ch1_mdf_hz")).toBeGreaterThan(
      20,
    );
    // 250 ms = 16–17 blocks of 15 samples at 0.125 ms each.
    expect(field(at(2500)?.fields, "processing_ms")).toBeCloseTo(2.1, 0);
    expect(counters.get("suit_windows_processed")).toBe(windows.length);
    const bucketed =
      counters.get("suit_window_processing_le_2ms") + counters.get("suit_window_processing_le_5ms");
    expect(bucketed).toBe(windows.length);
  });

  it("summarises the session when the suit stops assisting, with activations per channel", () => {
    const { analyzer } = analyzerWith({ channelNames: ["VL_R", "BF_R", "TA_R", "ES_R"] });
    const out = [...analyzer.analyze(status(0, true)), ...stream(analyzer, 0, 11_000)];
    const windowsBefore = observations(out, "suit_envelope").length;
    out.push(...analyzer.analyze(status(11_000, false)));
    // The pause flushes the open envelope window at once.
    expect(observations(out, "suit_envelope").length).toBe(windowsBefore + 1);
    const [session] = observations(out, "suit_session");
    expect(Number(session?.timeMs)).toBe(T0);
    expect(field(session?.fields, "duration_s")).toBeCloseTo(11, 1);
    expect(field(session?.fields, "ended_by")).toBe(1);
    expect(field(session?.fields, "VL_R_activations")).toBe(2);
    expect(field(session?.fields, "BF_R_activations")).toBe(1);
    expect(field(session?.fields, "TA_R_activations")).toBe(0);
    expect(field(session?.fields, "assist_level")).toBe(5);
    // The suit resumes: its counter ran on during the pause, which is no loss.
    analyzer.analyze(status(19_900, true));
    out.push(...stream(analyzer, 20_000, 1000));
    const afterPause = analyzer.flush();
    // The window cut short by the pause and the one the suit resumes in never share a timestamp.
    const times = observations([...out, ...afterPause], "suit_envelope").map((o) => Number(o.timeMs));
    expect(new Set(times).size).toBe(times.length);
    const [next] = observations(afterPause, "suit_session");
    expect(field(next?.fields, "samples_lost")).toBe(0);
    expect(field(next?.fields, "ended_by")).toBe(3);
  });

  it("ends a session on command and opens none until the suit pauses and resumes", () => {
    const { analyzer } = analyzerWith();
    stream(analyzer, 0, 3000);
    expect(analyzer.applyCommand({ kind: "end_session", args: {} })).toEqual({
      ok: true,
      value: "session ended after 3.0 s",
    });
    const [session] = observations(analyzer.drainOutputs(), "suit_session");
    expect(field(session?.fields, "ended_by")).toBe(2);
    stream(analyzer, 3000, 1000);
    expect(analyzer.applyCommand({ kind: "end_session", args: {} }).ok).toBe(false);
    analyzer.analyze(status(4000, false));
    analyzer.analyze(status(5000, true));
    stream(analyzer, 6000, 1000);
    expect(analyzer.applyCommand({ kind: "end_session", args: {} }).ok).toBe(true);
    expect(analyzer.applyCommand({ kind: "reboot", args: {} }).ok).toBe(false);
  });

  it("batches raw samples with a fixed period and marks lost samples instead of bridging them", () => {
    const { analyzer, counters } = analyzerWith({ publishRaw: true, rawBatchMs: 60 });
    const noise = seededNoise(3);
    const out: OutgoingPayload[] = [];
    for (const first of [0, 15, 30, 45, 75, 90]) {
      // The block at 60 was lost on the line: the next one arrives with a frame gap.
      out.push(...analyzer.analyze(block(first, emgCounts(first, INSTANTS, noise), first === 75 ? 1 : 0)));
    }
    out.push(...analyzer.flush());
    const batches = out.flatMap((p) => ("samples" in p ? [p.samples] : []));
    expect(batches.map((b) => [b.firstSensorSeq, (b.values?.length ?? 0) / CHANNELS, b.gapBefore])).toEqual([
      [0, 60, 0],
      [75, 30, 15],
    ]);
    expect(batches[0]?.samplePeriodUs).toBe(1000);
    expect(batches[1]?.startTimeUs).toBe((T0 + 75) * 1000);
    expect(batches[0]?.scale).toBe(UV_PER_COUNT);
    expect(counters.get("suit_samples_lost")).toBe(15);
    expect(analyzer.applyCommand({ kind: "publish_raw", args: { enabled: "false" } }).ok).toBe(true);
    expect(analyzer.analyze(block(105, emgCounts(105, INSTANTS, noise))).some((p) => "samples" in p)).toBe(
      false,
    );
  });
});
