import { describe, expect, it } from "vitest";
import { realMsUntil, simulatedNowMs } from "./clock.ts";
import { dueReadingCount, readingTimeMs } from "./pacing.ts";

describe("accelerated clock", () => {
  const clock = { epochMs: 1_000_000, acceleration: 3600, realStartMs: 500 };

  it("runs simulated time acceleration times faster from the epoch", () => {
    expect(simulatedNowMs(clock, 500)).toBe(1_000_000);
    expect(simulatedNowMs(clock, 1500)).toBe(1_000_000 + 3_600_000);
  });

  it("converts a simulated instant back to a real wait", () => {
    expect(realMsUntil(clock, 1_000_000 + 3_600_000, 500)).toBe(1000);
    expect(realMsUntil(clock, 1_000_000, 900)).toBe(0);
  });
});

describe("reading pacing", () => {
  const grid = { epochMs: 10_000, periodMs: 60_000 };

  it("places reading i at epoch + i·period", () => {
    expect(readingTimeMs(grid, 0)).toBe(10_000);
    expect(readingTimeMs(grid, 3)).toBe(190_000);
  });

  it("counts the readings whose time has come, in bounded batches", () => {
    expect(dueReadingCount(grid, 0, 9_999, 100)).toBe(0);
    expect(dueReadingCount(grid, 0, 10_000, 100)).toBe(1);
    expect(dueReadingCount(grid, 1, 190_000, 100)).toBe(3);
    expect(dueReadingCount(grid, 0, 10_000 + 1000 * 60_000, 100)).toBe(100);
    expect(dueReadingCount(grid, 5, 190_000, 100)).toBe(0);
  });
});
