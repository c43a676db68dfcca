// Urine production rate from the time of day and recent intakes. Pure functions of their inputs.
//
// rate(t) = base · diurnal(hour) · Π diureticMultiplier(t) + Σ drinkResponse(t)
//   diurnal(h) = 1 + a·cos(2π(h − 14)/24): mean 1 over the day, highest at 14:00, lowest at 02:00,
//     with a = (1 − r)/(1 + r) so that diurnal(02:00)/diurnal(14:00) = r (the profile's night/day ratio).
//   drinkResponse: the excreted share of a drink arrives as a gamma-shaped pulse (shape 3, scale 25 min:
//     rises within half an hour, peaks at 50 min, mostly over by 3 h).
//   coffee and diuretic medicine multiply production for a few hours after a delay.
// Ranges and sources: docs/bladder-simulator.md.
import type { Intake } from "./day-plan.ts";
import { HOUR_MS, MINUTE_MS } from "./local-time.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export interface TakenIntake extends Intake {
  atMs: number;
}

/** Intakes older than this no longer change production and can be forgotten. */
export const INTAKE_MEMORY_MS = 10 * HOUR_MS;

const DRINK_PULSE_SHAPE = 3;
const DRINK_PULSE_SCALE_MIN = 25;

interface DiureticEffect {
  onsetMin: number;
  durationMin: number;
  peakMultiplier: number;
}

/** Caffeine: a modest, short diuresis (habitual drinkers are partly tolerant). */
const COFFEE_EFFECT: DiureticEffect = { onsetMin: 15, durationMin: 180, peakMultiplier: 1.25 };
/** Oral loop diuretic (furosemide-like): onset within the hour, lasting about 6 hours. */
const DIURETIC_MEDICINE_EFFECT: DiureticEffect = { onsetMin: 30, durationMin: 360, peakMultiplier: 2.5 };

export function diurnalFactor(profile: ResidentProfile, localHour: number): number {
  const r = profile.nightToDayProductionRatio;
  const amplitude = (1 - r) / (1 + r);
  return 1 + amplitude * Math.cos((2 * Math.PI * (localHour - 14)) / 24);
}

/** Gamma(3, 25 min) density per minute: ∫ = 1 over minutes after the drink. */
export function drinkPulsePerMin(minutesSince: number): number {
  if (minutesSince <= 0) return 0;
  const k = DRINK_PULSE_SHAPE;
  const theta = DRINK_PULSE_SCALE_MIN;
  // Γ(3) = 2
  return (minutesSince ** (k - 1) * Math.exp(-minutesSince / theta)) / (2 * theta ** k);
}

function effectMultiplier(effect: DiureticEffect, minutesSince: number): number {
  const x = minutesSince - effect.onsetMin;
  if (x <= 0 || x >= effect.durationMin) return 1;
  const bump = Math.sin((Math.PI * x) / effect.durationMin) ** 2;
  return 1 + (effect.peakMultiplier - 1) * bump;
}

function diureticMultiplier(intakes: readonly TakenIntake[], nowMs: number): number {
  let multiplier = 1;
  for (const intake of intakes) {
    const minutesSince = (nowMs - intake.atMs) / MINUTE_MS;
    if (intake.kind === "coffee") multiplier *= effectMultiplier(COFFEE_EFFECT, minutesSince);
    if (intake.kind === "diuretic_medicine") {
      multiplier *= effectMultiplier(DIURETIC_MEDICINE_EFFECT, minutesSince);
    }
  }
  return multiplier;
}

/** Urine production in mL per minute at `nowMs`. */
export function urineProductionMlPerMin(
  profile: ResidentProfile,
  localHour: number,
  intakes: readonly TakenIntake[],
  nowMs: number,
): number {
  const base = (profile.baseProductionMlPerHour / 60) * diurnalFactor(profile, localHour);
  let fromDrinks = 0;
  for (const intake of intakes) {
    const minutesSince = (nowMs - intake.atMs) / MINUTE_MS;
    fromDrinks += intake.volumeMl * profile.drinkExcretedFraction * drinkPulsePerMin(minutesSince);
  }
  return base * diureticMultiplier(intakes, nowMs) + fromDrinks;
}
