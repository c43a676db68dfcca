// The resident's bladder in simulated time: fills from urine production, empties by voids.
// Pure: advanceResident(state, setup, toMs) → [state, events]. It steps on a fixed 10 s grid anchored
// at the start time, so the trajectory depends on the seed and start time only, never on how often
// (or with which reading period) it is asked to advance.

import { Rng, type RngState } from "../random.ts";
import { type IntakeKind, type PlannedEvent, planDay } from "./day-plan.ts";
import { type LocalClock, localDayIndex, localHourOfDay, MINUTE_MS } from "./local-time.ts";
import type { ResidentProfile } from "./resident-profile.ts";
import { INTAKE_MEMORY_MS, type TakenIntake, urineProductionMlPerMin } from "./urine-production.ts";
import {
  drawUrgeVolumeMl,
  dueVoid,
  planAfterUrge,
  TRIP_BEFORE_MIN,
  toiletTrip,
  type VoidEvent,
  type VoidPlan,
  volumeAfterVoid,
} from "./voiding.ts";

export const PHYSIOLOGY_STEP_MS = 10_000;

export type Posture = "lying" | "sitting";

export type ResidentEvent =
  | VoidEvent
  | { type: "intake"; simTimeMs: number; kind: IntakeKind; volumeMl: number }
  /** The fill reached this cycle's urge volume (truth for the time-to-void forecast). */
  | { type: "urge"; simTimeMs: number; volumeMl: number; urgeThresholdMl: number }
  | { type: "sleep" | "wake"; simTimeMs: number }
  | { type: "posture"; simTimeMs: number; posture: Posture };

export interface ResidentSetup {
  profile: ResidentProfile;
  clock: LocalClock;
}

export interface ResidentState {
  timeMs: number;
  volumeMl: number;
  /** This filling cycle's urge volume. */
  urgeMl: number;
  rng: RngState;
  upcoming: readonly PlannedEvent[];
  plannedThroughDay: number;
  intakes: readonly TakenIntake[];
  asleep: boolean;
  napping: boolean;
  posture: Posture;
  plan: VoidPlan;
  /** Out of bed (on the way to, on, or back from the toilet) until this time. */
  upUntilMs: number;
  /** The sensor feels motion (walking, pad change, turning over) until this time. */
  movingUntilMs: number;
}

type WorkingState = { -readonly [K in keyof ResidentState]: ResidentState[K] } & {
  upcoming: PlannedEvent[];
  intakes: TakenIntake[];
};

export function initialResidentState(setup: ResidentSetup, startMs: number): ResidentState {
  const { profile, clock } = setup;
  const rng = Rng.fromSeed(profile.seed, 2);
  const hour = localHourOfDay(clock, startMs);
  const asleep = hour < profile.usualWakeHour || hour >= profile.usualSleepHour;
  const day = localDayIndex(clock, startMs);
  const upcoming = [...planDay(profile, clock, day, rng), ...planDay(profile, clock, day + 1, rng)].filter(
    (event) => event.atMs > startMs,
  );
  return {
    timeMs: startMs,
    volumeMl: profile.urgeThresholdMl * rng.uniform(0.1, 0.5),
    urgeMl: drawUrgeVolumeMl(profile, rng),
    rng: rng.snapshot(),
    upcoming,
    plannedThroughDay: day + 1,
    intakes: [],
    asleep,
    napping: false,
    posture: asleep ? "lying" : "sitting",
    plan: { kind: "none" },
    upUntilMs: startMs,
    movingUntilMs: startMs,
  };
}

function onToiletTrip(state: ResidentState): boolean {
  if (state.upUntilMs > state.timeMs) return true;
  return state.plan.kind === "toilet" && state.timeMs >= state.plan.atMs - TRIP_BEFORE_MIN * MINUTE_MS;
}

/** True while the resident walks, transfers, turns or is being changed: the sensor sees motion. */
export function isMoving(state: ResidentState): boolean {
  return state.movingUntilMs > state.timeMs || onToiletTrip(state);
}

export function advanceResident(
  state: ResidentState,
  setup: ResidentSetup,
  toMs: number,
): [ResidentState, ResidentEvent[]] {
  const events: ResidentEvent[] = [];
  if (state.timeMs + PHYSIOLOGY_STEP_MS > toMs) return [state, events];
  const rng = new Rng(state.rng);
  const work: WorkingState = { ...state, upcoming: [...state.upcoming], intakes: [...state.intakes] };
  while (work.timeMs + PHYSIOLOGY_STEP_MS <= toMs) {
    work.timeMs += PHYSIOLOGY_STEP_MS;
    planAhead(work, setup, rng);
    applyPlannedEvents(work, setup.profile, rng, events);
    const localHour = localHourOfDay(setup.clock, work.timeMs);
    const rate = urineProductionMlPerMin(setup.profile, localHour, work.intakes, work.timeMs);
    work.volumeMl += (rate * PHYSIOLOGY_STEP_MS) / MINUTE_MS;
    applyVoiding(work, setup.profile, rng, events);
    updatePosture(work, events);
    forgetOldIntakes(work);
  }
  return [{ ...work, rng: rng.snapshot() }, events];
}

