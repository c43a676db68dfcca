// Unwraps the sensor's 16-bit frame counter and tells how many frames were lost or repeated.
// A frame repeated later (a link that resends, a buffer replayed after a reconnect) is recognised
// as long as its counter is among the last RECENT_WINDOW seen, so it is dropped, not stored twice.
// A sensor restart is a HELLO frame whose counter steps back, or any backward step larger than that
// window.

export interface FrameSequenceState {
  last: number | null;
  total: number;
  /** Raw counters of the latest frames, oldest first, at most RECENT_WINDOW. */
  recent: readonly number[];
}

export const initialFrameSequence: FrameSequenceState = { last: null, total: 0, recent: [] };

export type FrameSequenceStep =
  | { duplicate: false; sensorSeq: number; gapBefore: number }
  | { duplicate: true; sensorSeq: number; gapBefore: 0 };

/** How far back a repeat is still recognised; a longer backward step is a restart. */
export const RECENT_WINDOW = 64;
/** Forward steps of more than half the range are backward steps that wrapped. */
const HALF_RANGE = 0x8000;

const remember = (recent: readonly number[], frameSeq: number): readonly number[] =>
  recent.length < RECENT_WINDOW ? [...recent, frameSeq] : [...recent.slice(1 - RECENT_WINDOW), frameSeq];

/** `hello`: the frame is the sensor's HELLO; stepping back, it starts a new counter run (a restart). */
export function stepFrameSequence(
  state: FrameSequenceState,
  frameSeq: number,
  hello = false,
): [FrameSequenceState, FrameSequenceStep] {
  if (state.last === null) {
    return [
      { last: frameSeq, total: frameSeq, recent: [frameSeq] },
      { duplicate: false, sensorSeq: frameSeq, gapBefore: 0 },
    ];
  }
  const delta = (frameSeq - state.last) & 0xffff;
  const backward = delta >= HALF_RANGE;
  // A HELLO that steps back starts a new run; one that steps forward is a greeting after a reconnect.
  const repeated = delta === 0 || (backward && !hello && state.recent.includes(frameSeq));
  // A short step back to a counter not seen recently is a late frame, already counted as lost.
  const late = backward && !hello && 0x10000 - delta <= RECENT_WINDOW;
  if (repeated || late) return [state, { duplicate: true, sensorSeq: state.total, gapBefore: 0 }];
  if (backward) {
    const total = state.total + 1;
    return [
      { last: frameSeq, total, recent: [frameSeq] },
      { duplicate: false, sensorSeq: total, gapBefore: 0 },
    ];
  }
  const total = state.total + delta;
  return [
    { last: frameSeq, total, recent: remember(state.recent, frameSeq) },
    { duplicate: false, sensorSeq: total, gapBefore: delta - 1 },
  ];
}
