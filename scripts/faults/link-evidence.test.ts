import { describe, expect, it } from "vitest";
import type { RunningSystem } from "../system/start-system.ts";
import { agentCountsGap, storedGap } from "./link-evidence.ts";

// Real time = simulated time (acceleration 1) from 0; one reading a second, frame n at n seconds.
const system = { startAtMs: 0, epochMs: 0, options: { acceleration: 1 } } as unknown as RunningSystem;
const readings = Array.from({ length: 40 }, (_, n) => ({ frameSeq: n, simTimeMs: n * 1000 }));
const storedExcept = (lost: (seq: number) => boolean) =>
  new Set(readings.map((r) => r.frameSeq).filter((seq) => !lost(seq)));

describe("storedGap", () => {
  it("brackets the hole that opens at the break", () => {
    const gap = storedGap(
      system,
      readings,
      storedExcept((seq) => seq >= 10 && seq < 15),
      9_500,
    );
    expect(gap).toEqual({ lastHeardMs: 9000, afterSeq: 9, beforeSeq: 15 });
  });

  it("finds the hole when the break took effect a few readings after the signal", () => {
    const gap = storedGap(
      system,
      readings,
      storedExcept((seq) => seq >= 13 && seq < 18),
      9_500,
    );
    expect(gap).toEqual({ lastHeardMs: 12_000, afterSeq: 12, beforeSeq: 18 });
    const frames = readings.map((r) => ({ seq: r.frameSeq, hello: false }));
    expect(agentCountsGap(frames, gap, 5)).toEqual({ framesInGap: 5, agrees: true });
  });

  it("does not take a hole that opens long after the break for its gap", () => {
    const gap = storedGap(
      system,
      readings,
      storedExcept((seq) => seq >= 30 && seq < 32),
      9_500,
    );
    expect(gap).toEqual({ lastHeardMs: 9000, afterSeq: 9, beforeSeq: 10 });
  });
});
