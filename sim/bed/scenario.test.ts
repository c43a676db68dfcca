import { describe, expect, it } from "vitest";
import { exampleNight as handMadeNight } from "./example-night.ts";
import { type NightSegment, scenarioEvents, validateScenario } from "./scenario.ts";

describe("scenarioEvents", () => {
  it("dates load transfers at the middle of their ramp and apnoeas at their edges", () => {
    expect(scenarioEvents(handMadeNight())).toEqual([
      { kind: "return", timeS: 21 },
      { kind: "lie_down", timeS: 32.5 },
      { kind: "apnoea_start", timeS: 100 },
      { kind: "apnoea_end", timeS: 130 },
      { kind: "sit_up", timeS: 202 },
      { kind: "bed_exit", timeS: 210.75 },
    ]);
  });
});

describe("validateScenario", () => {
  it("accepts a well-formed night", () => {
    expect(validateScenario(handMadeNight()).ok).toBe(true);
  });

  it("rejects gaps, bad rates and short timelines", () => {
    const gap = handMadeNight();
    gap.segments[2] = { ...(gap.segments[2] as NightSegment), startS: 31 };
    expect(validateScenario(gap)).toEqual({ ok: false, reason: "gap after segment 1" });
    const fast = handMadeNight();
    fast.sensor = { ...fast.sensor, sampleRateHz: 5000 };
    expect(validateScenario(fast).ok).toBe(false);
    const short = handMadeNight();
    short.durationS = 400;
    expect(validateScenario(short).ok).toBe(false);
  });
});
