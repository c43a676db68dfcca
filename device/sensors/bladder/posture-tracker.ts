// Lying or sitting, inferred from the depth of the anterior bladder wall. Sitting pushes the bladder
// towards the transducer by a shift g (about 1.5 mm, differing between residents) and rounds it (the wall
// gap reads a few % larger, so the volume about 19 % larger), so the fill estimate needs the posture.
//
// The wall depth is `base − g` sitting and `base` lying, plus noise. `base` and g are fitted together as
// the two levels that best explain a time-decayed histogram of recent depths (a comb fit: the most weight
// within ±0.3 mm of `base` and of `base − g`, g from half to twice the calibrated shift, with a valley
// between the two peaks; a sample is the median of the last three still depths, one a minute). Until
// both peaks hold weight (10 % and 30 minutes), the one peak seen is taken as sitting, unless the sensor
// was put on at night (22:00–06:00 local): then it is lying. A reading is sitting when the median of the
// last three still depths lies nearer to `base − g` than to `base`; readings while moving keep the last
// posture. A transducer put back on after a detachment sits a little higher or lower than before, so
// the histogram starts afresh (restartPosture), keeping the fitted g, which belongs to the resident.
// Pure: stepPosture(state, input, shiftMm) → [state, posture].

export type Posture = "lying" | "sitting" | "unknown";

const BIN_MM = 0.1;
const BINS = 1000; // 0..100 mm
/** Depth samples enter the histogram at most once per this period, whatever the reading rate. */
const SAMPLE_PERIOD_MS = 60_000;
/** Histogram memory: old depths fade out over a day and a half. */
const DECAY_MS = 36 * 3_600_000;
const RECENT_STILL = 3;
/** The second peak needs this share of the weight, and this many minutes, before two postures are believed. */
const MIN_SECOND_PEAK_SHARE = 0.1;
const MIN_SECOND_PEAK_WEIGHT = 30;
/** Bins lighter than this (a single depth faded for about four days) are left out of the fit. */
const NEGLIGIBLE_WEIGHT = 0.05;
/** Half-width of the comb's triangular kernel, bins (0.3 mm). */
const KERNEL_HALF_BINS = 3;
/** The fitted shift lies between these multiples of the calibrated one. */
const SHIFT_RANGE = { low: 0.5, high: 2 } as const;
/** Two peaks need a valley between them: the weight halfway is below this share of the smaller peak. */
const VALLEY_SHARE = 0.6;

export interface PostureState {
  histogram: Float64Array;
  lastSampleMs: number;
  recentStill: readonly number[];
  /** Fitted lying depth; null before any depth is seen. */
  baseMm: number | null;
  /** Fitted sitting shift g, mm; null until two peaks have been seen. */
  shiftMm: number | null;
  posture: Posture;
  /** Time of the first depth sample: a sensor put on at night is put on a resident lying in bed. */
  firstSampleMs: number | null;
}

export interface PostureInput {
  timeMs: number;
  anteriorMm: number;
  /** A usable echo taken while the sensor felt no motion. */
  still: boolean;
}

export function initialPostureState(): PostureState {
  return {
    histogram: new Float64Array(BINS),
    lastSampleMs: Number.NEGATIVE_INFINITY,
    recentStill: [],
    baseMm: null,
    shiftMm: null,
    posture: "unknown",
    firstSampleMs: null,
  };
}

/** After a reattachment: the depths start afresh, the resident's shift is kept. */
export function restartPosture(state: PostureState): PostureState {
  return { ...initialPostureState(), shiftMm: state.shiftMm };
}

const binOf = (mm: number): number => Math.max(0, Math.min(BINS - 1, Math.round(mm / BIN_MM)));

function addSample(histogram: Float64Array, mm: number, elapsedMs: number): Float64Array {
  const next = new Float64Array(histogram);
  const decay = Number.isFinite(elapsedMs) ? Math.exp(-elapsedMs / DECAY_MS) : 0;
  for (let i = 0; i < BINS; i++) next[i] = (next[i] ?? 0) * decay;
  const bin = binOf(mm);
  next[bin] = (next[bin] ?? 0) + 1;
  return next;
}

export interface PostureLevels {
  baseMm: number;
  /** The fitted shift when two peaks were seen, else null (the one-peak rule used the given shift). */
  shiftMm: number | null;
}

function kernelMass(histogram: Float64Array, centre: number): number {
  let sum = 0;
  for (let d = -KERNEL_HALF_BINS; d <= KERNEL_HALF_BINS; d++) {
    sum += (histogram[centre + d] ?? 0) * (1 - Math.abs(d) / (KERNEL_HALF_BINS + 1));
  }
  return sum;
}

