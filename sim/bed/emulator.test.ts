import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeSampleBlock, FrameAssembler, FrameType } from "../../proto/index.ts";
import { parseSimConfig } from "../config.ts";
import { BedAnalogFeed } from "./emulator-firmata.ts";
import { bedTruthPaths } from "./emulator-truth.ts";
import { memoryBedEmulator } from "./memory-emulator.ts";

const SHORT = { type: "short", leadS: 10, inBedS: 10, outS: 10, cycles: 1 } as const;

function bed(rateHz = 100, counterStart = 2 ** 32 - 30) {
  const written: Uint8Array[] = [];
  const onFrame = (bytes: Uint8Array) => written.push(bytes);
  const memory = memoryBedEmulator({
    seed: 3,
    sampleRateHz: rateHz,
    channels: 2,
    night: SHORT,
    onFrame,
    startMs: 1_000_000,
    counterStart,
    sensorId: "bed-1",
  });
  return { ...memory, written };
}

describe("bed emulator over serial", () => {
  it("sends 0.1-s sample blocks once their last instant is due, counting through the wrap", async () => {
    const { emulator, written, setNow, dir } = bed();
    emulator.start();
    setNow(1_000_000 + 1_000);
    emulator.emitDueReadings();
    const frames = new FrameAssembler().push(Uint8Array.from(written.flatMap((w) => [...w])));
    const types = frames.map((f) => (f.ok ? f.value.type : -1));
    expect(types[0]).toBe(FrameType.hello);
    const blocks = frames.slice(1).map((f) => (f.ok ? decodeSampleBlock(f.value.payload) : null));
    // Instants 0..99 are due at 1 s (instant 99 lies at 990 ms): ten blocks of ten.
    expect(blocks).toHaveLength(10);
    expect(blocks.map((b) => (b?.ok ? b.value.firstSample : null)).slice(2, 5)).toEqual([
      2 ** 32 - 10,
      0,
      10,
    ]);
    expect(emulator.counts).toEqual({ generated: 100, sent: 100, intact: 100, frames: 10 });
    await emulator.stop();
    const events = readFileSync(bedTruthPaths(dir, "bed-1").events, "utf8");
    expect(events).toContain('"type":"stop"');
  });

  it("writes the ground truth: one row per second and each physical event at its exact time", async () => {
    const { emulator, setNow, dir } = bed();
    emulator.start();
    setNow(1_000_000 + 60_000);
    for (let i = 0; i < 10; i++) emulator.emitDueReadings();
    await emulator.stop();
    const rows = readFileSync(bedTruthPaths(dir, "bed-1").seconds, "utf8").trim().split("\n");
    expect(rows[0]).toBe("sim_time_ms,night,time_s,state,asleep,heart_rate_bpm,breathing_rate_per_min");
    expect(rows[1]?.startsWith("1000000,0,0,empty,false,,")).toBe(true);
    const events = readFileSync(bedTruthPaths(dir, "bed-1").events, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; kind?: string; simTimeMs: number; timeS?: number });
    const entered = events.find((e) => e.kind === "return");
    expect(entered?.simTimeMs).toBeCloseTo(1_000_000 + (entered?.timeS ?? 0) * 1000, 6);
    expect(events.some((e) => e.kind === "bed_exit")).toBe(true);
  });
});

describe("bed load cells behind a 10-bit ADC", () => {
  it("averages the instants of each Firmata interval and quantises them", () => {
    const { cursor } = bed(200);
    const feed = new BedAnalogFeed(cursor, 16);
    const reading = feed.sampleAt(1_000_000 + 10);
    // Instants at 0 and 5 ms are due at 10 ms (and the one at 10 ms itself): three taken.
    expect(cursor.instantsTaken).toBe(3);
    expect(reading(0)).toBeGreaterThan(50);
    expect(reading(0)).toBeLessThanOrEqual(1023);
    expect(reading(5)).toBe(0);
    feed.advanceTo(1_000_000 + 1000);
    expect(cursor.instantsTaken).toBe(201);
  });
});

describe("sim config with beds", () => {
  const defaults = { nowMs: 1_700_000_000_000, localUtcOffsetMinutes: 0 };
  const bedEntry = { sensorId: "bed-1", seed: 1, ttyPath: "bed-1.sensor", groundTruthDir: "gt" };

  it("accepts a beds-only run and fills the bed defaults", () => {
    const parsed = parseSimConfig({ residents: [], beds: [bedEntry] }, defaults);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.beds?.[0]).toMatchObject({ protocol: "frames", night: { type: "drawn", hours: 8 } });
    expect(parsed.value.bedAcceleration).toBeUndefined();
  });

  it("reports bad bed entries at once", () => {
    const parsed = parseSimConfig(
      {
        residents: [],
        beds: [
          { ...bedEntry, protocol: "smoke", sampleRateHz: 300 },
          { ...bedEntry, night: { type: "short", leadS: 1 } },
        ],
        bedAcceleration: 500,
      },
      defaults,
    );
    expect(parsed.ok).toBe(false);
    const reasons = parsed.ok ? "" : parsed.reason;
    for (const expected of [
      "beds[0].protocol",
      "beds[1].night.leadS",
      "beds[1].night.inBedS",
      "bedAcceleration",
    ])
      expect(reasons).toContain(expected);
    expect(parseSimConfig({ residents: [] }, defaults).ok).toBe(false);
  });
});
