// Unwraps the sensor's 16-bit frame counter and tells how many frames were lost or repeated.

export interface FrameSequenceState {
  last: number | null;
  total: number;
}

export const initialFrameSequence: FrameSequenceState = { last: null, total: 0 };

export type FrameSequenceStep =
  | { duplicate: false; sensorSeq: number; gapBefore: number }
  | { duplicate: true; sensorSeq: number; gapBefore: 0 };

/** Steps of more than half the range are treated as a sensor restart, not as 30 000 lost frames. */
const RESTART_STEP = 0x8000;

export function stepFrameSequence(
  state: FrameSequenceState,
  frameSeq: number,
): [FrameSequenceState, FrameSequenceStep] {
  if (state.last === null) {
    return [
      { last: frameSeq, total: frameSeq },
      { duplicate: false, sensorSeq: frameSeq, gapBefore: 0 },
    ];
  }
  const delta = (frameSeq - state.last) & 0xffff;
  if (delta === 0) return [state, { duplicate: true, sensorSeq: state.total, gapBefore: 0 }];
  if (delta >= RESTART_STEP) {
    const total = state.total + 1;
    return [
      { last: frameSeq, total },
      { duplicate: false, sensorSeq: total, gapBefore: 0 },
    ];
  }
  const total = state.total + delta;
  return [
    { last: frameSeq, total },
    { duplicate: false, sensorSeq: total, gapBefore: delta - 1 },
  ];
}
