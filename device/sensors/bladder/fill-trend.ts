// The filling trend: a Kalman filter on [volume, filling rate] with the rate relaxing towards this
// resident's usual rate for the hour (rate-profile.ts), an Ornstein–Uhlenbeck process:
//   r(t+dt) = p + φ·(r − p),    v(t+dt) = v + p·dt + b·(r − p),    φ = e^(−dt/τ), b = τ·(1 − φ)
// plus white rate noise q_r (a drink or a diuretic changes the rate within tens of minutes) and a small
// level noise q_v. A single reading is noisy (a wall-gap error of ~1 mm + 2 % is ~10 % of the volume),
// so the rate comes from about an hour of readings and the hourly prior.
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
}

export const defaultTrendParameters: TrendParameters = {
  relaxMin: 90,
  // Stationary rate spread around the prior: √(q_r·τ/2) ≈ 0.45 mL/min.
  rateNoise: 0.0045,
  levelNoise: 2,
  priorRateSd: 0.45,
};

export interface TrendState {
  timeMs: number;
  levelMl: number;
  rateMlPerMin: number;
  /** Covariance [[p00, p01], [p01, p11]] of level and rate. */
  p00: number;
  p01: number;
  p11: number;
}

/** A fresh trend from one reading: the level is the reading, the rate is the prior. */
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
    p00: varianceMl2,
    p01: 0,
    p11: params.priorRateSd ** 2,
  };
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
  const { p00, p01, p11 } = state;
  const q = params.rateNoise;
  return {
    timeMs,
    levelMl: state.levelMl + priorRate * dt + b * (state.rateMlPerMin - priorRate),
    rateMlPerMin: priorRate + phi * (state.rateMlPerMin - priorRate),
    // F·P·Fᵀ + Q with F = [[1, b], [0, φ]] and white-noise-acceleration Q.
    p00: p00 + 2 * b * p01 + b * b * p11 + params.levelNoise * dt + (q * dt ** 3) / 3,
    p01: phi * (p01 + b * p11) + (q * dt ** 2) / 2,
    p11: phi * phi * p11 + q * dt,
  };
}

/** How far a reading is from the predicted level, in predicted standard deviations. */
export function normalizedInnovation(state: TrendState, volumeMl: number, varianceMl2: number): number {
  return (volumeMl - state.levelMl) / Math.sqrt(state.p00 + varianceMl2);
}

/** Measurement update with one reading of the volume. */
export function updateTrend(state: TrendState, volumeMl: number, varianceMl2: number): TrendState {
  const s = state.p00 + varianceMl2;
  const k0 = state.p00 / s;
  const k1 = state.p01 / s;
  const residual = volumeMl - state.levelMl;
  return {
    timeMs: state.timeMs,
    levelMl: Math.max(0, state.levelMl + k0 * residual),
    rateMlPerMin: state.rateMlPerMin + k1 * residual,
    p00: (1 - k0) * state.p00,
    p01: (1 - k0) * state.p01,
    p11: state.p11 - k1 * state.p01,
  };
}

/** The level jumps to a new value (a void, a posture error) while the rate and its spread stay. */
export function relevelTrend(state: TrendState, volumeMl: number, varianceMl2: number): TrendState {
  return { ...state, levelMl: volumeMl, p00: varianceMl2, p01: 0 };
}

export interface ThresholdForecast {
  minutes: number;
  uncertaintyMin: number;
}

const FORECAST_STEP_MIN = 1;
const FORECAST_HORIZON_MIN = 12 * 60;
const MIN_RATE = 0.05;

/**
 * Minutes until the expected level reaches `thresholdMl` following the rate's mean path towards the
 * hourly prior, or null when it does not within 12 h. The uncertainty propagates the level and rate
 * covariance, the rate noise over the horizon and the threshold's own spread through the crossing rate.
 */
export function forecastThreshold(
  state: TrendState,
  thresholdMl: number,
  thresholdSdMl: number,
  priorAt: (timeMs: number) => number,
  params: TrendParameters,
): ThresholdForecast | null {
  let level = state.levelMl;
  let rate = state.rateMlPerMin;
  let minutes = 0;
  const phi = Math.exp(-FORECAST_STEP_MIN / params.relaxMin);
  while (level < thresholdMl) {
    if (minutes >= FORECAST_HORIZON_MIN) return null;
    const prior = priorAt(state.timeMs + minutes * MINUTE_MS);
    const next = prior + phi * (rate - prior);
    const gained = ((rate + next) / 2) * FORECAST_STEP_MIN;
    if (level + gained >= thresholdMl) {
      minutes += gained > 0 ? ((thresholdMl - level) / gained) * FORECAST_STEP_MIN : FORECAST_STEP_MIN;
      rate = next;
      level = thresholdMl;
      break;
    }
    level += gained;
    rate = next;
    minutes += FORECAST_STEP_MIN;
  }
  const b = params.relaxMin * (1 - Math.exp(-minutes / params.relaxMin));
  const levelVariance =
    state.p00 + 2 * b * state.p01 + b * b * state.p11 + (params.rateNoise * minutes ** 3) / 3;
  const uncertaintyMin = Math.sqrt(levelVariance + thresholdSdMl ** 2) / Math.max(rate, MIN_RATE);
  return { minutes, uncertaintyMin };
}
