// The transducer's hold on the skin and its battery. Pure: stepSensor(state, …) → [state, events].
// Detachments are a Poisson process whose rate rises sharply while the resident moves (most slips
// happen in transfers and pad changes) and falls during sleep; each lasts until the sensor resettles
// or staff notice and re-attach it, which takes longer at night. Partial slips (the transducer still
// coupled but tilted, the beam crossing the bladder off-centre) are a second process at half that rate,
// and last longer: nothing looks wrong from outside. Every attachment after a detachment or a partial
// slip sits a little differently (a new Placement).

import { Rng, type RngState } from "../random.ts";
import {
  drawPartialSlip,
  drawPlacement,
  type PartialSlip,
  type Placement,
  type SensorContact,
} from "./echo-model.ts";
import { HOUR_MS, MINUTE_MS } from "./local-time.ts";
import type { ResidentProfile } from "./resident-profile.ts";

export type SensorEvent =
  | { type: "detached_start"; simTimeMs: number; cause: "slipped" | "lifted" }
  | { type: "detached_end"; simTimeMs: number; detachedForMs: number }
  | { type: "partial_slip_start"; simTimeMs: number; chordShare: number; strengthShare: number }
  | { type: "partial_slip_end"; simTimeMs: number; partialForMs: number }
  | { type: "battery_replaced"; simTimeMs: number; fromPct: number };

export interface SensorState {
  timeMs: number;
  contact: SensorContact;
  detachedSinceMs: number;
  reattachAtMs: number;
  placement: Placement;
  /** While contact is "partial". */
  partial: PartialSlip | null;
  /** Fractional percent; readings report it rounded down. */
  batteryPct: number;
  rng: RngState;
}

export interface ResidentActivity {
  moving: boolean;
  asleep: boolean;
}

const MOVING_RATE_FACTOR = 20;
/** Partial slips happen at this share of the detachment rate. */
const PARTIAL_RATE_SHARE = 0.5;
const ASLEEP_RATE_FACTOR = 0.5;
/** Staff swap the battery pack on their round once the sensor reports it nearly empty. */
const BATTERY_SWAP_BELOW_PCT = 5;
const MAX_DETACHED_MS = 6 * HOUR_MS;

export function initialSensorState(profile: ResidentProfile, startMs: number): SensorState {
  const rng = Rng.fromSeed(profile.seed, 4);
  return {
    timeMs: startMs,
    contact: "attached",
    detachedSinceMs: startMs,
    reattachAtMs: startMs,
    placement: drawPlacement(rng),
    partial: null,
    batteryPct: profile.batteryStartPct,
    rng: rng.snapshot(),
  };
}

/** Off the skin: slipped or lifted (a partial slip is still coupled). */
export function isDetached(state: Pick<SensorState, "contact">): boolean {
  return state.contact === "slipped" || state.contact === "lifted";
}

/** A contact problem may start while attached. */
function startContactLoss(
  next: SensorState,
  profile: ResidentProfile,
  stepMs: number,
  activity: ResidentActivity,
  rng: Rng,
  events: SensorEvent[],
): void {
  const now = next.timeMs;
  const factor = activity.moving ? MOVING_RATE_FACTOR : activity.asleep ? ASLEEP_RATE_FACTOR : 1;
  const ratePerMs = factor / (profile.meanHoursBetweenDetachments * HOUR_MS);
  if (rng.chance(1 - Math.exp(-ratePerMs * stepMs))) {
    const cause = rng.chance(activity.moving ? 0.7 : 0.85) ? "slipped" : "lifted";
    const medianMin = (cause === "slipped" ? 15 : 40) * (activity.asleep ? 2 : 1);
    next.contact = cause;
    next.detachedSinceMs = now;
    next.reattachAtMs = now + Math.min(rng.logNormal(medianMin, 0.7) * MINUTE_MS, MAX_DETACHED_MS);
    events.push({ type: "detached_start", simTimeMs: now, cause });
  } else if (rng.chance(1 - Math.exp(-PARTIAL_RATE_SHARE * ratePerMs * stepMs))) {
    const partial = drawPartialSlip(rng);
    const medianMin = 25 * (activity.asleep ? 2 : 1);
    next.contact = "partial";
    next.partial = partial;
    next.detachedSinceMs = now;
    next.reattachAtMs = now + Math.min(rng.logNormal(medianMin, 0.7) * MINUTE_MS, MAX_DETACHED_MS);
    const { chordShare, strengthShare } = partial;
    events.push({ type: "partial_slip_start", simTimeMs: now, chordShare, strengthShare });
  }
}

/** Back on the skin, at a slightly different place. */
function reattach(next: SensorState, rng: Rng, events: SensorEvent[]): void {
  const now = next.timeMs;
  const forMs = now - next.detachedSinceMs;
  events.push(
    next.contact === "partial"
      ? { type: "partial_slip_end", simTimeMs: now, partialForMs: forMs }
      : { type: "detached_end", simTimeMs: now, detachedForMs: forMs },
  );
  next.contact = "attached";
  next.partial = null;
  next.placement = drawPlacement(rng);
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
  if (next.contact === "attached") startContactLoss(next, profile, stepMs, activity, rng, events);
  else if (now >= next.reattachAtMs) reattach(next, rng, events);
  next.batteryPct = Math.max(0, next.batteryPct - (profile.batteryDrainPctPerHour * stepMs) / HOUR_MS);
  if (next.batteryPct < BATTERY_SWAP_BELOW_PCT) {
    events.push({ type: "battery_replaced", simTimeMs: now, fromPct: Math.floor(next.batteryPct) });
    next.batteryPct = 100;
  }
  return [{ ...next, rng: rng.snapshot() }, events];
}
