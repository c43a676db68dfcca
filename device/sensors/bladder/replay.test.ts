import { describe, expect, it } from "vitest";
import { defaultBladderSettings } from "./bladder-settings.ts";
import {
  createBladderReplay,
  defaultReplayColumns,
  indexColumns,
  parseReplayRow,
  REPLAY_CSV_HEADER,
} from "./replay.ts";
import { echoFor } from "./test-echoes.ts";

describe("bladder replay", () => {
  it("finds named columns in any order and reports missing ones", () => {
    const index = indexColumns("strength,x,posterior_mm,anterior_mm,time_ms", defaultReplayColumns);
    expect(index).toEqual({
      ok: true,
      value: { time: 4, anterior: 3, posterior: 2, strength: 0, moving: null },
    });
    const custom = indexColumns("sim_time_ms,a,p,s", {
      time: "sim_time_ms",
      anterior: "a",
      posterior: "p",
      strength: "s",
      moving: "m",
    });
    expect(custom.ok).toBe(true);
    expect(indexColumns("time_ms,strength", defaultReplayColumns)).toEqual({
      ok: false,
      reason: "header has no column anterior_mm, posterior_mm (columns: time_ms, strength)",
    });
  });

  it("parses rows and refuses unreadable ones", () => {
    const index = indexColumns("time_ms,anterior_mm,posterior_mm,strength,moving", defaultReplayColumns);
    if (!index.ok) throw new Error(index.reason);
    expect(parseReplayRow("60000,33.5,90.2,201,1", index.value)).toEqual({
      ok: true,
      value: { timeMs: 60000, anteriorMm: 33.5, posteriorMm: 90.2, strength: 201, moving: true },
    });
    expect(parseReplayRow("60000,abc,90.2,201,0", index.value).ok).toBe(false);
  });

  it("prints one CSV line per reading with estimates and what was raised", () => {
    const replay = createBladderReplay({ ...defaultBladderSettings, thresholdMl: 300 });
    const lines: string[] = [];
    for (let m = 1; m <= 360; m++) {
      const echo = echoFor(m < 340 ? 100 + 0.6 * m : 30);
      // From 10:00 UTC: put on in the daytime, so the one depth seen is sitting.
      lines.push(replay({ timeMs: (600 + m) * 60_000, ...echo }));
    }
    expect(REPLAY_CSV_HEADER.split(",")).toHaveLength(lines[0]?.split(",").length ?? 0);
    expect(lines[0]).toMatch(/^36060000,true,sitting,100\.\d,100\.\d,3,1\.000,300\.0,\d+\.\d,\d+\.\d,$/);
    expect(lines.filter((line) => line.includes("toilet_soon_raised"))).toHaveLength(1);
    expect(lines[340]).toMatch(/void_detected:\d+ml;toilet_soon_cleared$/);
  });
});
