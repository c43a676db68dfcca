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

  it("draws residents across the ranges: breathing 9–27 /min at rest, still wake 20–60 %", () => {
    const residents = Array.from({ length: 200 }, (_, i) => drawResident(i + 1));
    const range = (f: (r: (typeof residents)[number]) => number) => [
      Math.min(...residents.map(f)),
      Math.max(...residents.map(f)),
    ];
    const [slowest, fastest] = range((r) => r.breathingRatePerMin);
    expect(slowest).toBeLessThan(10);
    expect(fastest).toBeGreaterThan(26);
    const [stillLow, stillHigh] = range((r) => r.stillWakeShare ?? 0);
    expect(stillLow).toBeGreaterThanOrEqual(0.2);
    expect(stillHigh).toBeLessThanOrEqual(0.6);
    expect(new Set(residents.map((r) => r.bcgTimeScale)).size).toBeGreaterThan(20);
    const withPlms = residents.filter((r) => (r.limbMovementsPerHour ?? 0) >= 5).length;
    expect(withPlms / residents.length).toBeGreaterThan(0.3);
    expect(withPlms / residents.length).toBeLessThan(0.6);
  });

  it("has REM, sleep movements, arm movements and confusers", () => {
    let remS = 0;
    let sleepS = 0;
    const sites = new Set<string>();
    const confusers = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const scenario = night(seed, 2);
      for (const segment of scenario.segments.filter((s) => s.asleep)) {
        sleepS += segment.endS - segment.startS;
        if (segment.rem) remS += segment.endS - segment.startS;
      }
      for (const fidget of scenario.fidgets) sites.add(fidget.site ?? "body");
      for (const confuser of scenario.confusers ?? []) confusers.add(confuser.kind);
    }
    expect(remS / sleepS).toBeGreaterThan(0.1);
    expect(remS / sleepS).toBeLessThan(0.3);
    expect([...sites].sort()).toEqual(["arm", "body", "external", "legs"]);
    expect([...confusers].sort()).toEqual([
      "aborted_exit",
      "caregiver_leaning",
      "caregiver_sitting",
      "edge_lying",
      "object",
      "repositioning",
    ]);
  });

  it("honours a fixed number of night-time exits", () => {
    const exits = scenarioEvents(night(3, 2)).filter((e) => e.kind === "bed_exit");
    expect(exits).toHaveLength(3);
  });
});
