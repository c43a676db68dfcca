// The "toilet soon" notice, raised only from a trusted reading (good contact, a settled trend).
// With the threshold learned from this resident's voids it is raised when a notice now is the most
// likely to be useful (the void coming 5 minutes to 2 × lead + σ after it, notice-odds.ts) of the
// notices possible now and within one lead ahead, and at least `minProbability` likely. With a
// threshold fixed by staff it is raised when the forecast to that threshold falls to the lead time.
// A notice is cleared by the void that ends the filling cycle, or lapses when its useful window has
// passed with no void; a filling cycle has at most `noticesPerCycle` notices.
// Pure: stepToiletSoon(state, input) → [state, change].
import type { NoticeOdds } from "./notice-odds.ts";

export interface ToiletSoonState {
  /** The notice raised now, if any: when it was raised and when its useful window ends. */
  raised: { timeMs: number; lapsesMs: number } | null;
  /** Notices raised in this filling cycle. */
  noticesThisCycle: number;
}

export interface ToiletSoonInput {
  timeMs: number;
  /** Good contact and a settled trend. */
  trusted: boolean;
  minutesUntil: number | null;
  leadTimeMin: number;
  /** The chance that a notice now is useful (notice-odds.ts); null with a threshold fixed by staff. */
  odds: NoticeOdds | null;
  /** A learned-threshold notice needs at least this chance. */
  minProbability: number;
  /** Minutes after which a notice raised now has lapsed when no void came. */
  usefulForMin: number;
  noticesPerCycle: number;
  /** A void ended the filling cycle at this reading. */
  voided: boolean;
}

export type ToiletSoonChange =
  | { kind: "raised"; timeMs: number }
  | { kind: "cleared" | "lapsed"; timeMs: number; raisedMs: number }
  | null;

/**
 * Learned threshold: when a notice now is the most likely to be useful of the notices possible now
 * and within the look-ahead, and likely enough. Fixed threshold: when the forecast to it falls to the
 * lead time, as staff asked.
 */
function isDue(input: ToiletSoonInput): boolean {
  const { odds } = input;
  if (odds === null) return (input.minutesUntil ?? Number.POSITIVE_INFINITY) <= input.leadTimeMin;
  return odds.now >= input.minProbability && odds.now >= odds.bestLater;
}

/** A new notice is possible now: none is raised and the cycle has room for one. */
export const canRaise = (state: ToiletSoonState, noticesPerCycle: number): boolean =>
  state.raised === null && state.noticesThisCycle < noticesPerCycle;

export const initialToiletSoon: ToiletSoonState = { raised: null, noticesThisCycle: 0 };

export function stepToiletSoon(
  state: ToiletSoonState,
  input: ToiletSoonInput,
): [ToiletSoonState, ToiletSoonChange] {
  const { raised } = state;
  if (input.voided) {
    const change: ToiletSoonChange =
      raised === null ? null : { kind: "cleared", timeMs: input.timeMs, raisedMs: raised.timeMs };
    return [initialToiletSoon, change];
  }
  if (raised !== null) {
    if (input.timeMs < raised.lapsesMs) return [state, null];
    return [
      { ...state, raised: null },
      { kind: "lapsed", timeMs: input.timeMs, raisedMs: raised.timeMs },
    ];
  }
  const due =
    input.trusted && canRaise(state, input.noticesPerCycle) && input.minutesUntil !== null && isDue(input);
  if (!due) return [state, null];
  const lapsesMs = input.timeMs + input.usefulForMin * 60_000;
  return [
    { raised: { timeMs: input.timeMs, lapsesMs }, noticesThisCycle: state.noticesThisCycle + 1 },
    { kind: "raised", timeMs: input.timeMs },
  ];
}
