// When and how the bladder empties. Pure decisions over the bladder state and a random cursor.
//
// The urge volume varies from one filling cycle to the next around the resident's usual one.
// Awake: reaching the urge threshold starts a toilet trip that takes a log-normal delay (walking, or
//   waiting for staff). Reaching capacity before getting there is an incontinent void.
// Asleep: an urge either wakes the resident (a slower trip to the toilet) or not; if not, the bladder
//   leaks at a volume between the urge threshold and capacity (nocturnal incontinence).
// Voids are partial: a toilet void leaves a post-void residual, an incontinent void leaves more.

import type { Rng } from "../random.ts";
import { MINUTE_MS } from "./local-time.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export type VoidKind = "toilet" | "incontinent";
export type VoidCause = "urge" | "on_waking" | "bedtime" | "prompted" | "overflow" | "asleep";

export interface VoidEvent {
  type: "void";
  simTimeMs: number;
  kind: VoidKind;
  cause: VoidCause;
  volumeBeforeMl: number;
  volumeAfterMl: number;
}

/** What the resident will do about the current fill, decided once per filling cycle. */
export type VoidPlan =
  | { kind: "none" }
  | { kind: "toilet"; atMs: number; cause: VoidCause }
  | { kind: "leak"; atVolumeMl: number };

/** Minutes before a toilet void during which the resident is up and moving. */
export const TRIP_BEFORE_MIN = 2;

export function planAfterUrge(
  profile: ResidentProfile,
  urgeMl: number,
  asleep: boolean,
  nowMs: number,
  rng: Rng,
): VoidPlan {
  if (!asleep) return toiletTrip(nowMs, profile.toiletDelayMedianMin, "urge", rng);
  if (rng.chance(profile.wakesForUrgeProbability)) {
    // Waking, finding the light and the call button take a few extra minutes.
    return toiletTrip(nowMs, profile.toiletDelayMedianMin * 1.5 + 3, "urge", rng);
  }
  return { kind: "leak", atVolumeMl: rng.uniform(urgeMl, profile.capacityMl) };
}

/** Largest relative deviation of one filling cycle's urge volume from the usual one. */
const MAX_URGE_DEVIATION = 0.15;

/** The urge volume of the next filling cycle: the usual one, varying from cycle to cycle. */
export function drawUrgeVolumeMl(profile: ResidentProfile, rng: Rng): number {
  const factor = Math.max(
    1 - MAX_URGE_DEVIATION,
    Math.min(1 + MAX_URGE_DEVIATION, rng.normal(1, profile.urgeVariation)),
  );
  return Math.min(profile.urgeThresholdMl * factor, 0.97 * profile.capacityMl);
}

export function toiletTrip(nowMs: number, medianMin: number, cause: VoidCause, rng: Rng): VoidPlan {
  const delayMin = Math.min(rng.logNormal(medianMin, 0.5), medianMin * 6);
  return { kind: "toilet", atMs: nowMs + Math.round(delayMin * MINUTE_MS), cause };
}

/** Volume left after a void. */
export function volumeAfterVoid(
  profile: ResidentProfile,
  kind: VoidKind,
  volumeMl: number,
  rng: Rng,
): number {
  const residualShare =
    kind === "toilet"
      ? Math.min(profile.residualFraction * rng.logNormal(1, 0.25), 0.6)
      : rng.uniform(profile.residualFraction, 0.5);
  return volumeMl * residualShare;
}

/** The void that happens now, if any. Overflow wins over everything: the bladder cannot hold more. */
export function dueVoid(
  profile: ResidentProfile,
  plan: VoidPlan,
  volumeMl: number,
  nowMs: number,
): { kind: VoidKind; cause: VoidCause } | null {
  if (volumeMl >= profile.capacityMl) return { kind: "incontinent", cause: "overflow" };
  if (plan.kind === "leak" && volumeMl >= plan.atVolumeMl) return { kind: "incontinent", cause: "asleep" };
  if (plan.kind === "toilet" && nowMs >= plan.atMs) return { kind: "toilet", cause: plan.cause };
  return null;
}
