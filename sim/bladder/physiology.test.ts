import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS, localHourOfDay } from "./local-time.ts";
import {
  advanceResident,
  initialResidentState,
  PHYSIOLOGY_STEP_MS,
  type ResidentEvent,
  type ResidentSetup,
} from "./physiology.ts";
import { drawResidentProfile } from "./resident-profile.ts";
import { diurnalFactor, urineProductionMlPerMin } from "./urine-production.ts";
import type { VoidEvent } from "./voiding.ts";

const JST = { utcOffsetMinutes: 540 };
const START = Date.UTC(2025, 0, 6, 15, 0); // 00:00 local in Japan

interface Trace {
  samples: { timeMs: number; volumeMl: number }[];
  events: ResidentEvent[];
}

/** Runs one resident for `days`, sampling the volume every simulated minute. */
function simulate(seed: number, days: number): Trace {
  const setup: ResidentSetup = { profile: drawResidentProfile(seed), clock: JST };
  let state = initialResidentState(setup, START);
  const trace: Trace = { samples: [], events: [] };
  for (let t = START + 60_000; t <= START + days * DAY_MS; t += 60_000) {
    const [next, events] = advanceResident(state, setup, t);
    state = next;
    trace.events.push(...events);
    trace.samples.push({ timeMs: t, volumeMl: state.volumeMl });
  }
  return trace;
}

const voidsOf = (trace: Trace): VoidEvent[] => trace.events.filter((e): e is VoidEvent => e.type === "void");

describe("resident profile", () => {
  it("draws capacity in 300–600 mL with the urge threshold below it", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const profile = drawResidentProfile(seed);
      expect(profile.capacityMl).toBeGreaterThanOrEqual(300);
      expect(profile.capacityMl).toBeLessThanOrEqual(600);
      expect(profile.urgeThresholdMl).toBeLessThan(profile.capacityMl);
      expect(profile.skinToBladderMm).toBeGreaterThanOrEqual(25);
      expect(profile.skinToBladderMm).toBeLessThanOrEqual(45);
    }
  });
});

describe("urine production", () => {
  const profile = drawResidentProfile(3);

  it("is lower at 02:00 than at 14:00 by the profile's night/day ratio", () => {
    const night = urineProductionMlPerMin(profile, 2, [], 0);
    const day = urineProductionMlPerMin(profile, 14, [], 0);
    expect(night).toBeLessThan(day);
    expect(night / day).toBeCloseTo(profile.nightToDayProductionRatio, 6);
  });

  it("averages the base rate over a day", () => {
    let sum = 0;
    for (let minute = 0; minute < 1440; minute++) sum += diurnalFactor(profile, minute / 60);
    expect(sum / 1440).toBeCloseTo(1, 6);
  });

  it("rises after a drink with a delay and returns the excreted share of it", () => {
    const drink = { kind: "drink" as const, volumeMl: 200, atMs: 0 };
    const base = urineProductionMlPerMin(profile, 14, [], 0);
    const at = (minutes: number) => urineProductionMlPerMin(profile, 14, [drink], minutes * 60_000) - base;
    expect(at(5)).toBeLessThan(at(50));
    expect(at(50)).toBeGreaterThan(at(240));
    let extra = 0;
    for (let minute = 0; minute < 12 * 60; minute++) extra += at(minute + 0.5);
    expect(extra).toBeCloseTo(200 * profile.drinkExcretedFraction, 0);
  });

  it("is multiplied by a diuretic medicine after its onset, not before", () => {
    const pill = { kind: "diuretic_medicine" as const, volumeMl: 0, atMs: 0 };
    const base = urineProductionMlPerMin(profile, 10, [], 0);
    expect(urineProductionMlPerMin(profile, 10, [pill], 10 * 60_000)).toBeCloseTo(base, 9);
    expect(urineProductionMlPerMin(profile, 10, [pill], 3.5 * HOUR_MS)).toBeGreaterThan(2 * base);
    expect(urineProductionMlPerMin(profile, 10, [pill], 7 * HOUR_MS)).toBeCloseTo(base, 9);
  });
});

