// One resident's day in a care facility: getting up, meals, tea rounds, medicine, a nap, bedtime.
// Times jitter from day to day around a fixed facility routine.

import type { Rng } from "../random.ts";
import { atLocalHour, type LocalClock, MINUTE_MS } from "./local-time.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export type IntakeKind = "meal" | "drink" | "coffee" | "diuretic_medicine";

export interface Intake {
  kind: IntakeKind;
  /** Fluid taken in (with a meal: drinks and soup). */
  volumeMl: number;
}

export type PlannedEvent =
  | { atMs: number; kind: "intake"; intake: Intake }
  | { atMs: number; kind: "wake" }
  | { atMs: number; kind: "sleep" }
  | { atMs: number; kind: "nap_start" }
  | { atMs: number; kind: "nap_end" }
  /** A caregiver's toileting round reaches the resident (prompted voiding). */
  | { atMs: number; kind: "round" };

/** Local hours of the facility's daytime toileting rounds: after breakfast, before lunch, after the nap, afternoon, after dinner. */
export const TOILETING_ROUND_HOURS = [9, 11.5, 14, 16.5, 19] as const;

interface PlanContext {
  clock: LocalClock;
  dayIndex: number;
  rng: Rng;
  events: PlannedEvent[];
}

function at(context: PlanContext, hour: number, jitterMin: number): number {
  const jitter = context.rng.normal(0, jitterMin) * MINUTE_MS;
  return Math.round(atLocalHour(context.clock, context.dayIndex, hour) + jitter);
}

function addIntake(context: PlanContext, atMs: number, kind: IntakeKind, low: number, high: number): void {
  const volumeMl = Math.round(context.rng.uniform(low, high));
  context.events.push({ atMs, kind: "intake", intake: { kind, volumeMl } });
}

function teaOrCoffee(context: PlanContext, profile: ResidentProfile, coffeeChance: number): IntakeKind {
  return profile.drinksCoffee && context.rng.chance(coffeeChance) ? "coffee" : "drink";
}

/** The routine of one local day, sorted by time. */
export function planDay(
  profile: ResidentProfile,
  clock: LocalClock,
  dayIndex: number,
  rng: Rng,
): PlannedEvent[] {
  const context: PlanContext = { clock, dayIndex, rng, events: [] };
  const wakeAt = at(context, profile.usualWakeHour, 15);
  context.events.push({ atMs: wakeAt, kind: "wake" });
  const breakfastAt = wakeAt + Math.round(rng.uniform(45, 90) * MINUTE_MS);
  addIntake(context, breakfastAt, "meal", 200, 320);
  if (profile.takesDiureticMedicine) {
    addIntake(context, breakfastAt + 20 * MINUTE_MS, "diuretic_medicine", 80, 120);
  }
  addIntake(context, at(context, 10, 20), teaOrCoffee(context, profile, 0.7), 120, 200);
  addIntake(context, at(context, 12, 15), "meal", 180, 300);
  if (rng.chance(0.5)) {
    const napAt = at(context, 13.2, 15);
    context.events.push({ atMs: napAt, kind: "nap_start" });
    context.events.push({ atMs: napAt + Math.round(rng.uniform(30, 75) * MINUTE_MS), kind: "nap_end" });
  }
  addIntake(context, at(context, 15, 20), teaOrCoffee(context, profile, 0.4), 120, 200);
  addIntake(context, at(context, 18, 15), "meal", 180, 300);
  if (rng.chance(0.7)) addIntake(context, at(context, 19.5, 30), "drink", 80, 150);
  const extraDrinks = rng.int(0, 2);
  for (let i = 0; i < extraDrinks; i++) {
    addIntake(context, at(context, rng.uniform(9, 20), 0), "drink", 50, 150);
  }
  if (profile.onToiletingRounds) {
    for (const hour of TOILETING_ROUND_HOURS)
      context.events.push({ atMs: at(context, hour, 15), kind: "round" });
  }
  context.events.push({ atMs: at(context, profile.usualSleepHour, 20), kind: "sleep" });
  return context.events.sort((a, b) => a.atMs - b.atMs);
}
