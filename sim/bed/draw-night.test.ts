import { describe, expect, it } from "vitest";
import { drawNight } from "./draw-night.ts";
import { drawResident, drawSensor } from "./residents.ts";
import { scenarioEvents } from "./scenario.ts";
import { validateScenario } from "./scenario-validate.ts";

const night = (seed: number, bedExits?: number) =>
  drawNight(seed, drawResident(seed), drawSensor(seed), { durationS: 8 * 3600, bedExits });

describe("drawNight", () => {
  it("is deterministic for a seed and JSON round-trips", () => {
    expect(night(5)).toEqual(night(5));
    expect(JSON.parse(JSON.stringify(night(5)))).toEqual(night(5));
    expect(night(6)).not.toEqual(night(5));
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i: a valid, realistic night", (seed) => {
    const scenario = night(seed);
    expect(validateScenario(scenario).ok).toBe(true);
    expect(scenario.durationS).toBeCloseTo(8 * 3600, -1);
    expect(scenario.segments[0]?.state).toBe("empty");
    expect(scenario.segments.at(-1)?.state).toBe("empty");
    const exits = scenarioEvents(scenario).filter((e) => e.kind === "bed_exit");
    expect(exits.length).toBeGreaterThanOrEqual(1); // getting up in the morning
    expect(exits.length).toBeLessThanOrEqual(4);
    for (const apnoea of scenario.apnoeas) {
      expect(apnoea.durationS).toBeGreaterThanOrEqual(10);
      expect(apnoea.durationS).toBeLessThanOrEqual(60);
      const host = scenario.segments.find((s) => s.startS <= apnoea.startS && s.endS > apnoea.startS);
      expect(host?.state).toBe("asleep");
    }
    const asleep = scenario.segments.filter((s) => s.asleep).reduce((sum, s) => sum + s.endS - s.startS, 0);
    expect(asleep / scenario.durationS).toBeGreaterThan(0.5);
  });

  it("honours a fixed number of night-time exits", () => {
    const exits = scenarioEvents(night(3, 2)).filter((e) => e.kind === "bed_exit");
    expect(exits).toHaveLength(3);
  });
});
