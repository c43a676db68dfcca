// Plausibility on real human recordings (BioSPPy examples, copied with their source and licence into
// test/fixtures/real). They have no reference values: the checks are the ranges stated in their
// SOURCE.md files, and the same ranges after the recording is scaled (×0.3, ×3: another sensor's
// gain) or has white noise added (a quarter of its own standard deviation). A missing file fails.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Rng } from "../../sim/bed/index.ts";
import { parseRecording } from "./recording-parser.ts";
import { replayBed } from "./replay.ts";

const realData = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/real");

function recording(path: string): Float64Array {
  const parsed = parseRecording(readFileSync(resolve(realData, path), "utf8"), [1]);
  if (!parsed.ok) throw new Error(parsed.reason);
  expect(parsed.value.headerRateHz).toBe(1000);
  return parsed.value.interleaved;
}

function withNoise(signal: Float64Array, share: number): Float64Array {
  const mean = signal.reduce((s, x) => s + x, 0) / signal.length;
  const sd = Math.sqrt(signal.reduce((s, x) => s + (x - mean) ** 2, 0) / signal.length);
  const random = Rng.fromSeed(7, "white-noise");
  return signal.map((x) => x + share * sd * random.normal());
}

function replay(signal: Float64Array, epochS: number) {
  const result = replayBed(signal, { sampleRateHz: 1000, channels: 1, epochS, assumeOccupied: true });
  if (!result.ok) throw new Error(result.reason);
  return result.value.epochs;
}

const variants: [string, (signal: Float64Array) => Float64Array][] = [
  ["as recorded", (signal) => signal],
  ["× 0.3", (signal) => signal.map((x) => x * 0.3)],
  ["× 3", (signal) => signal.map((x) => x * 3)],
  ["with white noise", (signal) => withNoise(signal, 0.25)],
];

describe("real recordings", () => {
  const bcg = recording("bcg-biosppy/bcg.txt");
  const resp = recording("resp-biosppy/resp.txt");

  it.each(variants)("BCG (15 s, 1000 Hz) %s: heart rate in 40–120 bpm, 10–30 beats", (_, variant) => {
    const epochs = replay(variant(bcg), 15);
    expect(epochs).toHaveLength(1);
    const { heartRateBpm, heartBeats } = epochs[0] ?? { heartRateBpm: null, heartBeats: null };
    expect(heartRateBpm).not.toBeNull();
    expect(heartRateBpm).toBeGreaterThanOrEqual(40);
    expect(heartRateBpm).toBeLessThanOrEqual(120);
    // Beats are counted in the epoch's valid samples only (SOURCE.md: 10–30 in 15 s).
    expect(heartBeats).toBeGreaterThanOrEqual(10);
    expect(heartBeats).toBeLessThanOrEqual(30);
    // …and never more than the rate allows in 15 s.
    expect(heartBeats).toBeLessThanOrEqual(Math.ceil(((heartRateBpm ?? 0) * 15) / 60) + 1);
  });

  it.each(variants)("respiration (60 s, 1000 Hz) %s: breathing rate in 12–24 /min", (_, variant) => {
    const rates = replay(variant(resp), 30)
      .map((e) => e.breathingRatePerMin)
      .filter((r): r is number => r !== null);
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates) {
      expect(rate).toBeGreaterThanOrEqual(12);
      expect(rate).toBeLessThanOrEqual(24);
    }
  });
});
