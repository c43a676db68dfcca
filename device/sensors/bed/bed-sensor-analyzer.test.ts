import { describe, expect, it } from "vitest";
import { care, type SampleBlock } from "../../../proto/index.ts";
import { bedSignalBlocks, exampleNight, scenarioEvents } from "../../../sim/bed/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { Counters } from "../../status/counters.ts";
import { initialSensorClock, mapSensorTicks } from "../../time/sensor-clock.ts";
import { createBedTicksReader } from "./bed-block.ts";
import { BedSensorAnalyzer } from "./bed-sensor-analyzer.ts";
import { defaultBedSettings } from "./bed-settings.ts";

const EPOCH_MS = 1_700_000_000_000;
const night = exampleNight();
const RATE = night.sensor.sampleRateHz;
const CHANNELS = night.sensor.channels;

/** The example night as 100-ms blocks with a sample counter that wraps after 30 s. */
function blocksOfNight(counterStart = 2 ** 32 - 30 * RATE): SampleBlock[] {
  const blocks: SampleBlock[] = [];
  let index = 0;
  for (const chunk of bedSignalBlocks(night, 1)) {
    for (let at = 0; at < chunk.frames; at += 10) {
      const count = Math.min(10, chunk.frames - at);
      const values = chunk.samples.slice(at * CHANNELS, (at + count) * CHANNELS);
      blocks.push({ firstSample: (counterStart + index) >>> 0, rateHz: RATE, channels: CHANNELS, values });
      index += count;
    }
  }
  return blocks;
}

/** Stamps each block at its last instant, as the frame stamper does with the ticks reader. */
function run(blocks: readonly SampleBlock[], counters = new Counters()) {
  const analyzer = new BedSensorAnalyzer(defaultBedSettings, "bed-1", { monotonicMs: () => 0, counters });
  const ticks = createBedTicksReader();
  const out: OutgoingPayload[] = [];
  let clock = initialSensorClock;
  let sent = 0;
  for (const block of blocks) {
    sent += block.values.length / block.channels;
    // Each block arrives 5 ms after its last instant, as over a serial line.
    const arrivalMs = EPOCH_MS + ((sent - 1) * 1000) / RATE + 5;
    const [next, timeMs] = mapSensorTicks(clock, ticks(block), arrivalMs, 5000);
    clock = next;
    out.push(...analyzer.analyze({ reading: block, timeMs, sensorSeq: 0, gapBefore: 0 }));
  }
  out.push(...analyzer.flush());
  return { analyzer, out };
}

const of = <K extends "samples" | "event" | "alert" | "observation">(out: OutgoingPayload[], key: K) =>
  out.flatMap((p) => (key in p ? [(p as Record<K, unknown>)[key]] : [])) as NonNullable<
    Extract<OutgoingPayload, Record<K, unknown>>[K]
  >[];