function planAhead(work: WorkingState, setup: ResidentSetup, rng: Rng): void {
  const wanted = localDayIndex(setup.clock, work.timeMs) + 1;
  while (work.plannedThroughDay < wanted) {
    work.plannedThroughDay += 1;
    work.upcoming.push(...planDay(setup.profile, setup.clock, work.plannedThroughDay, rng));
  }
  work.upcoming.sort((a, b) => a.atMs - b.atMs);
}

function applyPlannedEvents(
  work: WorkingState,
  profile: ResidentProfile,
  rng: Rng,
  out: ResidentEvent[],
): void {
  while (work.upcoming.length > 0 && (work.upcoming[0]?.atMs ?? Infinity) <= work.timeMs) {
    const event = work.upcoming.shift();
    if (event === undefined) break;
    const simTimeMs = work.timeMs;
    switch (event.kind) {
      case "intake":
        work.intakes.push({ ...event.intake, atMs: simTimeMs });
        out.push({ type: "intake", simTimeMs, ...event.intake });
        break;
      case "wake":
        work.asleep = false;
        out.push({ type: "wake", simTimeMs });
        // A leak planned for the night no longer applies; a full bladder sends them to the toilet.
        if (work.plan.kind === "leak") work.plan = { kind: "none" };
        if (work.plan.kind === "none" && work.volumeMl >= 0.35 * profile.capacityMl) {
          work.plan = toiletTrip(simTimeMs, 8, "on_waking", rng);
        }
        break;
      case "sleep":
        if (work.plan.kind !== "toilet" && work.volumeMl >= 80) {
          work.plan = { kind: "toilet", atMs: simTimeMs, cause: "bedtime" };
        }
        work.asleep = true;
        out.push({ type: "sleep", simTimeMs });
        break;
      case "nap_start":
      case "nap_end":
        work.napping = event.kind === "nap_start";
        break;
      case "round":
        promptOnRound(work, rng);
        break;
    }
  }
}

/** Below this there is little to void: the resident declines the round. */
const ROUND_MIN_VOLUME_ML = 100;
const ROUND_ACCEPTED = 0.85;

/** A caregiver offers the toilet; an awake resident with something to void usually goes. */
function promptOnRound(work: WorkingState, rng: Rng): void {
  if (work.asleep || work.napping || work.plan.kind !== "none") return;
  if (work.volumeMl < ROUND_MIN_VOLUME_ML || !rng.chance(ROUND_ACCEPTED)) return;
  work.plan = toiletTrip(work.timeMs, 4, "prompted", rng);
}

function applyVoiding(work: WorkingState, profile: ResidentProfile, rng: Rng, out: ResidentEvent[]): void {
  const due = dueVoid(profile, work.plan, work.volumeMl, work.timeMs);
  if (due !== null) {
    const volumeBeforeMl = work.volumeMl;
    work.volumeMl = volumeAfterVoid(profile, due.kind, volumeBeforeMl, rng);
    out.push({
      type: "void",
      simTimeMs: work.timeMs,
      kind: due.kind,
      cause: due.cause,
      volumeBeforeMl,
      volumeAfterMl: work.volumeMl,
    });
    work.plan = { kind: "none" };
    work.urgeMl = drawUrgeVolumeMl(profile, rng);
    if (due.kind === "toilet") {
      work.upUntilMs = work.timeMs + 3 * MINUTE_MS;
      work.movingUntilMs = Math.max(work.movingUntilMs, work.upUntilMs);
    } else {
      // Washed and given a fresh pad, in bed or in the chair.
      work.movingUntilMs = Math.max(work.movingUntilMs, work.timeMs + 10 * MINUTE_MS);
    }
    return;
  }
  if (work.plan.kind === "none" && work.volumeMl >= work.urgeMl) {
    work.plan = planAfterUrge(profile, work.urgeMl, work.asleep, work.timeMs, rng);
    out.push({ type: "urge", simTimeMs: work.timeMs, volumeMl: work.volumeMl, urgeThresholdMl: work.urgeMl });
  }
}

function updatePosture(work: WorkingState, out: ResidentEvent[]): void {
  const inBed = (work.asleep || work.napping) && !onToiletTrip(work);
  const posture: Posture = inBed ? "lying" : "sitting";
  if (posture === work.posture) return;
  work.posture = posture;
  work.movingUntilMs = Math.max(work.movingUntilMs, work.timeMs + MINUTE_MS);
  out.push({ type: "posture", simTimeMs: work.timeMs, posture });
}

function forgetOldIntakes(work: WorkingState): void {
  while (work.intakes.length > 0 && work.timeMs - (work.intakes[0]?.atMs ?? work.timeMs) > INTAKE_MEMORY_MS) {
    work.intakes.shift();
  }
}
