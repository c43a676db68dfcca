// Maps a sensor's tick counter (ms since sensor power-up, 32-bit, wraps) to wall time.
// Transport delay is always positive, so the smallest (arrival - ticks) seen is the best estimate
// of the offset. Late readings are usually a stalled link or event loop: the backlog then arrives in
// one burst and the next readings are on time again. Only when readings keep arriving later than
// `toleranceMs` (several in a row, over at least `toleranceMs` of arrival time) has the wall clock
// jumped (e.g. NTP stepped it), and the mapping starts over, as it does when the sensor reboots. Each
// restart is counted as a re-anchor.

export interface SensorClockState {
  offsetMs: number | null;
  lastTicks: number;
  wraps: number;
  reanchors: number;
  /** Delay of the latest reading over the best offset: the mapping's health. */
  lastDelayMs: number;
  /** Consecutive readings later than the tolerance. */
  lateStreak: number;
  /** Arrival time of the first reading of the current late streak. */
  lateSinceMs: number;
}

/** Consecutive late readings that mean the wall clock moved, not the link. */
export const LATE_STREAK_TO_REANCHOR = 5;

export const initialSensorClock: SensorClockState = {
  offsetMs: null,
  lastTicks: 0,
  wraps: 0,
  reanchors: 0,
  lastDelayMs: 0,
  lateStreak: 0,
  lateSinceMs: 0,
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
  const late = state.offsetMs !== null && observedOffset - state.offsetMs > toleranceMs;
  const lateStreak = late ? state.lateStreak + 1 : 0;
  const lateSinceMs = lateStreak === 1 ? arrivalMs : state.lateSinceMs;
  const clockJumped = lateStreak >= LATE_STREAK_TO_REANCHOR && arrivalMs - lateSinceMs >= toleranceMs;
  if (state.offsetMs === null || rebooted || clockJumped) {
    const reanchors = state.offsetMs === null ? state.reanchors : state.reanchors + 1;
    const next = {
      offsetMs: observedOffset,
      lastTicks: ticks,
      wraps,
      reanchors,
      lastDelayMs: 0,
      lateStreak: 0,
      lateSinceMs: 0,
    };
    return [next, arrivalMs];
  }
  const offsetMs = Math.min(state.offsetMs, observedOffset);
  const wallMs = offsetMs + unwrapped;
  return [
    { ...state, offsetMs, lastTicks: ticks, wraps, lastDelayMs: arrivalMs - wallMs, lateStreak, lateSinceMs },
    wallMs,
  ];
}
