import { describe, expect, it } from "vitest";
import { exampleNight as handMadeNight } from "./example-night.ts";
import { type NightSegment, scenarioEvents } from "./scenario.ts";
import { parseScenario, validateScenario } from "./scenario-validate.ts";

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
    const gapResult = validateScenario(gap);
    expect(gapResult.ok ? "" : gapResult.reason).toContain("segments[2]: gap or overlap after segment 1");
    const fast = handMadeNight();
    fast.sensor = { ...fast.sensor, sampleRateHz: 5000 };
    expect(validateScenario(fast).ok).toBe(false);
    const short = handMadeNight();
    short.durationS = 400;
    expect(validateScenario(short).ok).toBe(false);
  });

  it("reports every problem of a scenario file at once", () => {
    const raw = JSON.parse(JSON.stringify(handMadeNight()));
    raw.sensor.channels = 7;
    raw.resident.weightKg = "heavy";
    raw.segments[3].posture = "standing";
    raw.fidgets[0].site = "nose";
    raw.externalLoads = [{ startS: 10, durationS: 5, rampS: 1, kg: 4, zones: [1, 0] }];
    const result = parseScenario(raw);
    expect(result.ok).toBe(false);
    const reasons = result.ok ? [] : result.reason.split("\n");
    expect(reasons).toEqual(
      expect.arrayContaining([
        "resident.weightKg: must be a number in 20–250",
        "sensor.channels: must be an integer in 1–4",
        "sensor.offsetCounts: must be one number per channel",
        "segments[3].posture: must be one of out, supine, left, right, prone, sitting, edge",
        "fidgets[0].site: must be one of body, legs, arm, external",
        "externalLoads[0].zones: must be four shares (head, chest, hips, legs)",
      ]),
    );
    expect(parseScenario("not a night")).toEqual({ ok: false, reason: "scenario: must be an object" });
  });
});
