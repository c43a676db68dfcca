import { describe, expect, it } from "vitest";
import { bedSignalBlocks, exampleNight, wristCountsPerG, wristSignalBlocks } from "../../sim/bed/index.ts";
import { parseRecording } from "./recording-parser.ts";
import { bedEpochsCsv, replayBed, replayWrist, wristEpochsCsv } from "./replay.ts";

function csvOf(blocks: Iterable<{ samples: Int16Array }>, channels: number): string {
  const lines = [Array.from({ length: channels }, (_, c) => `ch${c + 1}`).join(",")];
  for (const block of blocks) {
    for (let i = 0; i < block.samples.length; i += channels)
      lines.push(Array.from(block.samples.subarray(i, i + channels)).join(","));
  }
  return lines.join("\n");
}

describe("replay", () => {
  it("runs a CSV recording through the bed estimators and prints one CSV row per epoch", () => {
    const scenario = exampleNight();
    const parsed = parseRecording(csvOf(bedSignalBlocks(scenario), 2), [1, 2]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const replay = replayBed(parsed.value.interleaved, { sampleRateHz: 100, channels: 2 });
    if (!replay.ok) throw new Error(replay.reason);
    const lines = bedEpochsCsv(replay.value);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^epoch_start_s,occupied,heart_rate_bpm/);
    expect(lines[1]).toMatch(/^0,0,,no_contact,,no_contact,/);
    expect(lines[3]).toMatch(/^60,1,\d+\.\d,good,\d+\.\d,good,/);
    expect(replay.value.events.map((e) => e.kind)).toContain("bed_exit");
    expect(replay.value.summary.timeInBedMin).toBeGreaterThan(2.5);
  });

  it("scores a wrist recording", () => {
    const parsed = parseRecording(csvOf(wristSignalBlocks(exampleNight(), 32), 3), [1, 2, 3]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const replay = replayWrist(parsed.value.interleaved, 32, 30, wristCountsPerG);
    const lines = wristEpochsCsv(replay, 30);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("epoch_start_s,activity_counts,asleep");
    // Getting into bed (epoch 1) moves the wrist; the quiet sleep in epoch 4 does not.
    expect(replay.counts[1]).toBeGreaterThan(replay.counts[4] ?? 0);
  });
});
