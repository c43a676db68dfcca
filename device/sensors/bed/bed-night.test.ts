import { describe, expect, it } from "vitest";
import type { BedEpoch } from "../../bed/index.ts";
import { NightRecorder } from "./bed-night.ts";

const rules = { epochS: 30, nightEndEmptyMin: 20, minNightInBedMin: 60 };

function epoch(occupied: boolean, movementIndex: number): BedEpoch {
  return {
    startS: 0,
    durationS: 30,
    occupancy: occupied ? 1 : 0,
    occupied,
    sitting: 0,
    heartRateBpm: occupied ? 60 : null,
    heartRateQuality: occupied ? "good" : "no_contact",
    heartBeats: occupied ? 30 : null,
    breathingRatePerMin: occupied ? 14 : null,
    breathingQuality: occupied ? "good" : "no_contact",
    breathIntervalsS: [],
    movementIndex,
    movingShare: 0,
    movementBursts: 0,
    bursts: [],
  };
}

/** Empty, then `inBedMin` still in bed, then out: the reports the recorder gives, with their epoch. */
function play(inBedMin: number, outMin: number) {
  const night = new NightRecorder(rules);
  const reports: { at: number; report: NonNullable<ReturnType<NightRecorder["add"]>> }[] = [];
  const plan = [
    ...Array(10).fill(false),
    ...Array(inBedMin * 2).fill(true),
    ...Array(outMin * 2).fill(false),
  ];
  plan.forEach((occupied, i) => {
    const report = night.add(epoch(occupied, occupied ? 0 : 50), 1_000_000 + i * 30_000);
    if (report) reports.push({ at: i, report });
  });
  return { night, reports };
}

describe("night recorder", () => {
  it("summarizes the night once the bed stays empty long enough in the morning", () => {
    const { reports } = play(420, 30);
    expect(reports).toHaveLength(1);
    const { at, report } = reports[0] ?? { at: 0, report: null };
    // 10 empty + 840 in bed + 40 empty epochs (20 min) ends the night.
    expect(at).toBe(10 + 840 + 40 - 1);
    expect(report?.summary.timeInBedMin).toBe(420);
    expect(report?.summary.totalSleepTimeMin).toBeGreaterThan(400);
    expect(report?.startWallMs).toBe(1_000_000 + 10 * 30_000);
    expect(report?.trigger).toBe("morning");
  });

  it("drops a nap without a summary, and reports the night so far on command", () => {
    expect(play(30, 30).reports).toHaveLength(0);
    const { night } = play(90, 5);
    expect(night.report("command")?.summary.timeInBedMin).toBe(90);
  });
});