/** Bins where depths were seen (faded-out outliers aside): a few millimetres, not the whole range. */
function seenRange(histogram: Float64Array): { lo: number; hi: number; total: number } {
  let lo = BINS;
  let hi = -1;
  let total = 0;
  for (let i = 0; i < BINS; i++) {
    total += histogram[i] ?? 0;
    if ((histogram[i] ?? 0) < NEGLIGIBLE_WEIGHT) continue;
    lo = Math.min(lo, i);
    hi = i;
  }
  return { lo, hi, total };
}

/** The best two-peak comb: lying at `base`, sitting at `base − gap` (bins). */
function bestComb(histogram: Float64Array, lo: number, hi: number, shiftMm: number) {
  const gapLow = Math.max(KERNEL_HALF_BINS + 1, Math.round((SHIFT_RANGE.low * shiftMm) / BIN_MM));
  const gapHigh = Math.round((SHIFT_RANGE.high * shiftMm) / BIN_MM);
  let best = { score: -1, base: 0, gap: gapLow, lying: 0, sitting: 0 };
  for (let gap = gapLow; gap <= gapHigh; gap++) {
    for (let base = Math.max(gap, lo); base <= Math.min(BINS - 1, hi + gap); base++) {
      const lying = kernelMass(histogram, base);
      const sitting = kernelMass(histogram, base - gap);
      const valley = kernelMass(histogram, base - Math.round(gap / 2));
      if (valley >= VALLEY_SHARE * Math.min(lying, sitting)) continue;
      if (lying + sitting > best.score) best = { score: lying + sitting, base, gap, lying, sitting };
    }
  }
  return best;
}

/** The lying depth (and the shift) that best explain the histogram (see the header). */
export function fitPostureLevels(
  histogram: Float64Array,
  shiftMm: number,
  onePeakIs: "lying" | "sitting" = "sitting",
  onePeakShiftMm = shiftMm,
): PostureLevels | null {
  const { lo, hi, total } = seenRange(histogram);
  if (total <= 0) return null;
  const best = bestComb(histogram, lo, hi, shiftMm);
  const second = Math.min(best.lying, best.sitting);
  const onePeak = best.score < 0 || second < MIN_SECOND_PEAK_SHARE * total || second < MIN_SECOND_PEAK_WEIGHT;
  if (!onePeak) return { baseMm: best.base * BIN_MM, shiftMm: best.gap * BIN_MM };
  // The single peak is the sitting level (its mean depth plus the shift), or the lying level itself.
  let weighted = 0;
  for (let i = 0; i < BINS; i++) weighted += i * (histogram[i] ?? 0);
  const sittingShift = onePeakIs === "sitting" ? onePeakShiftMm : 0;
  return { baseMm: (weighted / total) * BIN_MM + sittingShift, shiftMm: null };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Local hours in which a sensor put on finds its resident in bed (residents sleep about 22:00–06:00). */
const NIGHT_FROM_HOUR = 22;
const NIGHT_TO_HOUR = 6;
function isNight(timeMs: number, utcOffsetMinutes: number): boolean {
  const hour = (((timeMs / 3_600_000 + utcOffsetMinutes / 60) % 24) + 24) % 24;
  return hour >= NIGHT_FROM_HOUR || hour < NIGHT_TO_HOUR;
}

export function stepPosture(
  state: PostureState,
  input: PostureInput,
  shiftMm: number,
  utcOffsetMinutes = 0,
): [PostureState, Posture] {
  if (shiftMm <= 0) return [state, "unknown"];
  if (!input.still) return [state, state.posture];
  const recentStill = [...state.recentStill, input.anteriorMm].slice(-RECENT_STILL);
  const depthMm = median(recentStill);
  let { histogram, lastSampleMs, baseMm, shiftMm: fittedShiftMm } = state;
  const firstSampleMs = state.firstSampleMs ?? input.timeMs;
  if (input.timeMs - lastSampleMs >= SAMPLE_PERIOD_MS) {
    histogram = addSample(histogram, depthMm, input.timeMs - lastSampleMs);
    lastSampleMs = input.timeMs;
    const onePeakIs = isNight(firstSampleMs, utcOffsetMinutes) ? "lying" : "sitting";
    const levels = fitPostureLevels(histogram, shiftMm, onePeakIs, fittedShiftMm ?? shiftMm);
    baseMm = levels?.baseMm ?? null;
    fittedShiftMm = levels?.shiftMm ?? fittedShiftMm;
  }
  const shift = fittedShiftMm ?? shiftMm;
  const posture: Posture = baseMm === null ? "unknown" : depthMm > baseMm - shift / 2 ? "lying" : "sitting";
  const next = {
    histogram,
    lastSampleMs,
    recentStill,
    baseMm,
    shiftMm: fittedShiftMm,
    posture,
    firstSampleMs,
  };
  return [next, posture];
}
