// Unwraps the bed sensor's 32-bit sample counter. It counts sample instants since power-up and wraps
// after 2^32 samples (198 days at 250 Hz), which is not where a millisecond counter wraps, so the clock
// mapping (device/time/sensor-clock.ts, ms ticks wrapping at 2^32) gets ticks made from the unwrapped
// index here. Pure step function.

const COUNTER_RANGE = 2 ** 32;
const TICK_RANGE = 2 ** 32;

export interface SampleIndexState {
  /** Unwrapped index right after the last block, or null before the first block. */
  nextIndex: number | null;
  rateHz: number;
  channels: number;
}

export const initialSampleIndex: SampleIndexState = { nextIndex: null, rateHz: 0, channels: 0 };

export interface SampleIndexStep {
  /** Unwrapped index of the block's first sample instant. */
  firstIndex: number;
  /** Sample instants lost right before this block (0 when contiguous or restarted). */
  lostBefore: number;
  /** The counter went back, jumped implausibly far, or the rate or channels changed: a new stream. */
  restarted: boolean;
}

export interface BlockCounter {
  firstSample: number;
  instants: number;
  rateHz: number;
  channels: number;
}

/**
 * A forward step below `maxForwardS` seconds of samples is a loss; a backward step smaller than half the
 * counter range is a restart (a larger one is the counter wrapping); a longer jump forward is a restart too.
 */
export function stepSampleIndex(
  state: SampleIndexState,
  block: BlockCounter,
  maxForwardS = 3600,
): [SampleIndexState, SampleIndexStep] {
  const raw = block.firstSample >>> 0;
  const sameStream = state.rateHz === block.rateHz && state.channels === block.channels;
  if (state.nextIndex !== null && sameStream) {
    const ahead = (raw - (state.nextIndex % COUNTER_RANGE) + COUNTER_RANGE) % COUNTER_RANGE;
    if (ahead <= maxForwardS * block.rateHz) {
      const firstIndex = state.nextIndex + ahead;
      return [
        { nextIndex: firstIndex + block.instants, rateHz: block.rateHz, channels: block.channels },
        { firstIndex, lostBefore: ahead, restarted: false },
      ];
    }
  }
  // The first block, or a new stream: start over from the raw value, as after power-up.
  return [
    { nextIndex: raw + block.instants, rateHz: block.rateHz, channels: block.channels },
    { firstIndex: raw, lostBefore: 0, restarted: state.nextIndex !== null },
  ];
}

/** Sensor ticks (ms, wrapping at 2^32 as sensor-clock.ts expects) of an unwrapped sample index. */
export function sampleTicksMs(index: number, rateHz: number): number {
  return ((index * 1000) / rateHz) % TICK_RANGE;
}
