// Plausibility on real human recordings (BioSPPy examples, copied with their source and licence into test/fixtures/real). They have no
// reference values: the checks are the ranges stated in their SOURCE.md files. A missing file fails.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseRecording } from "./recording-parser.ts";
import { replayBed } from "./replay.ts";

const realData = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/real");

function replayFile(path: string, epochS: number) {
  const parsed = parseRecording(readFileSync(resolve(realData, path), "utf8"), [1]);
  if (!parsed.ok) throw new Error(parsed.reason);
  const rate = parsed.value.headerRateHz;
  expect(rate).toBe(1000);
  const replay = replayBed(parsed.value.interleaved, {
    sampleRateHz: rate ?? 0,
    channels: 1,
    epochS,
    assumeOccupied: true,
  });
  if (!replay.ok) throw new Error(replay.reason);
  return replay.value;
}

describe("real recordings", () => {
  it("BCG (15 s, 1000 Hz): heart rate in 40–120 bpm", () => {
    const { epochs } = replayFile("bcg-biosppy/bcg.txt", 15);
    expect(epochs).toHaveLength(1);
    const heartRate = epochs[0]?.heartRateBpm;
    expect(heartRate).not.toBeNull();
    expect(heartRate).toBeGreaterThanOrEqual(40);
    expect(heartRate).toBeLessThanOrEqual(120);
  });

  it("respiration (60 s, 1000 Hz): breathing rate in 12–24 /min", () => {
    const { epochs } = replayFile("resp-biosppy/resp.txt", 30);
    const rates = epochs.map((e) => e.breathingRatePerMin).filter((r): r is number => r !== null);
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates) {
      expect(rate).toBeGreaterThanOrEqual(12);
      expect(rate).toBeLessThanOrEqual(24);
    }
  });
});
