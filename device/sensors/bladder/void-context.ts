// Which voids teach the personal threshold. Voids at bedtime and on waking follow the daily routine,
// not the urge (the bladder may be far from full), and a void right after getting up at night says
// little about when the urge came. So a void is learned from only when the resident had been up
// (sitting) for the 30 minutes before it and stayed up for the 10 minutes after it. Without posture
// (sittingAnteriorShiftMm = 0) every void with good contact is learned from.
// Pure: stepVoidContext(state, input) → [state, volume to learn or null].
import type { Posture } from "./posture-tracker.ts";

const MINUTE_MS = 60_000;
export const UP_BEFORE_VOID_MS = 30 * MINUTE_MS;
export const UP_AFTER_VOID_MS = 10 * MINUTE_MS;

export interface VoidContextState {
  lastLyingMs: number;
  /** A void waiting to see whether the resident stays up after it. */
  pending: { atMs: number; beforeMl: number } | null;
}

export interface VoidContextInput {
  timeMs: number;
  posture: Posture;
  /** A void found at this reading whose "before" volume was measured, not extrapolated. */
  voided: { atMs: number; beforeMl: number } | null;
}

export const initialVoidContext: VoidContextState = { lastLyingMs: Number.NEGATIVE_INFINITY, pending: null };

export function stepVoidContext(
  state: VoidContextState,
  input: VoidContextInput,
): [VoidContextState, number | null] {
  if (input.posture === "unknown") {
    return [{ ...state, pending: null }, input.voided?.beforeMl ?? null];
  }
  const lastLyingMs = input.posture === "lying" ? input.timeMs : state.lastLyingMs;
  let pending = input.posture === "lying" ? null : state.pending;
  let learned: number | null = null;
  if (pending && input.timeMs - pending.atMs >= UP_AFTER_VOID_MS) {
    learned = pending.beforeMl;
    pending = null;
  }
  if (input.voided && input.voided.atMs - state.lastLyingMs >= UP_BEFORE_VOID_MS) {
    pending = input.voided;
  }
  return [{ lastLyingMs, pending }, learned];
}
