// The "toilet soon" notice: raised once per filling cycle, when the forecast time to the personal
// threshold falls to the lead time the facility set for this resident, and only from a trusted reading
// (good contact, a settled trend). It stays raised until a void ends the cycle, then it is cleared.
// Pure: stepToiletSoon(state, input) → [state, change].

export interface ToiletSoonState {
  /** Time the notice of this cycle was raised, if it was. */
  raisedMs: number | null;
  /** A notice was raised in this filling cycle (it is never raised twice in one). */
  notifiedThisCycle: boolean;
}

export interface ToiletSoonInput {
  timeMs: number;
  /** Good contact and a settled trend. */
  trusted: boolean;
  minutesUntil: number | null;
  leadTimeMin: number;
  /** A void ended the filling cycle at this reading. */
  voided: boolean;
}

export type ToiletSoonChange =
  | { kind: "raised"; timeMs: number }
  | { kind: "cleared"; timeMs: number; raisedMs: number }
  | null;

export const initialToiletSoon: ToiletSoonState = { raisedMs: null, notifiedThisCycle: false };

export function stepToiletSoon(
  state: ToiletSoonState,
  input: ToiletSoonInput,
): [ToiletSoonState, ToiletSoonChange] {
  if (input.voided) {
    const change: ToiletSoonChange =
      state.raisedMs === null ? null : { kind: "cleared", timeMs: input.timeMs, raisedMs: state.raisedMs };
    return [initialToiletSoon, change];
  }
  const due =
    input.trusted &&
    !state.notifiedThisCycle &&
    input.minutesUntil !== null &&
    input.minutesUntil <= input.leadTimeMin;
  if (!due) return [state, null];
  return [
    { raisedMs: input.timeMs, notifiedThisCycle: true },
    { kind: "raised", timeMs: input.timeMs },
  ];
}
