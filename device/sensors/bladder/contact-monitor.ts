// Skin contact of the transducer, with hysteresis: a single weak echo (motion, gas) is not a
// detachment, and one good echo after a detachment is not yet a reattachment. While contact is not
// "attached" the analyzer gives no fill value, no prediction and never a notice.
// Pure: stepContact(state, usable) → [state, change].

/** Consecutive unusable readings that make a detachment. */
export const DETACH_AFTER_READINGS = 2;
/** Consecutive usable readings that end one. */
export const REATTACH_AFTER_READINGS = 3;

export interface ContactState {
  attached: boolean;
  /** Consecutive readings that disagree with `attached`. */
  run: number;
  /** Usable readings since the last (re)attachment, capped; the trend needs a few before it predicts. */
  goodSinceAttach: number;
}

export type ContactChange = "detached" | "reattached" | null;

export const initialContactState: ContactState = { attached: true, run: 0, goodSinceAttach: 0 };

export function stepContact(state: ContactState, usable: boolean): [ContactState, ContactChange] {
  const good = Math.min(1000, usable && state.attached ? state.goodSinceAttach + 1 : state.goodSinceAttach);
  if (usable === state.attached) return [{ ...state, run: 0, goodSinceAttach: good }, null];
  const run = state.run + 1;
  if (state.attached && run >= DETACH_AFTER_READINGS) {
    return [{ attached: false, run: 0, goodSinceAttach: 0 }, "detached"];
  }
  if (!state.attached && run >= REATTACH_AFTER_READINGS) {
    return [{ attached: true, run: 0, goodSinceAttach: run }, "reattached"];
  }
  return [{ ...state, run, goodSinceAttach: good }, null];
}

/** Contact good enough to trust this reading: attached and the reading itself usable. */
export const contactGood = (state: ContactState, usable: boolean): boolean => state.attached && usable;