describe("bed sensor analyzer", () => {
  const { out } = run(blocksOfNight());
  const truth = scenarioEvents(night);

  it("publishes every sample instant in contiguous fixed-period batches across the counter wrap", () => {
    const batches = of(out, "samples");
    const instants = batches.reduce((sum, b) => sum + (b.values?.length ?? 0) / CHANNELS, 0);
    expect(instants).toBe(night.durationS * RATE);
    for (const [i, batch] of batches.entries()) {
      expect(batch.samplePeriodUs).toBe(1e6 / RATE);
      expect(batch.sampleOffsetsUs ?? []).toEqual([]);
      const previous = batches[i - 1];
      if (!previous) continue;
      const previousInstants = (previous.values?.length ?? 0) / CHANNELS;
      // Sample-locked: each batch starts exactly one period after the previous one ends.
      expect(Number(batch.startTimeUs)).toBe(Number(previous.startTimeUs) + previousInstants * (1e6 / RATE));
      expect(batch.firstSensorSeq).toBe(((previous.firstSensorSeq ?? 0) + previousInstants) % 2 ** 32);
    }
  });

  it("reports the bed exit with its wall time and raises then clears the matching alerts", () => {
    const exits = of(out, "event").filter((e) => e.kind === "bed_exit");
    const trueExit = truth.find((e) => e.kind === "bed_exit");
    expect(exits).toHaveLength(1);
    const latencyS = (Number(exits[0]?.timeMs) - EPOCH_MS) / 1000 - (trueExit?.timeS ?? 0);
    expect(latencyS).toBeGreaterThan(0);
    expect(latencyS).toBeLessThan(2);
    const alerts = of(out, "alert");
    const exitAlert = alerts.find((a) => a.kind === "bed_exit");
    expect(exitAlert?.state).toBe(care.v1.AlertState.ALERT_STATE_RAISED);
    expect(exitAlert?.severity).toBe(care.v1.Severity.SEVERITY_CRITICAL);
    // The 30-s apnoea raises "no breathing", and breathing resuming clears it under the same id.
    const apnoea = alerts.filter((a) => a.kind === "no_breathing");
    expect(apnoea.map((a) => a.state)).toEqual([
      care.v1.AlertState.ALERT_STATE_RAISED,
      care.v1.AlertState.ALERT_STATE_CLEARED,
    ]);
    expect(apnoea[1]?.alertId).toBe(apnoea[0]?.alertId);
  });

  it("emits one bed_epoch per 30 s with heart rate only when it is good", () => {
    const epochs = of(out, "observation").filter((o) => o.name === "bed_epoch");
    expect(epochs).toHaveLength(night.durationS / 30);
    for (const epoch of epochs) {
      const hr = epoch.fields?.find((f) => f.name === "hr_bpm");
      const hrQuality = epoch.fields?.find((f) => f.name === "hr_quality")?.value;
      expect(hr !== undefined).toBe(hrQuality === care.v1.Quality.QUALITY_GOOD);
      if (hr) expect(hr.value).toBeGreaterThan(40);
    }
    expect(epochs.some((e) => e.fields?.some((f) => f.name === "hr_bpm"))).toBe(true);
    expect(epochs[0]?.quality).toBe(care.v1.Quality.QUALITY_NO_CONTACT);
  });

  it("publishes the live sleep/wake flag of each epoch 3 min later, dated at the epoch's start", () => {
    const observations = of(out, "observation");
    const sleep = observations.filter((o) => o.name === "bed_sleep");
    const epochs = observations.filter((o) => o.name === "bed_epoch");
    // 10 epochs in the 5-min night: the first 4 are 3 min old by its end.
    expect(sleep).toHaveLength(night.durationS / 30 - 6);
    expect(sleep.map((o) => o.timeMs)).toEqual(epochs.slice(0, sleep.length).map((o) => o.timeMs));
    expect(observations.indexOf(sleep[0] as (typeof observations)[number])).toBeGreaterThan(
      observations.indexOf(epochs[6] as (typeof observations)[number]),
    );
    const field = (o: (typeof sleep)[number], name: string) => o.fields?.find((f) => f.name === name)?.value;
    expect(sleep.map((o) => field(o, "asleep"))).toEqual([0, 0, 0, 0]); // empty, then getting into bed
    expect(field(sleep[0] as (typeof sleep)[number], "delay_s")).toBe(180);
    expect(sleep[0]?.quality).toBe(care.v1.Quality.QUALITY_NO_CONTACT);
    expect(sleep[2]?.quality).toBe(care.v1.Quality.QUALITY_GOOD);
  });

  it("bridges a lost block: the batch after it marks the gap and analysis carries on", () => {
    const blocks = blocksOfNight(0);
    blocks.splice(500, 1);
    const counters = new Counters();
    const lost = run(blocks, counters).out;
    expect(counters.get("bed_samples_lost")).toBe(10);
    const batches = of(lost, "samples");
    expect(batches.some((b) => b.gapBefore === 10)).toBe(true);
    expect(of(lost, "event").filter((e) => e.kind === "analysis_restart")).toHaveLength(0);
    expect(of(lost, "event").filter((e) => e.kind === "bed_exit")).toHaveLength(1);
  });

  it("summarizes the night on command, and refuses before anybody was on the bed", () => {
    const fresh = new BedSensorAnalyzer(defaultBedSettings, "bed-1");
    expect(fresh.applyCommand({ kind: "summarize_night", args: {} }).ok).toBe(false);
    const { analyzer } = run(blocksOfNight());
    const applied = analyzer.applyCommand({ kind: "summarize_night", args: {} });
    expect(applied.ok).toBe(true);
    const [summary] = of(analyzer.drainOutputs(), "observation");
    expect(summary?.name).toBe("bed_night");
    const inBed = summary?.fields?.find((f) => f.name === "time_in_bed_min")?.value ?? 0;
    expect(inBed).toBeGreaterThan(2.5);
    expect(inBed).toBeLessThan(4);
    expect(analyzer.applyCommand({ kind: "explode", args: {} }).ok).toBe(false);
  });
});
