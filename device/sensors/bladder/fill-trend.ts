// The filling trend: a Kalman filter on [volume, filling rate, seat scale] with the rate relaxing towards
// this resident's usual rate for the hour (rate-profile.ts), an Ornstein–Uhlenbeck process:
//   r(t+dt) = p + φ·(r − p),    v(t+dt) = v + p·dt + b·(r − p),    φ = e^(−dt/τ), b = τ·(1 − φ)
// plus white rate noise q_r (a drink or a diuretic changes the rate within tens of minutes) and a small
// level noise q_v. A single reading is noisy (a wall-gap error of ~1 mm + 2 % is ~10 % of the volume),
// so the rate comes from about an hour of readings and the hourly prior.
// The seat scale s is how much longer (log) this attachment's beam path reads the wall gap than the
// first attachment's: a transducer put back on crosses the bladder a little off its old path. It is
// constant while the transducer stays on; at each reattachment it is drawn afresh (restartSeat), so the
// step between the level carried across the gap and the new readings is split between a change of fill
// and a change of seat by their variances. A reading read with the current seat estimate ŝ is
//   y = V + m·(s − ŝ) + noise,    m = dV/d(ln D) at the reading (≈ 3V),
// so the measurement row is H = [1, 0, m].
// Pure functions of an immutable state; time is each reading's own timestamp.

const MINUTE_MS = 60_000;

export interface TrendParameters {
  /** Minutes over which the rate relaxes towards the hourly prior. */
  relaxMin: number;
  /** Rate noise, (mL/min)² per minute. */
  rateNoise: number;
  /** Level noise, mL² per minute. */
  levelNoise: number;
  /** Spread of the rate around the prior when nothing is known, mL/min. */
  priorRateSd: number;
  /** Spread of the wall-gap scale from one attachment to the next (log, 1 σ). */
  seatScaleSd: number;
}

export const defaultTrendParameters: TrendParameters = {
  relaxMin: 90,
  // Stationary rate spread around the prior: √(q_r·τ/2) ≈ 0.45 mL/min.
  rateNoise: 0.0045,
  levelNoise: 2,
  priorRateSd: 0.45,
  // The simulator's re-seat spread (docs/bladder-simulator.md); to be measured on a real transducer.
  seatScaleSd: 0.025,
};

export interface TrendState {
  timeMs: number;
  levelMl: number;
  rateMlPerMin: number;
  /** ln of this attachment's wall-gap scale relative to the first attachment's. */
  seatScale: number;
  /** Covariance of level, rate and seat scale: [[p00, p01, p02], [p01, p11, p12], [p02, p12, p22]]. */
  p00: number;
  p01: number;
  p11: number;
  p02: number;
  p12: number;
  p22: number;
}

/** One reading of the volume, read with the trend's seat scale, and how it moves with that scale. */
export interface VolumeReading {
  volumeMl: number;
  varianceMl2: number;
  /** dV/d(ln D): the change of the reading per unit of log seat scale. */
  seatSlopeMl: number;
}

/**
 * A fresh trend from one reading: the level is the reading, the rate is the prior. The first
 * attachment defines the units of the seat scale (0, known).
 */
export function startTrend(
  timeMs: number,
  volumeMl: number,
  varianceMl2: number,
  priorRate: number,
  params: TrendParameters,
): TrendState {
  return {
    timeMs,
    levelMl: volumeMl,
    rateMlPerMin: priorRate,
    seatScale: 0,
    p00: varianceMl2,
    p01: 0,
    p11: params.priorRateSd ** 2,
    p02: 0,
    p12: 0,
    p22: 0,
  };
}

/** The transducer was put back on: a new seat, unknown within the re-seat spread, independent of the old. */
export function restartSeat(state: TrendState, params: TrendParameters): TrendState {
  return { ...state, seatScale: 0, p02: 0, p12: 0, p22: params.seatScaleSd ** 2 };
}

/**
 * The seat scale is taken as known from here on: only the first readings after a reattachment tell
 * a change of seat from a change of fill (by the level carried across the gap). Later, a slow error
 * of the filling rate would otherwise leak into the scale, which no reading can correct.
 */
export function settleSeat(state: TrendState): TrendState {
  return { ...state, p02: 0, p12: 0, p22: 0 };
}

/** Time update to `timeMs`. */
export function predictTrend(
  state: TrendState,
  timeMs: number,
  priorRate: number,
  params: TrendParameters,
): TrendState {
  const dt = Math.max(0, (timeMs - state.timeMs) / MINUTE_MS);
  if (dt === 0) return state;
  const phi = Math.exp(-dt / params.relaxMin);
  const b = params.relaxMin * (1 - phi);
  const { p00, p01, p11, p02, p12 } = state;
  const q = params.rateNoise;
  return {
    ...state,
    timeMs,
    levelMl: state.levelMl + priorRate * dt + b * (state.rateMlPerMin - priorRate),
    rateMlPerMin: priorRate + phi * (state.rateMlPerMin - priorRate),
    // F·P·Fᵀ + Q with F = [[1, b, 0], [0, φ, 0], [0, 0, 1]] and white-noise-acceleration Q.
    p00: p00 + 2 * b * p01 + b * b * p11 + params.levelNoise * dt + (q * dt ** 3) / 3,
    p01: phi * (p01 + b * p11) + (q * dt ** 2) / 2,
    p11: phi * phi * p11 + q * dt,
    p02: p02 + b * p12,
    p12: phi * p12,
  };
}

/** Variance of a reading's innovation: the level, the seat scale through m, and the reading itself. */
function innovationVariance(state: TrendState, reading: VolumeReading): number {
  const m = reading.seatSlopeMl;
  return state.p00 + 2 * m * state.p02 + m * m * state.p22 + reading.varianceMl2;
}

/** How far a reading is from the predicted level, in predicted standard deviations. */
export function normalizedInnovation(state: TrendState, reading: VolumeReading): number {
  return (reading.volumeMl - state.levelMl) / Math.sqrt(innovationVariance(state, reading));
}

/** Measurement update with one reading of the volume. */
export function updateTrend(state: TrendState, reading: VolumeReading): TrendState {
  const m = reading.seatSlopeMl;
  const s = innovationVariance(state, reading);
  // P·Hᵀ with H = [1, 0, m].
  const h0 = state.p00 + m * state.p02;
  const h1 = state.p01 + m * state.p12;
  const h2 = state.p02 + m * state.p22;
  const residual = reading.volumeMl - state.levelMl;
  return {
    timeMs: state.timeMs,
    levelMl: Math.max(0, state.levelMl + (h0 / s) * residual),
    rateMlPerMin: state.rateMlPerMin + (h1 / s) * residual,
    seatScale: state.seatScale + (h2 / s) * residual,
    p00: state.p00 - (h0 * h0) / s,
    p01: state.p01 - (h0 * h1) / s,
    p11: state.p11 - (h1 * h1) / s,
    p02: state.p02 - (h0 * h2) / s,
    p12: state.p12 - (h1 * h2) / s,
    p22: state.p22 - (h2 * h2) / s,
  };
}

/**
 * The level jumps to a new value read now (a void, a posture error) while the rate, the seat scale and
 * their spreads stay; the new level carries the seat scale's uncertainty through m.
 */
export function relevelTrend(state: TrendState, reading: VolumeReading): TrendState {
  const m = reading.seatSlopeMl;
  return {
    ...state,
    levelMl: reading.volumeMl,
    p00: reading.varianceMl2 + m * m * state.p22,
    p01: 0 - m * state.p12,
    p02: 0 - m * state.p22,
  };
}
