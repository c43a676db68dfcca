import { describe, expect, it } from "vitest";
import { drawSuitSession, simulatedSampleRatesHz, suitMontage } from "./random-session.ts";

describe("drawSuitSession", () => {
  it("is reproducible from its seed", () => {
    expect(drawSuitSession(3)).toEqual(drawSuitSession(3));
    expect(drawSuitSession(3)).not.toEqual(drawSuitSession(4));
  });

  it("draws 4–8 channels at a supported rate, with movements, rests and a mains frequency", () => {
    for (let seed = 0; seed < 20; seed++) {
      const scenario = drawSuitSession(seed);
      expect(scenario.channels.length).toBeGreaterThanOrEqual(4);
      expect(scenario.channels.length).toBeLessThanOrEqual(8);
      expect(simulatedSampleRatesHz).toContain(scenario.sampleRateHz);
      expect([50, 60]).toContain(scenario.mains.frequencyHz);
      expect(scenario.movements.length).toBeGreaterThan(3);
      expect(scenario.movements[0]?.startMs).toBeGreaterThanOrEqual(4000);
      for (const off of scenario.electrodeOff) expect(off.endMs).toBeLessThanOrEqual(scenario.durationMs);
    }
  });

  it("changes only what an option overrides", () => {
    const base = drawSuitSession(9, { mainsHz: 50 });
    const other = drawSuitSession(9, { mainsHz: 60 });
    expect(other.mains.frequencyHz).toBe(60);
    expect(other.movements).toEqual(base.movements);
    expect(other.channels).toEqual(base.channels);
    expect(drawSuitSession(9, { channelCount: 4 }).channels).toEqual(
      drawSuitSession(9, { channelCount: 8 }).channels.slice(0, 4),
    );
  });

  it("assigns the montage in order and can force fatigue or recovery", () => {
    const fatigued = drawSuitSession(2, { channelCount: 5, fatigue: "fatigue" });
    expect(fatigued.channels.map((c) => c.name)).toEqual(suitMontage.slice(0, 5).map((site) => site.name));
    expect(fatigued.channels.every((c) => c.cvFactorEnd < c.cvFactorStart)).toBe(true);
    const recovering = drawSuitSession(2, { fatigue: "recovery" });
    expect(recovering.channels.every((c) => c.cvFactorEnd > c.cvFactorStart)).toBe(true);
  });
});
