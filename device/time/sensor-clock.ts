// Maps a sensor's tick counter (ms since sensor power-up, 32-bit, wraps) to wall time.
// Transport delay is always positive, so the smallest (arrival - ticks) seen is the best estimate
// of the offset; a reading that arrives much later than that means the sensor rebooted or the
// clock jumped, and the mapping starts over (counted as a re-anchor).

export interface SensorClockState {
  offsetMs: number | null;
  lastTicks: number;
  wraps: number;
  reanchors: number;
  /** Delay of the latest reading over the best offset: the mapping's health. */
  lastDelayMs: number;
}

export const initialSensorClock: SensorClockState = {
  offsetMs: null,
  lastTicks: 0,
  wraps: 0,
  reanchors: 0,
  lastDelayMs: 0,
};

const TICK_RANGE = 2 ** 32;

export function mapSensorTicks(
  state: SensorClockState,
  ticks: number,
  arrivalMs: number,
  toleranceMs: number,
): [SensorClockState, number] {
  const wentBack = state.offsetMs !== null && ticks < state.lastTicks;
  // A huge step backwards is the 32-bit counter wrapping; a smaller one is a sensor reboot.
  const wrapped = wentBack && state.lastTicks - ticks > TICK_RANGE / 2;
  const rebooted = wentBack && !wrapped;
  const wraps = rebooted ? 0 : state.wraps + (wrapped ? 1 : 0);
  const unwrapped = ticks + wraps * TICK_RANGE;
  const observedOffset = arrivalMs - unwrapped;
  if (state.offsetMs === null || rebooted || observedOffset - state.offsetMs > toleranceMs) {
    const reanchors = state.offsetMs === null ? state.reanchors : state.reanchors + 1;
    return [{ offsetMs: observedOffset, lastTicks: ticks, wraps, reanchors, lastDelayMs: 0 }, arrivalMs];
  }
  const offsetMs = Math.min(state.offsetMs, observedOffset);
  const wallMs = offsetMs + unwrapped;
  return [{ ...state, offsetMs, lastTicks: ticks, wraps, lastDelayMs: arrivalMs - wallMs }, wallMs];
}
