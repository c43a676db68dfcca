// What a 10-bit Firmata input costs the bed estimators: drawn 2-hour nights through the emulated board's
// feed (200 Hz averaged to 100 Hz, 16 load counts per ADC step) into the agent's bed analyzer, in process.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BedSensorAnalyzer } from "../../device/sensors/bed/bed-sensor-analyzer.ts";
import { defaultBedSettings } from "../../device/sensors/bed/bed-settings.ts";
import {
  bedTruthEvents,
  bedTruthSeconds,
  meanTruthHeartRate,
} from "../../scripts/system/bed-ground-truth.ts";
import { BedAnalogFeed } from "../../sim/bed/emulator-firmata.ts";
import { BedSignalCursor } from "../../sim/bed/emulator-signal.ts";
import { BedTruthWriter } from "../../sim/bed/emulator-truth.ts";

const RATE = 100;
const BLOCK = 10;

function playNight(seed: number) {
  const dir = mkdtempSync(join(tmpdir(), "bed-firmata-"));
  const truth = new BedTruthWriter(dir, "bed");
  const cursor = new BedSignalCursor(
    { seed, sampleRateHz: 200, channels: 2 },
    { type: "drawn", hours: 2 },
    0,
    truth,
  );
  const feed = new BedAnalogFeed(cursor, 16);
  const analyzer = new BedSensorAnalyzer({ ...defaultBedSettings, countsPerKg: 200 / 16 }, "bed");
  const epochs: { timeMs: number; hr: number | null; occupancy: number }[] = [];
  const exits: number[] = [];
  for (let block = 0; block < (7200 * RATE) / BLOCK; block++) {
    const values: number[] = [];
    for (let i = 1; i <= BLOCK; i++) {
      const adc = feed.sampleAt(((block * BLOCK + i) * 1000) / RATE);
      values.push(adc(0), adc(1));
    }
    const reading = {
      firstSample: block * BLOCK,
      rateHz: RATE,
      channels: 2,
      values: Int16Array.from(values),
    };
    for (const payload of analyzer.analyze({
      reading,
      timeMs: (block + 1) * 100,
      sensorSeq: 0,
      gapBefore: 0,
    })) {
      if ("event" in payload && payload.event.kind === "bed_exit") exits.push(Number(payload.event.timeMs));
      if (!("observation" in payload) || payload.observation.name !== "bed_epoch") continue;
      const field = (name: string) => payload.observation.fields?.find((f) => f.name === name)?.value;
      epochs.push({
        timeMs: Number(payload.observation.timeMs),
        hr: field("hr_bpm") ?? null,
        occupancy: field("occupancy") ?? 0,
      });
    }
  }
  truth.close();
  return { dir, epochs, exits };
}

describe("bed estimators behind a 10-bit Firmata input", () => {
  it("still find every bed exit and the heart rate", () => {
    const errors: number[] = [];
    let inBed = 0;
    for (const seed of [1, 2, 3]) {
      const { dir, epochs, exits } = playNight(seed);
      const seconds = bedTruthSeconds(dir, "bed");
      const trueExits = bedTruthEvents(dir, "bed").filter((e) => e.kind === "bed_exit");
      expect(trueExits.length).toBeGreaterThanOrEqual(1);
      expect(exits).toHaveLength(trueExits.length);
      for (const [i, ms] of exits.entries())
        expect((ms - (trueExits[i]?.simTimeMs ?? 0)) / 1000).toBeLessThan(2);
      for (const epoch of epochs.filter((e) => e.occupancy > 0.99)) {
        inBed++;
        const expected = meanTruthHeartRate(seconds, epoch.timeMs, 30_000);
        if (epoch.hr !== null && expected !== null) errors.push(Math.abs(epoch.hr - expected));
      }
    }
    const mae = errors.reduce((sum, e) => sum + e, 0) / errors.length;
    console.log(
      `10-bit Firmata path: HR MAE ${mae.toFixed(2)} bpm, ${errors.length} of ${inBed} in-bed epochs`,
    );
    expect(errors.length / inBed).toBeGreaterThan(0.8);
    expect(mae).toBeLessThan(2);
  });
});