describe("resident physiology", () => {
  const trace = simulate(42, 7);

  it("fills between voids and empties at each void", () => {
    const voids = voidsOf(trace);
    expect(voids.length).toBeGreaterThan(7 * 3);
    for (const event of voids) expect(event.volumeAfterMl).toBeLessThan(event.volumeBeforeMl * 0.61);
    let intervalsWithVoid = 0;
    for (let i = 1; i < trace.samples.length; i++) {
      const [previous, current] = [trace.samples[i - 1], trace.samples[i]];
      if (previous === undefined || current === undefined) continue;
      const voided = voids.some((v) => v.simTimeMs > previous.timeMs && v.simTimeMs <= current.timeMs);
      if (!voided) expect(current.volumeMl).toBeGreaterThan(previous.volumeMl);
      else intervalsWithVoid++;
    }
    expect(intervalsWithVoid).toBe(voids.length);
  });

  it("produces less urine per hour at night (01–05 h) than in the afternoon (13–17 h)", () => {
    const setup: ResidentSetup = { profile: drawResidentProfile(42), clock: JST };
    let state = initialResidentState(setup, START);
    const produced = { night: 0, day: 0 };
    for (let t = START + PHYSIOLOGY_STEP_MS; t <= START + 7 * DAY_MS; t += PHYSIOLOGY_STEP_MS) {
      const before = state.volumeMl;
      const [next, events] = advanceResident(state, setup, t);
      state = next;
      const voided = voidsOf({ samples: [], events }).reduce(
        (sum, v) => sum + v.volumeBeforeMl - v.volumeAfterMl,
        0,
      );
      const hour = localHourOfDay(JST, t);
      if (hour >= 1 && hour < 5) produced.night += state.volumeMl - before + voided;
      if (hour >= 13 && hour < 17) produced.day += state.volumeMl - before + voided;
    }
    expect(produced.night).toBeLessThan(produced.day * 0.9);
    expect(produced.night).toBeGreaterThan(0);
  });

  it("voids on the toilet when awake and leaks only past capacity or asleep", () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const profile = drawResidentProfile(seed);
      for (const event of voidsOf(simulate(seed, 4))) {
        kinds.add(event.kind);
        if (event.kind === "incontinent") {
          const overflow = event.volumeBeforeMl >= profile.capacityMl;
          expect(overflow || event.cause === "asleep").toBe(true);
        }
      }
    }
    expect([...kinds].sort()).toEqual(["incontinent", "toilet"]);
  });

  it("feels the urge at a volume that varies by up to 15 % from one filling cycle to the next", () => {
    const profile = drawResidentProfile(42);
    const urges = trace.events.flatMap((e) => (e.type === "urge" ? [e] : []));
    expect(urges.length).toBeGreaterThan(7);
    const ratios = urges.map((e) => e.urgeThresholdMl / profile.urgeThresholdMl);
    for (const ratio of ratios) {
      expect(ratio).toBeGreaterThanOrEqual(0.85 - 1e-9);
      expect(ratio).toBeLessThanOrEqual(1.15 + 1e-9);
    }
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeGreaterThan(0.08);
    for (const urge of urges) expect(urge.volumeMl).toBeGreaterThanOrEqual(urge.urgeThresholdMl);
  });

  it("is taken to the toilet on the daytime rounds only when on the rounds programme", () => {
    let prompted = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const profile = drawResidentProfile(seed);
      for (const event of voidsOf(simulate(seed, 3))) {
        if (event.cause !== "prompted") continue;
        prompted++;
        expect(profile.onToiletingRounds).toBe(true);
        // Rounds at 09:00, 11:30, 14:00, 16:30 and 19:00 (±15 min), the toilet a few minutes later.
        const hour = localHourOfDay(JST, event.simTimeMs);
        const nearest = Math.min(...[9, 11.5, 14, 16.5, 19].map((round) => Math.abs(hour - round)));
        expect(nearest).toBeLessThan(1.5);
        expect(event.volumeBeforeMl).toBeGreaterThanOrEqual(100);
      }
    }
    expect(prompted).toBeGreaterThan(5);
  });

  it("logs the planned intakes and sleeps once a night", () => {
    const sleeps = trace.events.filter((e) => e.type === "sleep").length;
    const intakes = trace.events.filter((e) => e.type === "intake").length;
    expect(sleeps).toBe(7);
    expect(intakes).toBeGreaterThanOrEqual(7 * 5);
  });

  it("replays exactly with the same seed and differs with another", () => {
    const again = simulate(42, 7);
    expect(again.events).toEqual(trace.events);
    expect(again.samples).toEqual(trace.samples);
    expect(voidsOf(simulate(43, 7))).not.toEqual(voidsOf(trace));
  });

  it("does not depend on how often it is advanced", () => {
    const setup: ResidentSetup = { profile: drawResidentProfile(42), clock: JST };
    const [inOneGo] = advanceResident(initialResidentState(setup, START), setup, START + DAY_MS);
    let stepwise = initialResidentState(setup, START);
    for (let t = START; t <= START + DAY_MS; t += 7 * 60_000 + 3)
      [stepwise] = advanceResident(stepwise, setup, t);
    [stepwise] = advanceResident(stepwise, setup, START + DAY_MS);
    expect(stepwise.volumeMl).toBe(inOneGo.volumeMl);
    expect(stepwise.timeMs).toBe(inOneGo.timeMs);
  });
});
