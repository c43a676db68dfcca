// Unwraps the suit's 32-bit sample counter (it counts ADC sample instants since power-up and wraps after
// 2^32 samples: 24.9 days at 2 kHz) and turns it into sensor ticks for the clock mapping, which expects
// milliseconds wrapping at 2^32 (device/time/sensor-clock.ts). Pure step function.

const COUNTER_RANGE = 2 ** 32;
const TICK_RANGE = 2 ** 32;

export interface SampleCounterState {
  /** Unwrapped index right after the last block (its first sample + its instants), or null at start. */
  nextIndex: number | null;
}

export const initialSampleCounter: SampleCounterState = { nextIndex: null };

export interface SampleCounterStep {
  /** Unwrapped index of the block's first sample instant. */
  firstIndex: number;
  /** Sample instants between the previous block and this one (0 when contiguous or restarted). */
  skipped: number;
  /** The counter went back: the suit restarted (or the block repeats old samples). */
  restarted: boolean;
}

/** A backwards step smaller than half the range is a restart; a larger one is the counter wrapping. */
export function stepSampleCounter(
  state: SampleCounterState,
  firstRaw: number,
  instants: number,
): [SampleCounterState, SampleCounterStep] {
  const raw = firstRaw >>> 0;
  if (state.nextIndex !== null) {
    const ahead = (raw - (state.nextIndex % COUNTER_RANGE) + COUNTER_RANGE) % COUNTER_RANGE;
    if (ahead < COUNTER_RANGE / 2) {
      const firstIndex = state.nextIndex + ahead;
      return [{ nextIndex: firstIndex + instants }, { firstIndex, skipped: ahead, restarted: false }];
    }
  }
  // The first block, or the counter went back: start over from the raw value, as after power-up.
  return [
    { nextIndex: raw + instants },
    { firstIndex: raw, skipped: 0, restarted: state.nextIndex !== null },
  ];
}

/** Sensor ticks (ms, wrapping at 2^32) of an unwrapped sample index. */
export function sampleTicksMs(index: number, rateHz: number): number {
  return ((index * 1000) / rateHz) % TICK_RANGE;
}

/**
 * Per-stream ticks of suit readings for the frame stamper: a block is stamped at its last sample instant
 * (the moment the suit could send it, so the transport delay alone separates ticks from arrival); a status
 * frame carries no sample counter and returns null (stamped on arrival, leaving the clock mapping alone).
 */
export function createSuitTicksReader(): (
  block: { firstSample: number; rateHz: number; instants: number } | null,
) => number | null {
  let state = initialSampleCounter;
  return (block) => {
    if (block === null) return null;
    const [next, step] = stepSampleCounter(state, block.firstSample, block.instants);
    state = next;
    return sampleTicksMs(step.firstIndex + block.instants - 1, block.rateHz);
  };
}
