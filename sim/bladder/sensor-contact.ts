// The transducer's hold on the skin and its battery. Pure: advanceSensor(state, …) → [state, events].
// Detachments are a Poisson process whose rate rises sharply while the resident moves (most slips
// happen in transfers and pad changes) and falls during sleep; each lasts until the sensor resettles
// or staff notice and re-attach it, which takes longer at night.

import { Rng, type RngState } from "../random.ts";
import type { SensorContact } from "./echo-model.ts";
import { HOUR_MS, MINUTE_MS } from "./local-time.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export type SensorEvent =
  | { type: "detached_start"; simTimeMs: number; cause: Exclude<SensorContact, "attached"> }
  | { type: "detached_end"; simTimeMs: number; detachedForMs: number }
  | { type: "battery_replaced"; simTimeMs: number; fromPct: number };

export interface SensorState {
  timeMs: number;
  contact: SensorContact;
  detachedSinceMs: number;
  reattachAtMs: number;
  /** Fractional percent; readings report it rounded down. */
  batteryPct: number;
  rng: RngState;
}

export interface ResidentActivity {
  moving: boolean;
  asleep: boolean;
}

const MOVING_RATE_FACTOR = 20;
const ASLEEP_RATE_FACTOR = 0.5;
/** Staff swap the battery pack on their round once the sensor reports it nearly empty. */
const BATTERY_SWAP_BELOW_PCT = 5;
const MAX_DETACHED_MS = 6 * HOUR_MS;

export function initialSensorState(profile: ResidentProfile, startMs: number): SensorState {
  return {
    timeMs: startMs,
    contact: "attached",
    detachedSinceMs: startMs,
    reattachAtMs: startMs,
    batteryPct: profile.batteryStartPct,
    rng: Rng.fromSeed(profile.seed, 4).snapshot(),
  };
}

export function isDetached(state: SensorState): boolean {
  return state.contact !== "attached";
}

/** Advances by one step of `stepMs` ending at `state.timeMs + stepMs`, under the given activity. */
export function stepSensor(
  state: SensorState,
  profile: ResidentProfile,
  stepMs: number,
  activity: ResidentActivity,
): [SensorState, SensorEvent[]] {
  const rng = new Rng(state.rng);
  const events: SensorEvent[] = [];
  const next: SensorState = { ...state, timeMs: state.timeMs + stepMs };
  const now = next.timeMs;
  if (next.contact === "attached") {
    const factor = activity.moving ? MOVING_RATE_FACTOR : activity.asleep ? ASLEEP_RATE_FACTOR : 1;
    const ratePerMs = factor / (profile.meanHoursBetweenDetachments * HOUR_MS);
    if (rng.chance(1 - Math.exp(-ratePerMs * stepMs))) {
      const cause = rng.chance(activity.moving ? 0.7 : 0.85) ? "slipped" : "lifted";
      const medianMin = (cause === "slipped" ? 15 : 40) * (activity.asleep ? 2 : 1);
      next.contact = cause;
      next.detachedSinceMs = now;
      next.reattachAtMs = now + Math.min(rng.logNormal(medianMin, 0.7) * MINUTE_MS, MAX_DETACHED_MS);
      events.push({ type: "detached_start", simTimeMs: now, cause });
    }
  } else if (now >= next.reattachAtMs) {
    next.contact = "attached";
    events.push({ type: "detached_end", simTimeMs: now, detachedForMs: now - next.detachedSinceMs });
  }
  next.batteryPct = Math.max(0, next.batteryPct - (profile.batteryDrainPctPerHour * stepMs) / HOUR_MS);
  if (next.batteryPct < BATTERY_SWAP_BELOW_PCT) {
    events.push({ type: "battery_replaced", simTimeMs: now, fromPct: Math.floor(next.batteryPct) });
    next.batteryPct = 100;
  }
  return [{ ...next, rng: rng.snapshot() }, events];
}
