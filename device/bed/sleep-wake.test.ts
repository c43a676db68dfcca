import { describe, expect, it } from "vitest";
import { rescoreWebster, scoreColeKripke, scoreSleepWake } from "./sleep-wake.ts";

const minutes = (pattern: string) => [...pattern].map((c) => c === "S");

describe("scoreColeKripke (1-min epochs)", () => {
  it("scores stillness as sleep", () => {
    expect(scoreColeKripke(new Array(20).fill(0), 60).every(Boolean)).toBe(true);
  });

  it("applies the published weights: one minute of 500 counts wakes A0 (230·5 ≥ 1000) only", () => {
    const counts = new Array(20).fill(0);
    counts[10] = 500;
    const sleep = scoreColeKripke(counts, 60);
    // D at minute 10 = 0.001·230·5 = 1.15 → wake; its neighbours see at most 106·5 = 530 → sleep.
    expect(sleep.map((s) => (s ? "S" : "W")).join("")).toBe("SSSSSSSSSSWSSSSSSSSS");
  });

  it("caps counts at 300 after dividing by 100, so a huge minute spreads through the window", () => {
    const counts = new Array(20).fill(0);
    counts[10] = 1_000_000;
    const sleep = scoreColeKripke(counts, 60);
    // Every minute whose window (−4 … +2) contains minute 10 is wake: minutes 8 … 14.
    expect(sleep.map((s) => (s ? "S" : "W")).join("")).toBe("SSSSSSSSWWWWWWWSSSSS");
  });

  it("with 30-s epochs, sums two epochs per minute", () => {
    const counts = new Array(40).fill(0);
    counts[20] = 250;
    counts[21] = 250;
    const sleep = scoreColeKripke(counts, 30);
    expect(sleep[21]).toBe(false); // the minute ending at epoch 21 holds 500 counts
    expect(sleep[30]).toBe(true);
  });
});

describe("rescoreWebster", () => {
  it("after ≥ 4 min of wake, rescores the next 1 min of sleep", () => {
    expect(rescoreWebster(minutes("WWWWSSSSSSSS"), 60)).toEqual(minutes("WWWWWSSSSSSS"));
  });

  it("after ≥ 15 min of wake, rescores the next 4 min", () => {
    const before = `${"W".repeat(15)}${"S".repeat(10)}`;
    expect(rescoreWebster(minutes(before), 60)).toEqual(minutes(`${"W".repeat(19)}${"S".repeat(6)}`));
  });

  it("turns ≤ 6 min of sleep between ≥ 10 min of wake into wake", () => {
    const pattern = `${"W".repeat(10)}SSSSS${"W".repeat(10)}`;
    expect(rescoreWebster(minutes(pattern), 60).some(Boolean)).toBe(false);
  });

  it("leaves sleep alone after short wake", () => {
    expect(rescoreWebster(minutes("SSWWSSSS"), 60)).toEqual(minutes("SSWWSSSS"));
  });
});

describe("scoreSleepWake", () => {
  it("is Cole–Kripke then Webster", () => {
    const counts = [...new Array(10).fill(5000), ...new Array(20).fill(0)];
    const scored = scoreSleepWake(counts, 60);
    // Wake through minute 9 (raw) and 2 more from the window, then ≥ 10 min wake → 3 rescored.
    expect(scored.slice(0, 14).some(Boolean)).toBe(false);
    expect(scored.slice(20).every(Boolean)).toBe(true);
  });
});
