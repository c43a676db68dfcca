// Lying or sitting, inferred from the depth of the anterior bladder wall. Sitting pushes the bladder
// towards the transducer by a calibrated shift g (about 1.5 mm) and rounds it (the wall gap reads about
// 6 % larger, so the volume about 19 % larger), so the fill estimate needs the posture.
//
// The wall depth is `base − g` sitting and `base` lying, plus noise. `base` is fitted as the level that
// best explains a time-decayed histogram of recent depths with two peaks g apart (a comb fit: the most
// weight within ±g/3 of `base` and of `base − g`; a sample is the median of the last three still
// depths, one a minute). Until both peaks hold weight (10 % and 30 minutes), the one peak seen is
// taken as sitting (a sensor is put on during the day). A reading is sitting when the median of the last
// three still depths lies nearer to `base − g` than to `base`; readings while moving keep the last posture.
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

export interface PostureState {
  histogram: Float64Array;
  lastSampleMs: number;
  recentStill: readonly number[];
  /** Fitted lying depth; null before any depth is seen. */
  baseMm: number | null;
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
    posture: "unknown",
    firstSampleMs: null,
  };
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

/** The lying depth that best explains the histogram (see the header). */
export function fitBaseMm(
  histogram: Float64Array,
  shiftMm: number,
  onePeakIs: "lying" | "sitting" = "sitting",
): number | null {
  let total = 0;
  for (let i = 0; i < BINS; i++) total += histogram[i] ?? 0;
  if (total <= 0) return null;
  const gap = Math.round(shiftMm / BIN_MM);
  const half = Math.max(1, Math.round(gap / 3));
  // A triangular kernel, so that the best fit is a single peak and not a plateau.
  const mass = (centre: number) => {
    let sum = 0;
    for (let d = -half; d <= half; d++) sum += (histogram[centre + d] ?? 0) * (1 - Math.abs(d) / (half + 1));
    return sum;
  };
  // Only where depths were seen (faded-out outliers aside): a few millimetres, not the whole range.
  let lo = BINS;
  let hi = -1;
  for (let i = 0; i < BINS; i++) {
    if ((histogram[i] ?? 0) < NEGLIGIBLE_WEIGHT) continue;
    lo = Math.min(lo, i);
    hi = i;
  }
  let best = { score: -1, base: 0, lying: 0, sitting: 0 };
  for (let base = Math.max(gap, lo - half); base <= Math.min(BINS - 1, hi + gap + half); base++) {
    const lying = mass(base);
    const sitting = mass(base - gap);
    if (lying + sitting > best.score) best = { score: lying + sitting, base, lying, sitting };
  }
  const second = Math.min(best.lying, best.sitting);
  const onePeak = second < MIN_SECOND_PEAK_SHARE * total || second < MIN_SECOND_PEAK_WEIGHT;
  if (onePeak) {
    // The single peak is the sitting level (its mean depth plus the shift), or the lying level itself.
    let weighted = 0;
    for (let i = 0; i < BINS; i++) weighted += i * (histogram[i] ?? 0);
    return (weighted / total + (onePeakIs === "sitting" ? gap : 0)) * BIN_MM;
  }
  return best.base * BIN_MM;
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
  let { histogram, lastSampleMs, baseMm } = state;
  const firstSampleMs = state.firstSampleMs ?? input.timeMs;
  if (input.timeMs - lastSampleMs >= SAMPLE_PERIOD_MS) {
    histogram = addSample(histogram, depthMm, input.timeMs - lastSampleMs);
    lastSampleMs = input.timeMs;
    const onePeakIs = isNight(firstSampleMs, utcOffsetMinutes) ? "lying" : "sitting";
    baseMm = fitBaseMm(histogram, shiftMm, onePeakIs);
  }
  const posture: Posture = baseMm === null ? "unknown" : depthMm > baseMm - shiftMm / 2 ? "lying" : "sitting";
  return [{ histogram, lastSampleMs, recentStill, baseMm, posture, firstSampleMs }, posture];
}
