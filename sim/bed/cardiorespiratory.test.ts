import { describe, expect, it } from "vitest";
import { Rng } from "../random.ts";
import { Breathing, type BreathingTraits, Heart } from "./cardiorespiratory.ts";
import { drawNight } from "./draw-night.ts";
import { drawResident, drawSensor } from "./residents.ts";
import type { BedState } from "./scenario.ts";

const traits: BreathingTraits = {
  ratePerMin: 15,
  awakeCv: 0.2,
  nremCv: 0.05,
  remCv: 0.2,
  nremRateFactor: 0.95,
  remRateFactor: 1.05,
  awakeDepthFactor: 1.1,
  remDepthFactor: 0.8,
  inhaleShare: 0.4,
};

/** Breath-to-breath intervals over 20 min in one state (phase wraps mark the breaths). */
function breathIntervals(state: BedState, rem: boolean): number[] {
  const random = Rng.fromSeed(7);
  const breathing = new Breathing(traits, () => random.normal());
  const starts: number[] = [];
  let phase = 0;
  for (let n = 0; n < 1200 * 50; n++) {
    if (n % 50 === 0) breathing.tickSecond();
    breathing.step(1 / 50, state, rem);
    if (breathing.phase < phase) starts.push(n / 50);
    phase = breathing.phase;
  }
  return starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
}

const cv = (xs: readonly number[]) => {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length) / mean;
};

describe("heart and breathing by sleep stage", () => {
  it("breathes regularly in NREM sleep and irregularly awake and in REM", () => {
    const nrem = cv(breathIntervals("asleep", false));
    const awake = cv(breathIntervals("in_bed_awake", false));
    const rem = cv(breathIntervals("asleep", true));
    expect(nrem).toBeLessThan(0.1);
    expect(awake).toBeGreaterThan(2 * nrem);
    expect(rem).toBeGreaterThan(2 * nrem);
  });

  it("settles the heart rate per stage, declines over the night and surges at an arousal", () => {
    const level = (state: BedState, rem: boolean, fromS = 0) => {
      const heart = new Heart(
        { restingBpm: 65, sleepDropBpm: 6, remRiseBpm: 2, nightDeclineBpm: 4 },
        () => 0,
      );
      for (let t = fromS; t < fromS + 600; t++) heart.tickSecond(state, rem, t);
      heart.step(0.001, 0, 0);
      return heart.rateBpm;
    };
    expect(level("in_bed_awake", false)).toBeCloseTo(65, 0);
    expect(level("asleep", false)).toBeCloseTo(59, 0);
    expect(level("asleep", true)).toBeCloseTo(61, 0);
    expect(level("asleep", false, 8 * 3600)).toBeCloseTo(55, 0);
    const heart = new Heart({ restingBpm: 60, sleepDropBpm: 0 }, () => 0);
    heart.arouse(10);
    heart.step(0.001, 0, 0);
    expect(heart.rateBpm).toBeCloseTo(70, 1);
    for (let t = 0; t < 45; t++) heart.tickSecond("in_bed_awake");
    heart.step(0.001, 0, 0);
    expect(heart.rateBpm).toBeLessThan(61);
  });

  it("draws residents who dip and who do not, REM between NREM and wake for those who dip", () => {
    const residents = Array.from({ length: 300 }, (_, i) => drawResident(i + 1));
    const drops = residents.map((r) => r.sleepHeartRateDropBpm);
    const share = (f: (d: number) => boolean) => drops.filter(f).length / drops.length;
    // A clinical cohort: almost half higher in NREM than awake, 13.5 % dipping ≥ 10 % (~6.5 bpm).
    expect(share((d) => d < 0)).toBeGreaterThan(0.3);
    expect(share((d) => d < 0)).toBeLessThan(0.55);
    expect(share((d) => d >= 6.5)).toBeGreaterThan(0.06);
    expect(share((d) => d >= 6.5)).toBeLessThan(0.22);
    for (const r of residents.filter((r) => r.sleepHeartRateDropBpm >= 4))
      expect(r.remHeartRateRiseBpm ?? 0).toBeLessThan(r.sleepHeartRateDropBpm);
    for (const r of residents) {
      expect(r.nremBreathingCv ?? 1).toBeLessThan(r.awakeBreathingCv ?? 0);
      expect(r.arousalHeartRateRiseBpm ?? 0).toBeGreaterThanOrEqual(4);
    }
  });

  it("gives awakenings from sleep, movement arousals and limb movements a heart-rate surge", () => {
    const seed = 12;
    const scenario = drawNight(seed, drawResident(seed), drawSensor(seed), { durationS: 8 * 3600 });
    const awakenings = scenario.segments.filter(
      (segment, i) => segment.state === "in_bed_awake" && scenario.segments[i - 1]?.asleep,
    );
    expect(awakenings.length).toBeGreaterThan(2);
    for (const segment of awakenings) expect(segment.heartRateRiseBpm ?? 0).toBeGreaterThan(0);
    const surgingMovements = scenario.fidgets.filter((f) => (f.heartRateRiseBpm ?? 0) > 0);
    expect(surgingMovements.length).toBeGreaterThan(3);
    expect(surgingMovements.every((f) => f.site !== "arm")).toBe(true);
  });
});
