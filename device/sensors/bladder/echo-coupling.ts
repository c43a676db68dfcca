// How well the transducer is coupled to the skin, judged against this sensor's own echo strength rather
// than one fixed floor. A transducer that has partly slipped (tilted, half off its gel) still sees both
// bladder walls, but its echo comes back at about half the usual strength and the beam crosses the
// bladder off-centre, so the wall gap reads short: a plausible but wrong fill. A fully slipped one on a
// resident with a strong echo may still pass `minStrength`. Both show as a sudden, lasting fall of the
// strength below what this sensor usually returns.
//
// Rule: the reference is a slow average (weight 1/20) of the strength of still readings judged coupled;
// a reading is weakly coupled when its strength is below 70 % of the reference (less 25 while the sensor
// feels motion, which smears the echo). A transducer re-seated with a lastingly weaker coupling is
// accepted after two hours of weak readings: the reference restarts there.
// Pure: judgeCoupling(state, reading) → [state, weak].

const WEAK_SHARE = 0.7;
/** The echo model's strength loss while moving (the simulator's; re-measure on a real transducer). */
const MOVING_LOSS = 25;
const REFERENCE_WEIGHT = 1 / 20;
const ACCEPT_WEAKER_AFTER_MS = 2 * 3_600_000;

export interface CouplingState {
  /** Usual strength of still, well-coupled echoes; null until one is seen. */
  referenceStrength: number | null;
  /** Start of the current run of weak readings. */
  weakSinceMs: number | null;
}

export interface CouplingReading {
  timeMs: number;
  strength: number;
  moving: boolean;
}

export const initialCoupling: CouplingState = { referenceStrength: null, weakSinceMs: null };

export function judgeCoupling(state: CouplingState, reading: CouplingReading): [CouplingState, boolean] {
  const { referenceStrength } = state;
  if (referenceStrength === null) {
    return [reading.moving ? state : { referenceStrength: reading.strength, weakSinceMs: null }, false];
  }
  const expected = referenceStrength - (reading.moving ? MOVING_LOSS : 0);
  if (reading.strength < WEAK_SHARE * expected) {
    const weakSinceMs = state.weakSinceMs ?? reading.timeMs;
    if (reading.timeMs - weakSinceMs < ACCEPT_WEAKER_AFTER_MS) return [{ ...state, weakSinceMs }, true];
    return [
      { referenceStrength: reading.strength + (reading.moving ? MOVING_LOSS : 0), weakSinceMs: null },
      false,
    ];
  }
  const next = reading.moving
    ? referenceStrength
    : referenceStrength + REFERENCE_WEIGHT * (reading.strength - referenceStrength);
  return [{ referenceStrength: next, weakSinceMs: null }, false];
}
